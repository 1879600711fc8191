package cn.fuyuan.desk.appearance;

import cn.fuyuan.desk.caseload.CaseResult;
import cn.fuyuan.desk.caseload.LossRules;
import cn.fuyuan.desk.caseload.Rates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * 败诉率 and 调撤率, domain.md §8 — the one definition used by the screens, the bulletin and the command line.
 * A unit is one defendant agency in one first-instance case (行初; 行赔初 when compensation is included) closed in
 * the year; all defendants share the case's result.
 */
public final class LossStats {

    /** {@code loss.denominator}. */
    public enum Denominator { ALL_CLOSED, JUDGMENT_ONLY }

    /** One defendant agency of one case, with the case's type, closing date and first-instance result. */
    public record Fact(String caseNumber, String caseType, int agencyId, String agency, String region, String field,
                       LocalDate closingDate, CaseResult result) {
    }

    /**
     * @param closed              every closed unit
     * @param denominator         the units the loss rate divides by (closed, or closed by judgment)
     * @param withdrawnOrMediated 撤诉 + 调解
     */
    public record Figures(String group, int closed, int lost, int withdrawnOrMediated, int denominator,
                          BigDecimal lossRate, BigDecimal settlementRate) {
    }

    static final Set<CaseResult> LOSSES = LossRules.LOSSES;
    static final Set<CaseResult> NOT_JUDGMENT = LossRules.NOT_JUDGMENT;

    private LossStats() {
    }

    /** {@link LossRules#lost}: the rule lives with the case results. */
    public static boolean lost(CaseResult r, boolean includeCompensation) {
        return LossRules.lost(r, includeCompensation);
    }

    /** {@link LossRules#firstInstance}. */
    public static boolean firstInstance(String caseType, boolean includeCompensation) {
        return LossRules.firstInstance(caseType, includeCompensation);
    }

    /** Figures for the year, grouped and ordered by loss rate (highest first, empty last), then closed units, then name. */
    public static List<Figures> compute(List<Fact> facts, int year, boolean includeCompensation, Denominator denominator, Grouping by) {
        Map<String, int[]> counts = new TreeMap<>();
        if (by == Grouping.OVERALL) {
            counts.put(Grouping.ALL, new int[4]);
        }
        for (Fact f : facts) {
            if (!firstInstance(f.caseType(), includeCompensation) || f.closingDate() == null || f.closingDate().getYear() != year) {
                continue;
            }
            int[] n = counts.computeIfAbsent(by.of(f.agency(), f.region(), f.field()), k -> new int[4]);
            n[0]++;
            n[1] += lost(f.result(), includeCompensation) ? 1 : 0;
            n[2] += f.result() == CaseResult.WITHDRAWN || f.result() == CaseResult.MEDIATED ? 1 : 0;
            boolean judged = f.result() != null && !NOT_JUDGMENT.contains(f.result());
            n[3] += denominator == Denominator.ALL_CLOSED || judged ? 1 : 0;
        }
        List<Figures> out = new ArrayList<>();
        counts.forEach((g, n) -> out.add(new Figures(g, n[0], n[1], n[2], n[3], Rates.percent(n[1], n[3]), Rates.percent(n[2], n[0]))));
        out.sort(Comparator.comparing(Figures::lossRate, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
                .thenComparing(Figures::closed, Comparator.reverseOrder()).thenComparing(Figures::group));
        return out;
    }
}
