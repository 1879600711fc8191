package cn.fuyuan.desk.appearance;

import cn.fuyuan.desk.caseload.Rates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.fuyuan.desk.appearance.AppearanceStats.Counted;
import cn.fuyuan.desk.appearance.AppearanceStats.Fact;
import cn.fuyuan.desk.appearance.AppearanceStats.Figures;
import cn.fuyuan.desk.appearance.AppearanceStats.Scope;
import cn.fuyuan.desk.appearance.AppearanceStats.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The appearance figures of domain.md §8 against a table worked by hand.
 *
 * <pre>
 * Agencies: A (region R1, field F1), B (R1, F2), C (R2, F1). Period 2025Q3 = 07-01 … 09-30.
 *
 * case  defendant  hearing     notice  appeared  rank       spoke
 * 1     A          2025-07-10  yes     no
 * 1     A          2025-08-20  no      yes       副职       yes
 * 1     B          2025-07-10  yes     yes       正职       no
 * 1     B          2025-08-20  no      no
 * 2     A          2025-09-25  yes     yes       正职       yes
 * 2     A          2025-10-15  yes     no                              (Q4: the case spans two quarters)
 * 3     C          2025-06-20  yes     no                              (Q2: first hearing before Q3)
 * 3     C          2025-07-05  no      yes       其他负责人 yes
 * 4     C          2025-08-01  no      no (staff only)
 *
 * CASE, ALL, Q3 — units (1,A) (1,B) (2,A) (4,C); (3,C) first heard in Q2, not a Q3 unit:
 *   (1,A) appeared at 08-20, spoke, not 正职; (1,B) appeared 正职, did not speak; (2,A) counts 09-25 only: appeared,
 *   spoke, 正职; (4,C) nothing. units 4, appeared 3, spoke 2, principal 2 → 75.00 / 50.00 / 50.00
 *   by agency: A 2/2/2/1 → 100/100/50; B 1/1/0/1 → 100/0/100; C 1/0/0/0 → 0/0/0; ranking A, B (equal: rank 1, by name), C 3
 * CASE, NOTIFIED, Q3 — (4,C) had no notice: units 3, appeared 3, spoke 2, principal 2 → 100.00 / 66.67 / 66.67
 * HEARING, ALL, Q3 — 7 rows in Q3, appeared 4 (1A 08-20, 1B 07-10, 2A 09-25, 3C 07-05), spoke 3, principal 2
 *   → 4/7 = 57.14, 3/7 = 42.86, 2/7 = 28.57
 * HEARING, NOTIFIED, Q3 — 1A 07-10, 1B 07-10, 2A 09-25: 3 units, appeared 2, spoke 1, principal 2 → 66.67 / 33.33 / 66.67
 * CASE, Q4 — (2,A) was first heard in Q3: no units → rates empty (null), not 0
 * HEARING, Q4 — 2A 10-15: 1 unit, 0 appeared → 0.00
 * </pre>
 */
class AppearanceStatsTest {
    static final Period Q3 = Period.parse("2025Q3");

    static Fact f(String c, int agencyId, String hearing, boolean notice, boolean appeared, String rank, boolean spoke) {
        String name = switch (agencyId) {
            case 1 -> "A";
            case 2 -> "B";
            default -> "C";
        };
        String region = agencyId == 3 ? "R2" : "R1";
        String field = agencyId == 2 ? "F2" : "F1";
        return new Fact("（2025）内08行初" + c + "号", agencyId, name, region, field, LocalDate.parse(hearing), notice,
                appeared && rank != null, spoke, "正职".equals(rank));
    }

    static final List<Fact> FACTS = List.of(
            f("1", 1, "2025-07-10", true, false, null, false),
            f("1", 1, "2025-08-20", false, true, "副职", true),
            f("1", 2, "2025-07-10", true, true, "正职", false),
            f("1", 2, "2025-08-20", false, false, null, false),
            f("2", 1, "2025-09-25", true, true, "正职", true),
            f("2", 1, "2025-10-15", true, false, null, false),
            f("3", 3, "2025-06-20", true, false, null, false),
            f("3", 3, "2025-07-05", false, true, "其他负责人", true),
            f("4", 3, "2025-08-01", false, true, null, false));

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void caseUnitsOverall() {
        List<Figures> all = AppearanceStats.compute(FACTS, Q3, Unit.CASE, Scope.ALL, Grouping.OVERALL);
        assertThat(all).containsExactly(new Figures("全部", 4, 3, 2, 2, d("75.00"), d("50.00"), d("50.00")));
    }

    @Test
    void caseUnitsByAgencyRankedWithTiesByUnits() {
        List<Figures> by = AppearanceStats.compute(FACTS, Q3, Unit.CASE, Scope.ALL, Grouping.AGENCY);
        assertThat(by).extracting(Figures::group, Figures::units, Figures::appeared, Figures::spoke, Figures::principal,
                        Figures::appearanceRate, Figures::spokeRate, Figures::principalRate)
                .containsExactly(
                        tuple("A", 2, 2, 2, 1, d("100.00"), d("100.00"), d("50.00")),
                        tuple("B", 1, 1, 0, 1, d("100.00"), d("0.00"), d("100.00")),
                        tuple("C", 1, 0, 0, 0, d("0.00"), d("0.00"), d("0.00")));
        assertThat(AppearanceStats.withoutAppearance(by)).containsExactly("C");
    }

