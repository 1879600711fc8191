package cn.fuyuan.desk.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.caseload.CaseloadStats.By;
import cn.fuyuan.desk.caseload.CaseloadStats.Fact;
import cn.fuyuan.desk.caseload.CaseloadStats.Figures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 新收, 旧存, 审结, 未结, 结案率 worked by hand (domain.md §8). */
class CaseloadStatsTest {
    static LocalDate d(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    static Fact f(String court, String field, ActType act, String type, String filed, String closed) {
        return new Fact(court, "本院".equals(court) ? "临河区" : "五原县", field, act, type, d(filed), d(closed));
    }

    /*
     * 2025 by hand:
     *  1 filed 2023-05, closed 2024-02        → closed before 2025: not counted
     *  2 filed 2024-03, closed 2025-03        → carried over, closed
     *  3 filed 2024-11, open                  → carried over, pending
     *  4 filed 2024-12, closed 2026-01        → carried over, closed in a later year: pending in 2025
     *  5 filed 2025-02, closed 2025-06        → received, closed
     *  6 filed 2025-07, open                  → received, pending
     *  7 filed 2025-09, closed 2025-12 (行终)  → received, closed
     *  8 no filing date, closed 2025-04       → left out
     *  9 filed 2026-01                        → not counted
     * received 3, carriedOver 3, closed 3 (2, 5, 7), pending 3, 结案率 3 ÷ 6 = 50.00, left out 1
     */
    static final List<Fact> FACTS = List.of(
            f("本院", "公安", ActType.PENALTY, "行初", "2023-05-01", "2024-02-01"),
            f("本院", "公安", ActType.PENALTY, "行初", "2024-03-01", "2025-03-01"),
            f("临河区人民法院", "住建", ActType.EXPROPRIATION, "行初", "2024-11-01", null),
            f("本院", "住建", ActType.EXPROPRIATION, "行初", "2024-12-01", "2026-01-10"),
            f("临河区人民法院", "公安", ActType.PENALTY, "行初", "2025-02-01", "2025-06-01"),
            f("本院", null, null, "行初", "2025-07-01", null),
            f("本院", "公安", ActType.COERCION, "行终", "2025-09-01", "2025-12-01"),
            f("本院", "公安", ActType.PENALTY, "行初", null, "2025-04-01"),
            f("本院", "公安", ActType.PENALTY, "行初", "2026-01-05", null));

    @Test
    void overallWorkedByHand() {
        assertThat(CaseloadStats.compute(FACTS, 2025, By.OVERALL))
                .containsExactly(new Figures("全部", 3, 3, 3, 3, new BigDecimal("50.00"), 1));
    }

    @Test
    void previousYearAndTheChange() {
        // 2024: 1 carried over and closed; 2, 3, 4 received, none closed → received 3, carried 1, closed 1, pending 3, 1 ÷ 4 = 25.00
        assertThat(CaseloadStats.compute(FACTS, 2024, By.OVERALL))
                .containsExactly(new Figures("全部", 3, 1, 1, 3, new BigDecimal("25.00"), 0));
        CaseloadStats.Compared c = CaseloadStats.compare(FACTS, 2025, By.OVERALL).get(0);
        assertThat(c.receivedChange()).isZero();
        assertThat(c.closedChange()).isEqualTo(2);
        assertThat(c.pendingChange()).isZero();
        assertThat(c.closingRateChange()).isEqualByComparingTo("25.00");
    }

    @Test
    void byCourtFieldActTypeAndInstance() {
        assertThat(CaseloadStats.compute(FACTS, 2025, By.COURT)).containsExactly(
                new Figures("本院", 2, 2, 2, 2, new BigDecimal("50.00"), 1),
                new Figures("临河区人民法院", 1, 1, 1, 1, new BigDecimal("50.00"), 0));
        // 公安: 2, 5, 7 (and 8 left out); 住建: 3, 4; 未填: 6
        assertThat(CaseloadStats.compute(FACTS, 2025, By.FIELD)).containsExactly(
                new Figures("公安", 2, 1, 3, 0, new BigDecimal("100.00"), 1),
                new Figures("住建", 0, 2, 0, 2, new BigDecimal("0.00"), 0),
                new Figures("未填", 1, 0, 0, 1, new BigDecimal("0.00"), 0));
        assertThat(CaseloadStats.compute(FACTS, 2025, By.ACT)).containsExactly(
                new Figures("征收补偿", 0, 2, 0, 2, new BigDecimal("0.00"), 0),
                new Figures("行政处罚", 1, 1, 2, 0, new BigDecimal("100.00"), 1),
                new Figures("未填", 1, 0, 0, 1, new BigDecimal("0.00"), 0),
                new Figures("行政强制", 1, 0, 1, 0, new BigDecimal("100.00"), 0));
        assertThat(CaseloadStats.compute(FACTS, 2025, By.TYPE)).containsExactly(
                new Figures("行初", 2, 3, 2, 3, new BigDecimal("40.00"), 1),
                new Figures("行终", 1, 0, 1, 0, new BigDecimal("100.00"), 0));
        assertThat(CaseloadStats.compute(FACTS, 2025, By.REGION)).extracting(Figures::group).containsExactly("临河区", "五原县");
        assertThat(CaseloadStats.compute(FACTS, 2025, By.INSTANCE)).extracting(Figures::group).containsExactly("一审", "二审");
    }

    @Test
    void emptyYearHasOneOverallRowWithAnEmptyRate() {
        assertThat(CaseloadStats.compute(FACTS, 2010, By.OVERALL)).containsExactly(new Figures("全部", 0, 0, 0, 0, null, 0));
        assertThat(CaseloadStats.compute(List.of(), 2025, By.FIELD)).isEmpty();
    }

    @Test
    void trendOfFiveYearsOldestFirst() {
        List<Figures> t = CaseloadStats.trend(FACTS, 2025, 5);
        assertThat(t).extracting(Figures::group).containsExactly("2021", "2022", "2023", "2024", "2025");
        assertThat(t.get(2).received()).isEqualTo(1);
        assertThat(t.get(4).closed()).isEqualTo(3);
    }

    @Test
    void groupedFactsOnTheFirstDayOfTheirYearsGiveTheFiguresOfTheCases() {
        // what CaseloadQueries reads: the cases grouped by year filed and year closed, with their number
        List<Fact> cases = new java.util.ArrayList<>(FACTS);
        cases.addAll(FACTS);
        cases.add(f("本院", "公安", ActType.PENALTY, "行初", "2024-06-30", "2025-01-02")); // a group with case 2
        java.util.Map<List<Object>, Integer> groups = new java.util.LinkedHashMap<>();
        for (Fact f : cases) {
            groups.merge(java.util.Arrays.asList(f.court(), f.region(), f.field(), f.act(), f.type(),
                    f.filed() == null ? null : CaseloadStats.yearOf(Integer.toString(f.filed().getYear())),
                    f.closed() == null ? null : CaseloadStats.yearOf(Integer.toString(f.closed().getYear()))), 1, Integer::sum);
        }
        List<Fact> grouped = groups.entrySet().stream().map(e -> {
            List<Object> k = e.getKey();
            return new Fact((String) k.get(0), (String) k.get(1), (String) k.get(2), (ActType) k.get(3), (String) k.get(4),
                    (LocalDate) k.get(5), (LocalDate) k.get(6), e.getValue());
        }).toList();
        assertThat(grouped).hasSize(FACTS.size());
        for (int year = 2023; year <= 2026; year++) {
            for (By by : By.values()) {
                assertThat(CaseloadStats.compute(grouped, year, by)).as("%d by %s", year, by)
                        .isEqualTo(CaseloadStats.compute(cases, year, by));
            }
        }
        assertThat(CaseloadStats.compute(grouped, 2025, By.OVERALL).get(0))
                .isEqualTo(new Figures("全部", 6, 7, 7, 6, new BigDecimal("53.85"), 2));
    }
}
