package cn.fuyuan.desk.appearance;

import cn.fuyuan.desk.caseload.Rates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 出庭应诉 figures, domain.md §8 — the one definition used by the screens, the bulletin and the command line.
 * Pure functions over plain {@link Fact}s (one per hearing × defendant agency).
 */
public final class AppearanceStats {

    /** {@code appearance.unit}. */
    public enum Unit { CASE, HEARING }

    /** {@code appearance.scope}. */
    public enum Scope { ALL, NOTIFIED }

    /**
     * One defendant agency at one hearing.
     *
     * @param appeared  a head of rank 正职, 副职 or 其他负责人 appeared (staff or lawyers alone: false)
     * @param spoke     an appearing head spoke
     * @param principal the appearing head was the 正职
     */
    public record Fact(String caseNumber, int agencyId, String agency, String region, String field, LocalDate hearingDate,
                       boolean noticeServed, boolean appeared, boolean spoke, boolean principal) {
        public Fact {
            spoke = spoke && appeared;
            principal = principal && appeared;
        }
    }

    /** The figures of one group; rates in percent, null when {@code units} is 0. */
    public record Figures(String group, int units, int appeared, int spoke, int principal,
                          BigDecimal appearanceRate, BigDecimal spokeRate, BigDecimal principalRate) {
        static Figures of(String group, int units, int appeared, int spoke, int principal) {
            return new Figures(group, units, appeared, spoke, principal, Rates.percent(appeared, units), Rates.percent(spoke, units),
                    Rates.percent(principal, units));
        }
    }

    /** A group in a ranking with its figures of the previous period (null when it had none) and the change in points. */
    public record Ranked(int rank, Figures now, Figures previous, BigDecimal change) {
    }

    /**
     * One counted unit (CASE: a defendant agency in a case; HEARING: a defendant agency at a hearing) before grouping.
     * Computed once per period and grouped as often as wanted ({@link #group}).
     */
    public record Counted(String agency, String region, String field, boolean appeared, boolean spoke, boolean principal) {
    }

    private AppearanceStats() {
    }

    /**
     * The figures for period P. CASE: one defendant agency in one case whose first hearing lies in P, counting its
     * hearings held in P; HEARING: one defendant agency at one hearing held in P. Scope NOTIFIED keeps only units with a
     * notice served (CASE: at one of its hearings in P). Groups are ranked ({@link #RANKING}); OVERALL always gives
     * exactly one row named 全部, with null rates when there are no units.
     */
    public static List<Figures> compute(List<Fact> facts, Period p, Unit unit, Scope scope, Grouping by) {
        return group(units(facts, p, unit, scope), by);
    }

    /** The units of period P (see {@link #compute}), ungrouped. */
    public static List<Counted> units(List<Fact> facts, Period p, Unit unit, Scope scope) {
        return units(facts, List.of(p), unit, scope).get(0);
    }

