package cn.fuyuan.desk.meeting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * An iCalendar file (RFC 5545) of the upcoming meetings and the deadlines of open agreed items, for the
 * user's calendar: UTF-8, CRLF line ends, lines folded at 75 octets (never inside a character), a UID and a
 * DTSTAMP on every event. Meetings are timed events in floating local time (2 hours); deadlines are
 * all-day events.
 */
public final class IcsExport {
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    static final String DOMAIN = "fuyuan-desk";

    private IcsExport() {
    }

    /** Upcoming = meetings not yet held (state 筹备) dated asOf or later; items = every open item with a deadline. */
    public static String calendar(List<Meeting> meetings, List<AgreedItem> openItems, LocalDate asOf, LocalDateTime stampUtc) {
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//FuYuan Desk//府院联动工作台//ZH");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:PUBLISH");
        lines.add("X-WR-CALNAME:" + text("府院联席会议与议定事项"));
        String stamp = stampUtc.format(LOCAL) + "Z";
        for (Meeting m : meetings) {
            if (m.state() != MeetingState.PLANNED || m.heldAt().toLocalDate().isBefore(asOf)) {
                continue;
            }
            lines.add("BEGIN:VEVENT");
            lines.add("UID:meeting-" + m.id() + "@" + DOMAIN);
            lines.add("DTSTAMP:" + stamp);
            lines.add("DTSTART:" + m.heldAt().format(LOCAL));
            lines.add("DTEND:" + m.heldAt().plusHours(2).format(LOCAL));
            lines.add("SUMMARY:" + text(m.title() + "（" + m.number() + "）"));
            if (m.place() != null && !m.place().isBlank()) {
                lines.add("LOCATION:" + text(m.place()));
            }
            List<String> topics = m.topics().stream().map(Topic::title).toList();
            if (!topics.isEmpty()) {
                lines.add("DESCRIPTION:" + text("议题：\n" + String.join("\n", topics)));
            }
            lines.add("CATEGORIES:" + text(m.kind().label()));
            lines.add("END:VEVENT");
        }
        for (AgreedItem it : openItems) {
            if (it.deadline() == null || !it.status().open()) {
                continue;
            }
            lines.add("BEGIN:VEVENT");
            lines.add("UID:item-" + it.id() + "@" + DOMAIN);
            lines.add("DTSTAMP:" + stamp);
            lines.add("DTSTART;VALUE=DATE:" + it.deadline().format(DATE));
            lines.add("DTEND;VALUE=DATE:" + it.deadline().plusDays(1).format(DATE));
            lines.add("SUMMARY:" + text("议定事项到期：" + it.text() + "（" + it.unitNames() + "）"));
            lines.add("DESCRIPTION:" + text(it.meetingNumber() + " 议定；承办单位：" + it.unitNames() + "；状态："
                    + it.status().label() + (it.overdue(asOf) ? "（已逾期）" : "")));
            lines.add("TRANSP:TRANSPARENT");
            lines.add("END:VEVENT");
        }
        lines.add("END:VCALENDAR");
        StringBuilder out = new StringBuilder();
        for (String l : lines) {
            out.append(fold(l));
        }
        return out.toString();
    }

    /** Writes the calendar atomically (temporary file, then move). */
    public static void write(Path out, String calendar) throws IOException {
        Path target = out.toAbsolutePath();
        Path parent = target.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path tmp = Files.createTempFile(parent, ".fuyuan-", ".ics.tmp");
        try {
            Files.writeString(tmp, calendar, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static LocalDateTime nowUtc() {
        return LocalDateTime.now(ZoneOffset.UTC).withNano(0);
    }

    /** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, newline. */
    static String text(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Folds a content line so that no line exceeds 75 octets (RFC 5545 §3.1), each ending in CRLF. */
    static String fold(String line) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + len > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += len;
            i += Character.charCount(cp);
        }
        return out.append("\r\n").toString();
    }
}
