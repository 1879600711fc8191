package cn.fuyuan.desk.caseload;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages of domain.md §8: from integer counts, rounded half-up to two decimals; null for a zero denominator. */
public final class Rates {
    private Rates() {
    }

    /** n ÷ d as a percentage (2 of 3 → 66.67), or null when d is 0. */
    public static BigDecimal percent(int n, int d) {
        if (d == 0) {
            return null;
        }
        return BigDecimal.valueOf(n).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(d), 2, RoundingMode.HALF_UP);
    }

    /** Change in percentage points, or null when either side is empty. */
    public static BigDecimal change(BigDecimal now, BigDecimal before) {
        return now == null || before == null ? null : now.subtract(before);
    }

    /** 66.67% or — for display. */
    public static String show(BigDecimal rate) {
        return rate == null ? "—" : rate.toPlainString() + "%";
    }

    /** +3.50 / -2.00 / — (percentage points). */
    public static String showChange(BigDecimal change) {
        return change == null ? "—" : (change.signum() > 0 ? "+" : "") + change.toPlainString();
    }
}
