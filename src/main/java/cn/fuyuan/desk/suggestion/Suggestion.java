package cn.fuyuan.desk.suggestion;

import java.time.LocalDate;

/**
 * A stored letter: its content, where it is in its life, and the recipient's name and field resolved
 * from the directory.
 *
 * @param number     e.g. 巴法建〔2025〕3号; null until signed
 * @param issuedOn   the day it was sent (the reply period runs from here)
 * @param dueOn      reply due date (issuedOn + reply period, or as imported)
 */
public record Suggestion(
        int id,
        LetterDraft draft,
        String recipientName,
        String recipientField,
        SuggestionStatus status,
        String number,
        Approver approvedBy,
        LocalDate approvedOn,
        LocalDate issuedOn,
        LocalDate dueOn,
        String deliveryMethod,
        boolean receiptReturned,
        LocalDate replyOn,
        String replyText,
        Adoption adoption,
        String visitNotes,
        LocalDate archivedOn,
        LocalDate withdrawnOn,
        String withdrawReason,
        boolean excellent,
        String excellentContest,
        Integer excellentYear,
        LocalDate createdOn) {

    public String title() {
        return draft.title();
    }

    public SuggestionKind kind() {
        return draft.kind();
    }

    /** Not replied by {@code asOf} and the due date lies before it (domain.md §8). */
    public boolean overdue(LocalDate asOf) {
        return status != SuggestionStatus.WITHDRAWN && SuggestionDates.overdue(dueOn, replyOn, asOf);
    }

    /** Not replied, not overdue, due within {@code days} of {@code asOf}. */
    public boolean dueSoon(LocalDate asOf, int days) {
        return status != SuggestionStatus.WITHDRAWN && SuggestionDates.dueSoon(dueOn, replyOn, asOf, days);
    }

    /** Days past the due date as of {@code asOf} (0 when not overdue). */
    public long daysOverdue(LocalDate asOf) {
        return overdue(asOf) ? java.time.temporal.ChronoUnit.DAYS.between(dueOn, asOf) : 0;
    }
}
