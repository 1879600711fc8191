package cn.fuyuan.desk.meeting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The one definition of an overdue agreed item, used by the screens, the 督办表, the .ics and the command line. */
public final class ItemRules {
    private ItemRules() {
    }

    /**
     * Overdue = not done (status 未开始 or 推进中) and the deadline has passed: deadline &lt; asOf. On the
     * deadline day itself the item is not overdue yet; an item without a deadline is never overdue.
     */
    public static boolean overdue(ItemStatus status, LocalDate deadline, LocalDate asOf) {
        return status != null && status.open() && deadline != null && deadline.isBefore(asOf);
    }

    /** Due soon = not done, and asOf ≤ deadline ≤ asOf + days (an overdue item is not also due soon). */
    public static boolean dueSoon(ItemStatus status, LocalDate deadline, LocalDate asOf, int days) {
        return status != null && status.open() && deadline != null && !deadline.isBefore(asOf) && !deadline.isAfter(asOf.plusDays(days));
    }

    /** Whole days past the deadline on asOf (0 when not overdue). */
    public static long daysOverdue(ItemStatus status, LocalDate deadline, LocalDate asOf) {
        return overdue(status, deadline, asOf) ? ChronoUnit.DAYS.between(deadline, asOf) : 0;
    }
}
