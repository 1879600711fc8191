package cn.fuyuan.desk.suggestion;

import java.time.LocalDate;

/** The deadline arithmetic of domain.md §8, in one place. */
public final class SuggestionDates {
    private SuggestionDates() {
    }

    /**
     * Issue date + the reply period in calendar months; when the day does not exist in the target month,
     * that month's last day (2025-01-31 + 2 = 2025-03-31, 2025-12-31 + 2 = 2026-02-28).
     */
    public static LocalDate due(LocalDate issuedOn, int months) {
        if (issuedOn == null) {
            return null;
        }
        // plusMonths keeps the day of month and clamps to the month's length
        return issuedOn.plusMonths(months);
    }

    /** Letter and reply are archived within this many months of the reply that closes the matter (domain.md §1). */
    public static final int ARCHIVE_MONTHS = 3;

    /** The day by which a replied letter is to be archived: the reply date + {@link #ARCHIVE_MONTHS} months. */
    public static LocalDate archiveBy(LocalDate replyOn) {
        return replyOn == null ? null : replyOn.plusMonths(ARCHIVE_MONTHS);
    }

    /** Whether a reply exists that is dated on or before {@code asOf}. */
    public static boolean repliedBy(LocalDate replyOn, LocalDate asOf) {
        return replyOn != null && !replyOn.isAfter(asOf);
    }

    /** Overdue = no reply by asOf and the due date < asOf. */
    public static boolean overdue(LocalDate dueOn, LocalDate replyOn, LocalDate asOf) {
        return dueOn != null && !repliedBy(replyOn, asOf) && dueOn.isBefore(asOf);
    }

    /** Due soon = no reply by asOf, and asOf ≤ due date ≤ asOf + days. */
    public static boolean dueSoon(LocalDate dueOn, LocalDate replyOn, LocalDate asOf, int days) {
        return dueOn != null && !repliedBy(replyOn, asOf) && !dueOn.isBefore(asOf) && !dueOn.isAfter(asOf.plusDays(days));
    }
}
