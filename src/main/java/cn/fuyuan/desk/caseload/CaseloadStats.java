package cn.fuyuan.desk.caseload;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * 收案 / 结案 figures of domain.md §8 — the one definition used by the white paper, the screens and
 * {@code stats caseload}. Pure functions over plain {@link Fact}s (one per case).
 *
 * <p>For a year Y: received (新收) = filing date in Y; carriedOver (旧存) = filed before Y and not closed before Y;
 * closed (审结) = closing date in Y; pending (未结) = carriedOver + received − closed; closingRate (结案率) =
 * closed ÷ (carriedOver + received). A case without a filing date is left out of every count (it cannot be placed
 * in received or carriedOver, and counting it as closed would make pending wrong); {@link Figures#leftOut()} says
 * how many cases of the group (open, or closed in Y) that were.
 */
public final class CaseloadStats {
    /** Group name of the overall row. */
    public static final String ALL = "全部";
    /** Group name for a case without field or type of act. */
    public static final String UNKNOWN = "未填";

    /**
     * How cases are grouped: court, the region of the case's first defendant, the case's field, type of act (行为类别),
     * type code (行初 …), instance (一审 / 二审 / 其他), or overall.
     */
    public enum By { COURT, REGION, FIELD, ACT, TYPE, INSTANCE, OVERALL }

    /**
     * What the figures need of {@code cases} cases alike (one, or a group read with grouped SQL). {@code court} is the
     * court's name (the office's own for its own cases), {@code region} that of the first defendant agency. The
     * figures are of whole years, so a group's dates may be the first day of their year ({@link #yearOf}): the counts
     * are the same.
     */
    public record Fact(String court, String region, String field, ActType act, String type, LocalDate filed, LocalDate closed,
                       int cases) {
        /** One case. */
        public Fact(String court, String region, String field, ActType act, String type, LocalDate filed, LocalDate closed) {
            this(court, region, field, act, type, filed, closed, 1);
        }
    }

    /** 1 January of a year given as text ("2025"), null for null: the date a grouped {@link Fact} stands on. */
    public static LocalDate yearOf(String year) {
        return year == null || year.isBlank() ? null : LocalDate.of(Integer.parseInt(year), 1, 1);
    }

    /** The figures of one group; {@code closingRate} null when nothing was carried over or received. */
    public record Figures(String group, int received, int carriedOver, int closed, int pending, BigDecimal closingRate,
                          int leftOut) {
        static Figures of(String group, int received, int carriedOver, int closed, int leftOut) {
            return new Figures(group, received, carriedOver, closed, carriedOver + received - closed,
                    Rates.percent(closed, carriedOver + received), leftOut);
        }
    }

    /** A group's figures with the previous year's (null when it had none) and the changes: counts as differences, the rate in points. */
    public record Compared(Figures now, Figures previous, Integer receivedChange, Integer closedChange, Integer pendingChange,
                           BigDecimal closingRateChange) {
    }

    private CaseloadStats() {
    }

    /** 一审 (行初, 行赔初), 二审 (行终, 行赔终) or 其他. */
    public static String instance(String type) {
        if ("行初".equals(type) || "行赔初".equals(type)) {
            return "一审";
        }
        if ("行终".equals(type) || "行赔终".equals(type)) {
            return "二审";
        }
        return "其他";
    }

    static String key(Fact f, By by) {
        String v = switch (by) {
            case COURT -> f.court();
            case REGION -> f.region();
            case FIELD -> f.field();
            case ACT -> f.act() == null ? null : f.act().zh();
            case TYPE -> f.type();
            case INSTANCE -> instance(f.type());
            case OVERALL -> ALL;
        };
        return v == null || v.isBlank() ? UNKNOWN : v;
    }

    /**
     * The figures of year Y by group. OVERALL gives exactly one row named 全部 (null rate for an empty year); the other
     * groupings give one row per group that has a case counted or left out, most cases (carried over + received) first,
     * then by name.
     */
    public static List<Figures> compute(List<Fact> facts, int year, By by) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        Map<String, int[]> counts = new TreeMap<>();
        if (by == By.OVERALL) {
            counts.put(ALL, new int[4]);
        }
        for (Fact f : facts) {
            boolean closedBefore = f.closed() != null && f.closed().isBefore(start);
            boolean closedIn = f.closed() != null && !f.closed().isBefore(start) && !f.closed().isAfter(end);
            if (f.filed() == null) {
                if (f.closed() == null || closedIn) {
                    counts.computeIfAbsent(key(f, by), k -> new int[4])[3] += f.cases();
                }
                continue;
            }
            if (f.filed().isAfter(end)) {
                continue;
            }
            boolean received = !f.filed().isBefore(start);
            boolean carried = f.filed().isBefore(start) && !closedBefore;
            if (!received && !carried) {
                continue;
            }
            int[] n = counts.computeIfAbsent(key(f, by), k -> new int[4]);
            n[0] += received ? f.cases() : 0;
            n[1] += carried ? f.cases() : 0;
            n[2] += closedIn ? f.cases() : 0;
        }
        List<Figures> out = new ArrayList<>();
        counts.forEach((g, n) -> out.add(Figures.of(g, n[0], n[1], n[2], n[3])));
        out.sort(Comparator.comparingInt((Figures f) -> -(f.carriedOver() + f.received())).thenComparing(Figures::group));
        return out;
    }

    /** The figures of Y beside those of Y − 1, group by group (the groups of Y, in its order). */
    public static List<Compared> compare(List<Fact> facts, int year, By by) {
        Map<String, Figures> before = new HashMap<>();
        compute(facts, year - 1, by).forEach(f -> before.put(f.group(), f));
        List<Compared> out = new ArrayList<>();
        for (Figures f : compute(facts, year, by)) {
            Figures b = before.get(f.group());
            out.add(new Compared(f, b, b == null ? null : f.received() - b.received(), b == null ? null : f.closed() - b.closed(),
                    b == null ? null : f.pending() - b.pending(), Rates.change(f.closingRate(), b == null ? null : b.closingRate())));
        }
        return out;
    }

    /** The overall figures of the {@code years} years ending with Y, oldest first (the trend). */
    public static List<Figures> trend(List<Fact> facts, int year, int years) {
        List<Figures> out = new ArrayList<>();
        for (int y = year - years + 1; y <= year; y++) {
            Figures f = compute(facts, y, By.OVERALL).get(0);
            out.add(new Figures(Integer.toString(y), f.received(), f.carriedOver(), f.closed(), f.pending(), f.closingRate(), f.leftOut()));
        }
        return out;
    }
}
