package cn.fuyuan.desk.appearance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.appearance.LossStats.Denominator;
import cn.fuyuan.desk.appearance.LossStats.Fact;
import cn.fuyuan.desk.appearance.LossStats.Figures;
import cn.fuyuan.desk.caseload.CaseResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 败诉率 and 调撤率 (domain.md §8) against a table worked by hand.
 *
 * <pre>
 * case    type   defendants  closed      result
 * 1       行初   A, B        2025-03-01  撤销        → both defendants lose (the result is shared)
 * 2       行初   A           2025-05-01  撤诉
 * 3       行初   C           2025-06-01  驳回诉讼请求
 * 4       行初   C           2025-07-01  调解
 * 5       行赔初 A           2025-08-01  赔偿        (counted only with loss.includeCompensation)
 * 6       行终   A           2025-09-01  撤销        (not first instance: never counted)
 * 7       行初   B           2024-12-31  撤销        (other year)
 * 8       行初   C           2025-10-01  驳回起诉
 *
 * default (no compensation, ALL_CLOSED): units 1A 1B 2A 3C 4C 8C = 6; lost 2; 撤诉+调解 2
 *   败诉率 2/6 = 33.33; 调撤率 2/6 = 33.33
 * JUDGMENT_ONLY: denominator without 撤诉 (2A), 调解 (4C), 驳回起诉 (8C) = 3 → 2/3 = 66.67; 调撤率 still 2/6 = 33.33
 * includeCompensation: + 5A → 7 closed, lost 3 → 42.86; 调撤率 2/7 = 28.57
 * by agency (default): A closed 2 lost 1 → 50.00, 调撤 1/2 = 50.00; B 1/1 → 100.00, 0.00; C 3, 0 → 0.00, 1/3 = 33.33
 * </pre>
 */
class LossStatsTest {
    static Fact f(int c, String type, String agency, String closed, CaseResult r) {
        return new Fact("（2025）内08" + type + c + "号", type, agency.charAt(0), agency, "R", "F", LocalDate.parse(closed), r);
    }

    static final List<Fact> FACTS = List.of(
            f(1, "行初", "A", "2025-03-01", CaseResult.REVOKE),
            f(1, "行初", "B", "2025-03-01", CaseResult.REVOKE),
            f(2, "行初", "A", "2025-05-01", CaseResult.WITHDRAWN),
            f(3, "行初", "C", "2025-06-01", CaseResult.DISMISS_CLAIM),
            f(4, "行初", "C", "2025-07-01", CaseResult.MEDIATED),
            f(5, "行赔初", "A", "2025-08-01", CaseResult.COMPENSATION),
            f(6, "行终", "A", "2025-09-01", CaseResult.REVOKE),
            f(7, "行初", "B", "2024-12-31", CaseResult.REVOKE),
            f(8, "行初", "C", "2025-10-01", CaseResult.DISMISS_SUIT));

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void overallAllClosed() {
        assertThat(LossStats.compute(FACTS, 2025, false, Denominator.ALL_CLOSED, Grouping.OVERALL))
                .containsExactly(new Figures("全部", 6, 2, 2, 6, d("33.33"), d("33.33")));
    }

    @Test
    void judgmentOnlyDenominator() {
        assertThat(LossStats.compute(FACTS, 2025, false, Denominator.JUDGMENT_ONLY, Grouping.OVERALL))
                .containsExactly(new Figures("全部", 6, 2, 2, 3, d("66.67"), d("33.33")));
    }

    @Test
    void compensationIncluded() {
        assertThat(LossStats.compute(FACTS, 2025, true, Denominator.ALL_CLOSED, Grouping.OVERALL))
                .containsExactly(new Figures("全部", 7, 3, 2, 7, d("42.86"), d("28.57")));
    }

    @Test
    void byAgency() {
        assertThat(LossStats.compute(FACTS, 2025, false, Denominator.ALL_CLOSED, Grouping.AGENCY)).containsExactly(
                new Figures("B", 1, 1, 0, 1, d("100.00"), d("0.00")),
                new Figures("A", 2, 1, 1, 2, d("50.00"), d("50.00")),
                new Figures("C", 3, 0, 1, 3, d("0.00"), d("33.33")));
    }

    @Test
    void emptyYear() {
        assertThat(LossStats.compute(FACTS, 2030, false, Denominator.ALL_CLOSED, Grouping.OVERALL))
                .containsExactly(new Figures("全部", 0, 0, 0, 0, null, null));
        assertThat(LossStats.compute(FACTS, 2030, false, Denominator.ALL_CLOSED, Grouping.FIELD)).isEmpty();
    }
}
