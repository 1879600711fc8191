package cn.fuyuan.desk.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.suggestion.SuggestionStats.Figures;
import cn.fuyuan.desk.suggestion.SuggestionStats.GroupBy;
import cn.fuyuan.desk.suggestion.SuggestionStats.Letter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionStatsTest {
    static LocalDate d(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    static Letter l(String recipient, String field, SuggestionKind kind, String issued, String reply, Adoption a) {
        LocalDate i = d(issued);
        return new Letter(recipient, field, kind, i, SuggestionDates.due(i, 2), d(reply), a, false);
    }

    /*
     * Hand-worked register, year 2025, as of D = 2025-12-31:
     *  A 公安局 公安 个案 issued 2025-01-10 due 03-10 reply 03-01 采纳      -> replied, on time, adopted
     *  B 公安局 公安 个案 issued 2025-03-31 due 05-31 reply 06-05 部分采纳  -> replied, late, partly
     *  C 住建局 住建 类案 issued 2025-10-31 due 12-31 no reply              -> not overdue (due = D, not < D)
     *  D 住建局 住建 类案 issued 2025-06-01 due 08-01 no reply              -> overdue
     *  E 住建局 住建 个案 issued 2025-09-15 due 11-15 reply 2026-01-05      -> reply after D: not replied; overdue
     *  F 公安局 公安 个案 issued 2025-02-01 due 04-01 reply 04-01 未采纳    -> replied, on time (= due), not adopted
     *  G 公安局 公安 个案 issued 2024-12-20                                 -> other year: not counted
     *  H 住建局 住建 个案 issued 2025-05-05, withdrawn                       -> not counted
     * Overall: issued 6 (A-F); replied 3 (A, B, F); on time 2 (A, F); overdue 2 (D, E);
     *          adopted 1, partly 1, not 1; reply rate 3/6 = 50.00.
     * 公安局: issued 3, replied 3, on time 2, overdue 0, rate 100.00.
     * 住建局: issued 3 (C, D, E), replied 0, overdue 2, rate 0.00.
     * By type: 个案 A B E F = 4 issued, replied 3 -> 75.00; 类案 C D = 2 issued, replied 0 -> 0.00.
     */
    static final List<Letter> REGISTER = List.of(
            l("公安局", "公安", SuggestionKind.INDIVIDUAL, "2025-01-10", "2025-03-01", Adoption.ADOPTED),
            l("公安局", "公安", SuggestionKind.INDIVIDUAL, "2025-03-31", "2025-06-05", Adoption.PARTLY),
            l("住建局", "住建", SuggestionKind.CATEGORY, "2025-10-31", null, null),
            l("住建局", "住建", SuggestionKind.CATEGORY, "2025-06-01", null, null),
            l("住建局", "住建", SuggestionKind.INDIVIDUAL, "2025-09-15", "2026-01-05", Adoption.ADOPTED),
            l("公安局", "公安", SuggestionKind.INDIVIDUAL, "2025-02-01", "2025-04-01", Adoption.NOT_ADOPTED),
            l("公安局", "公安", SuggestionKind.INDIVIDUAL, "2024-12-20", null, null),
            new Letter("住建局", "住建", SuggestionKind.INDIVIDUAL, d("2025-05-05"), d("2025-07-05"), null, null, true));

    static final LocalDate AS_OF = d("2025-12-31");

    @Test
    void overallFiguresMatchTheHandCount() {
        assertThat(SuggestionStats.compute(REGISTER, 2025, AS_OF, GroupBy.OVERALL))
                .containsExactly(new Figures("全部", 6, 3, 2, 2, 1, 1, 1, new BigDecimal("50.00")));
    }

    @Test
    void byRecipientFieldAndType() {
        assertThat(SuggestionStats.compute(REGISTER, 2025, AS_OF, GroupBy.RECIPIENT)).containsExactlyInAnyOrder(
                new Figures("公安局", 3, 3, 2, 0, 1, 1, 1, new BigDecimal("100.00")),
                new Figures("住建局", 3, 0, 0, 2, 0, 0, 0, new BigDecimal("0.00")));
        assertThat(SuggestionStats.compute(REGISTER, 2025, AS_OF, GroupBy.FIELD)).extracting(Figures::group, Figures::issued)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("公安", 3), org.assertj.core.groups.Tuple.tuple("住建", 3));
        assertThat(SuggestionStats.compute(REGISTER, 2025, AS_OF, GroupBy.TYPE)).containsExactlyInAnyOrder(
                new Figures("个案", 4, 3, 2, 1, 1, 1, 1, new BigDecimal("75.00")),
                new Figures("类案", 2, 0, 0, 1, 0, 0, 0, new BigDecimal("0.00")));
    }

    @Test
    void asOfALaterDayTheLateReplyCountsAndTheLetterDueOnDBecomesOverdue() {
        // D = 2026-01-06: E replied (late, 2026-01-05 > due 2025-11-15); C (due 2025-12-31) now overdue
        Figures f = SuggestionStats.compute(REGISTER, 2025, d("2026-01-06"), GroupBy.OVERALL).get(0);
        assertThat(f).isEqualTo(new Figures("全部", 6, 4, 2, 2, 2, 1, 1, new BigDecimal("66.67")));
    }

    @Test
    void ratesRoundHalfUpAndAZeroDenominatorIsNull() {
        assertThat(SuggestionStats.rate(2, 3)).isEqualByComparingTo("66.67");
        assertThat(SuggestionStats.rate(1, 3)).isEqualByComparingTo("33.33");
        assertThat(SuggestionStats.rate(1, 8)).isEqualByComparingTo("12.50");
        assertThat(SuggestionStats.rate(1, 16)).as("6.25 exactly").isEqualByComparingTo("6.25");
        assertThat(SuggestionStats.rate(1, 200)).as("0.5 -> 0.50").isEqualByComparingTo("0.50");
        assertThat(SuggestionStats.rate(1, 400)).as("0.25").isEqualByComparingTo("0.25");
        assertThat(SuggestionStats.rate(1, 800)).as("0.125 half-up -> 0.13").isEqualByComparingTo("0.13");
        assertThat(SuggestionStats.rate(0, 0)).isNull();
        assertThat(SuggestionStats.compute(REGISTER, 2030, AS_OF, GroupBy.OVERALL))
                .containsExactly(new Figures("全部", 0, 0, 0, 0, 0, 0, 0, null));
        assertThat(SuggestionStats.compute(REGISTER, 2030, AS_OF, GroupBy.RECIPIENT)).isEmpty();
    }
}
