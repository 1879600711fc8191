package cn.fuyuan.desk.meeting;

import cn.fuyuan.desk.i18n.ChineseNumerals;
import cn.fuyuan.desk.report.ReportService;
import cn.fuyuan.desk.report.document.Align;
import cn.fuyuan.desk.report.document.DocumentRenderer;
import cn.fuyuan.desk.report.document.Face;
import cn.fuyuan.desk.report.document.Gbt9704;
import cn.fuyuan.desk.report.document.OfficialDocument;
import cn.fuyuan.desk.report.document.Paragraph;
import cn.fuyuan.desk.report.document.Run;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * 会议纪要 in the layout of GB/T 9704-2012 §10.3 (domain.md §3, §6): red heading ×××纪要 35 mm below the top
 * of the text block, the number, the issuing office and date, then the body by topic (topics 楷体, text
 * 3号仿宋 with a two-character indent, 22 lines a page), the agreed items numbered 一、二、… and the
 * 出席 / 请假 / 列席 lists with their labels in 黑体; page numbers 4号宋体 — 1 —.
 */
public final class MinutesReport {

    /**
     * One printed paragraph of the body. kind: PARA (仿宋), TOPIC (楷体), ITEM and LIST (their {@code lead} — 一、,
     * 出席： — in 黑体). {@code text} is the whole paragraph, lead included.
     */
    public record Line(String kind, String text, String lead) {
        public Line(String kind, String text) {
            this(kind, text, null);
        }
    }

    private MinutesReport() {
    }

    /**
     * @param minutesTitle the red heading (setting meeting.minutesTitle, e.g. 府院联席会议纪要)
     * @param officeName   printed under the number on the left (the issuing office)
     */
    public static JasperPrint fill(ReportService service, MeetingRepository repo, Meeting m, String minutesTitle, String officeName) {
        return fill(service, m, repo.progressAt(m.id()), minutesTitle, officeName);
    }

    /**
     * @param reported the progress reported at this meeting on its carried items (by item id): the minutes
     *                 print what was reported there, and overdue as of the meeting's date, so that printing
     *                 them again later gives the same text
     */
    public static JasperPrint fill(ReportService service, Meeting m, Map<Integer, Progress> reported, String minutesTitle, String officeName) {
        return DocumentRenderer.print(document(m, reported, minutesTitle, officeName));
    }

    /**
     * The minutes as an official document: red heading and number above the red rule, the body, the office and the
     * issue date; archival (PDF/A) once 纪要已印发. Its metadata title is the heading with the number.
     */
    public static OfficialDocument document(Meeting m, Map<Integer, Progress> reported, String minutesTitle, String officeName) {
        String mark = minutesTitle == null || minutesTitle.isBlank() ? "会议纪要" : minutesTitle.strip();
        OfficialDocument.Builder b = OfficialDocument.builder(mark + (m.number() == null ? "" : m.number()))
                .redHeading(mark).number(m.number()).author(officeName);
        for (Line l : lines(m, reported)) {
            switch (l.kind()) {
                case "TOPIC" -> b.heading(2, l.text());
                case "ITEM" -> b.add(new Paragraph(List.of(Run.of(l.lead(), Face.HEI), Run.of(l.text().substring(l.lead().length()))),
                        Align.JUSTIFY, 2, 0, 0, false));
                case "LIST" -> b.add(Paragraph.labelled(l.lead(), l.text().substring(l.lead().length()), 2));
                default -> b.paragraph(l.text());
            }
        }
        b.signature(officeName, m.issuedOn() != null ? m.issuedOn() : m.heldAt().toLocalDate());
        return b.archival(m.state() == MeetingState.ISSUED).build();
    }

