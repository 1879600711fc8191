package cn.fuyuan.desk.meeting;

import java.time.LocalDate;
import java.util.List;

/**
 * 议定事项: text, responsible units (agencies or the court), deadline, status, completion, evidence, and an
 * optional link to a case (normalised 案号) or a suggestion letter (文号).
 *
 * @param meetingNumber the number of the meeting that agreed it (resolved when read)
 */
public record AgreedItem(Integer id, Integer meetingId, String meetingNumber, String text, List<Unit> units,
                         LocalDate deadline, ItemStatus status, LocalDate completedOn, String evidencePath,
                         String linkedCaseNumber, String linkedSuggestionNumber) {

    public AgreedItem {
        units = units == null ? List.of() : List.copyOf(units);
        status = status == null ? ItemStatus.NOT_STARTED : status;
    }

    public static AgreedItem draft(String text, List<Unit> units, LocalDate deadline) {
        return new AgreedItem(null, null, null, text, units, deadline, ItemStatus.NOT_STARTED, null, null, null, null);
    }

    /** Overdue on {@code asOf}: see {@link ItemRules#overdue}. */
    public boolean overdue(LocalDate asOf) {
        return ItemRules.overdue(status, deadline, asOf);
    }

    public String unitNames() {
        return String.join("、", units.stream().map(Unit::toString).toList());
    }

    public AgreedItem withStatus(ItemStatus s, LocalDate completed) {
        return new AgreedItem(id, meetingId, meetingNumber, text, units, deadline, s, completed, evidencePath,
                linkedCaseNumber, linkedSuggestionNumber);
    }
}