    @Test
    void caseUnitsByRegion() {
        List<Figures> by = AppearanceStats.compute(FACTS, Q3, Unit.CASE, Scope.ALL, Grouping.REGION);
        assertThat(by).containsExactly(
                new Figures("R1", 3, 3, 2, 2, d("100.00"), d("66.67"), d("66.67")),
                new Figures("R2", 1, 0, 0, 0, d("0.00"), d("0.00"), d("0.00")));
    }

    @Test
    void caseUnitsNotifiedOnly() {
        assertThat(AppearanceStats.compute(FACTS, Q3, Unit.CASE, Scope.NOTIFIED, Grouping.OVERALL))
                .containsExactly(new Figures("全部", 3, 3, 2, 2, d("100.00"), d("66.67"), d("66.67")));
    }

    @Test
    void hearingUnits() {
        assertThat(AppearanceStats.compute(FACTS, Q3, Unit.HEARING, Scope.ALL, Grouping.OVERALL))
                .containsExactly(new Figures("全部", 7, 4, 3, 2, d("57.14"), d("42.86"), d("28.57")));
        assertThat(AppearanceStats.compute(FACTS, Q3, Unit.HEARING, Scope.NOTIFIED, Grouping.OVERALL))
                .containsExactly(new Figures("全部", 3, 2, 1, 2, d("66.67"), d("33.33"), d("66.67")));
    }

    @Test
    void aCaseSpanningTwoQuartersCountsOnceInItsFirstQuarter() {
        Period q4 = Period.parse("2025Q4");
        assertThat(AppearanceStats.compute(FACTS, q4, Unit.CASE, Scope.ALL, Grouping.OVERALL))
                .containsExactly(new Figures("全部", 0, 0, 0, 0, null, null, null));
        assertThat(AppearanceStats.compute(FACTS, q4, Unit.CASE, Scope.ALL, Grouping.AGENCY)).isEmpty();
        assertThat(AppearanceStats.compute(FACTS, q4, Unit.HEARING, Scope.ALL, Grouping.OVERALL))
                .containsExactly(new Figures("全部", 1, 0, 0, 0, d("0.00"), d("0.00"), d("0.00")));
    }

    @Test
    void emptyPeriodGivesEmptyRatesNotZero() {
        Figures none = AppearanceStats.compute(List.of(), Period.parse("2024"), Unit.CASE, Scope.ALL, Grouping.OVERALL).get(0);
        assertThat(none.units()).isZero();
        assertThat(none.appearanceRate()).isNull();
        assertThat(Rates.show(none.appearanceRate())).isEqualTo("—");
    }

    @Test
    void yearAndChangeVersusPreviousPeriod() {
        // 2025 as a year, CASE: units (1,A) (1,B) (2,A) (3,C) (4,C); (2,A) now also counts 10-15 (still appeared at 09-25),
        // (3,C) counts 06-20 and 07-05 → appeared. appeared 4 of 5 → 80.00
        assertThat(AppearanceStats.compute(FACTS, Period.parse("2025"), Unit.CASE, Scope.ALL, Grouping.OVERALL).get(0).appearanceRate())
                .isEqualByComparingTo("80.00");
        // Q2 by agency: C has (3,C) counting 06-20 only → 0.00; change for C in Q3 = 0.00 - 0.00; A and B had nothing in Q2
        List<AppearanceStats.Ranked> ranked = AppearanceStats.rank(
                AppearanceStats.compute(FACTS, Q3, Unit.CASE, Scope.ALL, Grouping.AGENCY),
                AppearanceStats.compute(FACTS, Q3.previous(), Unit.CASE, Scope.ALL, Grouping.AGENCY));
        // A and B both 100.00: they share rank 1 (issue 10, domain.md §10), C is third
        assertThat(ranked).extracting(r -> r.now().group(), AppearanceStats.Ranked::rank, AppearanceStats.Ranked::change)
                .containsExactly(tuple("A", 1, null), tuple("B", 1, null), tuple("C", 3, d("0.00")));
    }

    @Test
    void periods() {
        assertThat(Period.parse("2025Q1").previous()).isEqualTo(Period.parse("2024Q4"));
        assertThat(Period.parse("2025Q3").to()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(Period.parse("2025").chinese()).isEqualTo("2025年");
        assertThat(Period.parse("2025Q3").chinese()).isEqualTo("2025年第三季度");
        assertThat(Rates.percent(2, 3)).isEqualByComparingTo("66.67");
        assertThat(Rates.percent(1, 8)).isEqualTo(d("12.50"));
        assertThat(Rates.percent(1, 0)).isNull();
    }

    @Test
    void unitsOfSeveralPeriodsAtOnceAreEachPeriodsOwn() {
        List<Period> periods = List.of(Period.parse("2025"), Period.parse("2025Q3"), Period.parse("2025Q4"), Period.parse("2024"));
        for (Unit unit : Unit.values()) {
            for (Scope scope : Scope.values()) {
                List<List<Counted>> all = AppearanceStats.units(FACTS, periods, unit, scope);
                for (int i = 0; i < periods.size(); i++) {
                    assertThat(all.get(i)).as("%s %s %s", periods.get(i), unit, scope)
                            .isEqualTo(AppearanceStats.units(FACTS, periods.get(i), unit, scope));
                }
            }
        }
        assertThat(AppearanceStats.units(FACTS, periods, Unit.CASE, Scope.ALL).get(1)).hasSize(4);
    }
}