    /** The body as paragraphs, in print order (also what the tests check). */
    public static List<Line> lines(Meeting m, Map<Integer, Progress> reported) {
        LocalDate asOf = m.heldAt().toLocalDate();
        List<Line> out = new ArrayList<>();
        StringBuilder open = new StringBuilder();
        open.append(when(m.heldAt())).append("，").append(m.title().strip());
        if (m.place() != null && !m.place().isBlank()) {
            open.append("在").append(m.place().strip());
        }
        open.append("召开");
        if (m.host() != null && !m.host().isBlank()) {
            open.append("，会议由").append(m.host().strip()).append("主持");
        }
        open.append("。");
        List<String> regular = m.topics().stream().filter(t -> !t.followUp()).map(t -> t.title().strip()).toList();
        boolean followUp = m.topics().stream().anyMatch(Topic::followUp);
        if (followUp || !regular.isEmpty()) {
            open.append("会议");
            if (followUp) {
                open.append("听取了前次议定事项落实情况的汇报");
                open.append(regular.isEmpty() ? "，" : "，");
            }
            if (!regular.isEmpty()) {
                open.append("研究了").append(String.join("、", regular)).append(regular.size() > 1 ? "等议题，" : "议题，");
            }
            open.append("形成如下纪要。");
        }
        out.add(new Line("PARA", open.toString()));

        int n = 0;
        for (Topic t : m.topics()) {
            n++;
            out.add(new Line("TOPIC", "议题" + ChineseNumerals.of(n) + "：" + t.title().strip()));
            if (t.followUp()) {
                int k = 0;
                for (AgreedItem it : m.carried()) {
                    k++;
                    out.add(new Line("PARA", k + ". " + carried(it, reported.get(it.id()), asOf)));
                }
            }
            if (t.minutes() != null && !t.minutes().isBlank()) {
                for (String para : t.minutes().strip().split("\\R+")) {
                    if (!para.isBlank()) {
                        out.add(new Line("PARA", para.strip()));
                    }
                }
            }
        }

        if (!m.items().isEmpty()) {
            out.add(new Line("PARA", "经研究，会议议定以下事项："));
            int i = 0;
            for (AgreedItem it : m.items()) {
                i++;
                String lead = ChineseNumerals.of(i) + "、";
                out.add(new Line("ITEM", lead + itemText(it), lead));
            }
        }

        for (AttendeeRole role : AttendeeRole.values()) {
            List<Attendee> group = m.attendees(role);
            if (!group.isEmpty()) {
                String label = switch (role) {
                    case PRESENT -> "出席：";
                    case ABSENT -> "请假：";
                    case OBSERVER -> "列席：";
                };
                out.add(new Line("LIST", label + group.stream().map(Attendee::display).collect(Collectors.joining("，")), label));
            }
        }
        return out;
    }

    static String itemText(AgreedItem it) {
        StringBuilder s = new StringBuilder(it.text().strip());
        if (!endsWithStop(s)) {
            s.append("。");
        }
        List<String> tail = new ArrayList<>();
        if (!it.units().isEmpty()) {
            tail.add("承办单位：" + it.unitNames());
        }
        if (it.deadline() != null) {
            tail.add("完成时限：" + Gbt9704.date(it.deadline()) + "前");
        }
        if (!tail.isEmpty()) {
            s.append("（").append(String.join("；", tail)).append("）");
        }
        return s.toString();
    }

    /**
     * A carried item as the meeting heard it: the progress reported there (or the latest before), else 未开始
     * when it had no progress yet by the meeting's day.
     */
    static String carried(AgreedItem it, Progress reported, LocalDate asOf) {
        StringBuilder s = new StringBuilder(it.text().strip());
        s.append("（").append(it.meetingNumber()).append("议定；承办单位：").append(it.unitNames());
        if (it.deadline() != null) {
            s.append("；时限：").append(Gbt9704.date(it.deadline()));
        }
        ItemStatus status = reported != null ? reported.statusAfter() : it.status().open() ? it.status() : ItemStatus.NOT_STARTED;
        s.append("）。落实情况：").append(status.label());
        if (reported != null) {
            s.append("，").append(reported.note().strip());
        }
        if (ItemRules.overdue(status, it.deadline(), asOf)) {
            s.append("，已逾期").append(ItemRules.daysOverdue(status, it.deadline(), asOf)).append("天");
        }
        if (!endsWithStop(s)) {
            s.append("。");
        }
        return s.toString();
    }

    private static boolean endsWithStop(CharSequence s) {
        char c = s.length() == 0 ? ' ' : s.charAt(s.length() - 1);
        return c == '。' || c == '；' || c == '！';
    }

    static String when(LocalDateTime at) {
        int h = at.getHour();
        String part = h < 12 ? "上午" : h < 18 ? "下午" : "晚上";
        return Gbt9704.date(at.toLocalDate()) + part;
    }

}