    /**
     * The units of each of the periods (see {@link #compute}), ungrouped, in the order of {@code periods}: the facts
     * are gathered into units once for all of them (a white paper asks for a year, the year before and four quarters).
     */
    public static List<List<Counted>> units(List<Fact> facts, List<Period> periods, Unit unit, Scope scope) {
        List<List<Counted>> out = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            out.add(new ArrayList<>());
        }
        if (unit == Unit.HEARING) {
            for (Fact f : facts) {
                if (scope == Scope.ALL || f.noticeServed()) {
                    for (int i = 0; i < periods.size(); i++) {
                        if (periods.get(i).contains(f.hearingDate())) {
                            out.get(i).add(new Counted(f.agency(), f.region(), f.field(), f.appeared(), f.spoke(), f.principal()));
                        }
                    }
                }
            }
            return out;
        }
        Map<UnitKey, List<Fact>> byUnit = new LinkedHashMap<>();
        for (Fact f : facts) {
            byUnit.computeIfAbsent(new UnitKey(f.caseNumber(), f.agencyId()), k -> new ArrayList<>(2)).add(f);
        }
        for (List<Fact> list : byUnit.values()) {
            LocalDate first = list.get(0).hearingDate();
            for (Fact f : list) {
                if (f.hearingDate().isBefore(first)) {
                    first = f.hearingDate();
                }
            }
            for (int i = 0; i < periods.size(); i++) {
                Period p = periods.get(i);
                if (!p.contains(first)) {
                    continue;
                }
                boolean notified = false;
                boolean appeared = false;
                boolean spoke = false;
                boolean principal = false;
                Fact any = null;
                for (Fact f : list) {
                    if (p.contains(f.hearingDate())) {
                        any = any == null ? f : any;
                        notified |= f.noticeServed();
                        appeared |= f.appeared();
                        spoke |= f.spoke();
                        principal |= f.principal();
                    }
                }
                if (scope == Scope.NOTIFIED && !notified) {
                    continue;
                }
                out.get(i).add(new Counted(any.agency(), any.region(), any.field(), appeared, spoke, principal));
            }
        }
        return out;
    }

    private record UnitKey(String caseNumber, int agencyId) {
    }

    /** Counts the units by group and ranks the groups; OVERALL always gives exactly one row named 全部. */
    public static List<Figures> group(List<Counted> units, Grouping by) {
        return ranked(count(units, by));
    }

    /**
     * The figures by group as {@link #group} counts them, not ranked (ranking thousands of agencies by their Chinese
     * names is most of the work, and a caller that looks groups up by name does not need it).
     */
    public static List<Figures> count(List<Counted> units, Grouping by) {
        Map<String, int[]> counts = new HashMap<>();
        if (by == Grouping.OVERALL) {
            counts.put(Grouping.ALL, new int[4]);
        }
        for (Counted c : units) {
            int[] n = counts.computeIfAbsent(by.of(c.agency(), c.region(), c.field()), k -> new int[4]);
            n[0]++;
            n[1] += c.appeared() ? 1 : 0;
            n[2] += c.spoke() ? 1 : 0;
            n[3] += c.principal() ? 1 : 0;
        }
        List<Figures> out = new ArrayList<>();
        counts.forEach((g, n) -> out.add(Figures.of(g, n[0], n[1], n[2], n[3])));
        return out;
    }

    /**
     * The figures in {@link #RANKING} order, sorted by collation keys made once per group: the same order, without
     * comparing Chinese names through the collator again at every step (thousands of agencies).
     */
    static List<Figures> ranked(List<Figures> figures) {
        record Keyed(Figures figures, int[] name) {
        }
        List<Keyed> keyed = new ArrayList<>(figures.size());
        for (Figures f : figures) {
            keyed.add(new Keyed(f, cn.fuyuan.desk.i18n.PinyinOrder.key(f.group())));
        }
        keyed.sort(Comparator.comparing((Keyed k) -> k.figures().appearanceRate(), Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
                .thenComparing(Keyed::name, java.util.Arrays::compare));
        List<Figures> out = new ArrayList<>(figures.size());
        keyed.forEach(k -> out.add(k.figures()));
        return out;
    }

    /** Chinese names in pinyin order (the order of a published ranking within one rate). */
    static final Comparator<String> PINYIN = cn.fuyuan.desk.i18n.PinyinOrder.NAMES;

    /**
     * Rankings: by 出庭率 (highest first, empty last); equal rates in pinyin order of their names (domain.md §10: a
     * published bulletin lists agencies of one rate by name, and they share the rank).
     */
    public static final Comparator<Figures> RANKING = Comparator
            .comparing(Figures::appearanceRate, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
            .thenComparing(Figures::group, PINYIN);

    /**
     * The ranking of {@code now} (already ranked) with the previous period's figures and the change in points. Equal
     * rates share a rank and the next rank counts them (1, 1, 3); groups without a rate share the last rank.
     */
    public static List<Ranked> rank(List<Figures> now, List<Figures> previous) {
        Map<String, Figures> before = new HashMap<>();
        previous.forEach(f -> before.put(f.group(), f));
        List<Ranked> out = new ArrayList<>();
        int rank = 0;
        int position = 0;
        BigDecimal last = null;
        for (Figures f : now) {
            position++;
            BigDecimal r = f.appearanceRate();
            boolean tie = position > 1 && (r == null ? last == null : last != null && r.compareTo(last) == 0);
            if (!tie) {
                rank = position;
            }
            last = r;
            Figures b = before.get(f.group());
            out.add(new Ranked(rank, f, b, Rates.change(f.appearanceRate(), b == null ? null : b.appearanceRate())));
        }
        return out;
    }

    /** The groups at 100% (every unit appeared), in ranking order. */
    public static List<String> atFullRate(List<Ranked> ranked) {
        return ranked.stream().filter(r -> r.now().appearanceRate() != null
                && r.now().appearanceRate().compareTo(BigDecimal.valueOf(100)) == 0).map(r -> r.now().group()).toList();
    }

    /**
     * The groups whose rate rose most against the previous period (all of them when several share the largest
     * rise), in ranking order; none when no rate rose.
     */
    public static List<Ranked> mostImproved(List<Ranked> ranked) {
        BigDecimal best = ranked.stream().map(Ranked::change).filter(c -> c != null && c.signum() > 0)
                .max(Comparator.naturalOrder()).orElse(null);
        return best == null ? List.of() : ranked.stream().filter(r -> r.change() != null && r.change().compareTo(best) == 0).toList();
    }

    /** Groups that had units but no appearance at all, by name. */
    public static List<String> withoutAppearance(List<Figures> figures) {
        return figures.stream().filter(f -> f.units() > 0 && f.appeared() == 0).map(Figures::group).sorted().toList();
    }
}
