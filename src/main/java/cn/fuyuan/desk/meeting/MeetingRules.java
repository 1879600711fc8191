package cn.fuyuan.desk.meeting;

import cn.fuyuan.desk.caseload.CaseNumber;
import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.store.Problem;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What makes a meeting savable; shared by the form (live) and the repository (on save). */
public final class MeetingRules {
    public static final int MAX_TITLE = 200;

    private MeetingRules() {
    }

    /**
     * A meeting cannot be 已召开 (nor its minutes issued) while its date is after {@code today}: the problem names the
     * field 召开时间. Empty when the meeting is only planned, or held on or before today.
     */
    public static Optional<Problem> checkHeld(MeetingState state, LocalDateTime heldAt, LocalDate today) {
        if (state == null || state == MeetingState.PLANNED || heldAt == null || !heldAt.toLocalDate().isAfter(today)) {
            return Optional.empty();
        }
        return Optional.of(Problem.ofField("heldAt", Messages.get("meeting.heldInFuture", Messages.get("meeting.heldAt"),
                heldAt.toLocalDate(), today)));
    }

    public static List<Problem> check(Meeting m) {
        List<Problem> out = new ArrayList<>();
        String title = m.title() == null ? "" : m.title().strip();
        if (title.isEmpty()) {
            out.add(Problem.ofField("title", Messages.get("validation.required", Messages.get("meeting.title"))));
        } else if (title.length() > MAX_TITLE) {
            out.add(Problem.ofField("title", Messages.get("validation.tooLong", Messages.get("meeting.title"), MAX_TITLE)));
        }
        if (m.kind() == null) {
            out.add(Problem.ofField("kind", Messages.get("validation.required", Messages.get("meeting.kind"))));
        }
        if (m.heldAt() == null) {
            out.add(Problem.ofField("heldAt", Messages.get("validation.required", Messages.get("meeting.heldAt"))));
        }
        for (int i = 0; i < m.attendees().size(); i++) {
            Attendee a = m.attendees().get(i);
            boolean noPerson = a.person() == null || a.person().isBlank();
            boolean noUnit = a.unit() == null || (a.unit().kind() == Unit.Kind.TEXT && (a.unit().name() == null || a.unit().name().isBlank()))
                    || (a.unit().kind() == Unit.Kind.AGENCY && a.unit().agencyId() == null);
            if (a.role() == null || (noPerson && noUnit)) {
                out.add(Problem.ofField("attendees", Messages.get("meeting.badAttendee", i + 1)));
            }
        }
        for (int i = 0; i < m.topics().size(); i++) {
            Topic t = m.topics().get(i);
            if (t.title() == null || t.title().isBlank()) {
                out.add(Problem.ofField("topics", Messages.get("meeting.topicNoTitle", i + 1)));
            }
        }
        for (int i = 0; i < m.items().size(); i++) {
            AgreedItem it = m.items().get(i);
            int row = i + 1;
            if (it.text() == null || it.text().isBlank()) {
                out.add(Problem.ofField("items", Messages.get("meeting.itemNoText", row)));
            }
            if (it.units().isEmpty()) {
                out.add(Problem.ofField("items", Messages.get("meeting.itemNoUnit", row)));
            }
            if (it.units().stream().anyMatch(u -> u.kind() == Unit.Kind.TEXT || (u.kind() == Unit.Kind.AGENCY && u.agencyId() == null))) {
                out.add(Problem.ofField("items", Messages.get("meeting.itemBadUnit", row)));
            }
            if (it.linkedCaseNumber() != null && !it.linkedCaseNumber().isBlank()
                    && CaseNumber.normalise(it.linkedCaseNumber()).isEmpty()) {
                out.add(Problem.ofField("items", Messages.get("meeting.itemBadCase", row, it.linkedCaseNumber().strip())));
            }
            if (it.status() == ItemStatus.DONE && it.completedOn() == null) {
                out.add(Problem.ofField("items", Messages.get("meeting.itemDoneNoDate", row)));
            }
        }
        return out;
    }
}
