package cn.fuyuan.desk.appearance;

import cn.fuyuan.desk.agency.AgencyLevel;
import cn.fuyuan.desk.caseload.CaseNumber;
import cn.fuyuan.desk.caseload.Rates;
import cn.fuyuan.desk.appearance.AppearanceStats.Figures;
import cn.fuyuan.desk.appearance.AppearanceStats.Ranked;
import cn.fuyuan.desk.settings.SettingKey;
import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.store.Database;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The content of the quarterly bulletin 《××季度行政机关负责人出庭应诉情况通报》 as published ones are (domain.md §10):
 * overall figures now and in the previous period; the quarter and the year to date side by side, all cases and
 * 一审 / 二审 apart, each against the same period of the year before; the 旗县区 ranked (their own agencies' units) and
 * the 市直 agencies ranked apart from the 旗县区 agencies, by 层级; the agencies with no appearance; and a narrative
 * generated from the figures (the user may edit it before printing). Every figure is {@link AppearanceStats}'.
 *
 * @param byRegion every region (市本级 too), for the narrative; {@code parts} has the printed rankings
 */
public record Bulletin(Period period, AppearanceStats.Unit unit, AppearanceStats.Scope scope, Figures overall, Figures previousOverall,
                       List<Ranked> byRegion, List<Ranked> byAgency, List<String> withoutAppearance, String narrative,
                       int agencyLimit, String recipient, String basis, Parts parts) {

    /** 全部, 一审 and 二审 (the lines of the overview table, in that order). */
    public enum Kind {
        ALL("全部"), FIRST("一审"), SECOND("二审");

        private final String zh;

        Kind(String zh) {
            this.zh = zh;
        }

        public String zh() {
            return zh;
        }
    }

    /**
     * One line of the overview: the quarter and the year to date, each with the same period of the year before.
     * For a whole-year bulletin the year is both.
     */
    public record Line(Kind kind, Figures quarter, Figures quarterYearBefore, Figures toDate, Figures toDateYearBefore) {
        /** The quarter's 出庭率 against the same quarter of the year before, in points (null when either has none). */
        public BigDecimal quarterChange() {
            return Rates.change(quarter.appearanceRate(), quarterYearBefore.appearanceRate());
        }

        /** The year to date's 出庭率 against the same months of the year before, in points. */
        public BigDecimal toDateChange() {
            return Rates.change(toDate.appearanceRate(), toDateYearBefore.appearanceRate());
        }
    }

    /**
     * The printed parts: the overview lines (全部, 一审, 二审); the 旗县区 ranked by the units of their own (not 市级)
     * agencies; the 市直 (市级) agencies and the 旗县区 agencies (县级, 乡镇) each ranked, against the previous period.
     */
    public record Parts(List<Line> overview, List<Ranked> counties, List<Ranked> cityAgencies, List<Ranked> countyAgencies) {
    }

    /**
     * Computes the bulletin for a period from the facts (which must reach back to the same period of the year before);
     * an agency whose 层级 {@code levels} does not have counts as a 旗县区 agency.
     */
    public static Bulletin of(List<AppearanceStats.Fact> facts, Map<Integer, AgencyLevel> levels, Period p, AppearanceStats.Unit unit,
                              AppearanceStats.Scope scope) {
        Period prev = p.previous();
        Period ytd = p.yearToDate();
        List<Period> periods = List.of(p, prev, p.yearBefore(), ytd, ytd.yearBefore());
        List<List<AppearanceStats.Counted>> all = AppearanceStats.units(facts, periods, unit, scope);
        List<AppearanceStats.Counted> now = all.get(0);
        List<AppearanceStats.Counted> then = all.get(1);
        Figures overall = AppearanceStats.group(now, Grouping.OVERALL).get(0);
        Figures before = AppearanceStats.group(then, Grouping.OVERALL).get(0);
        List<Ranked> regions = AppearanceStats.rank(AppearanceStats.group(now, Grouping.REGION), AppearanceStats.group(then, Grouping.REGION));
        List<Figures> agencyNow = AppearanceStats.group(now, Grouping.AGENCY);
        List<Ranked> agencies = AppearanceStats.rank(agencyNow, AppearanceStats.group(then, Grouping.AGENCY));
        List<String> none = AppearanceStats.withoutAppearance(agencyNow);

        Map<String, CaseNumber> numbers = new HashMap<>();
        Predicate<AppearanceStats.Fact> first = f -> instance(numbers, f.caseNumber()).map(CaseNumber::firstInstance).orElse(false);
        Predicate<AppearanceStats.Fact> second = f -> instance(numbers, f.caseNumber()).map(CaseNumber::secondInstance).orElse(false);
        List<Line> overview = List.of(line(Kind.ALL, all),
                line(Kind.FIRST, AppearanceStats.units(only(facts, first), periods, unit, scope)),
                line(Kind.SECOND, AppearanceStats.units(only(facts, second), periods, unit, scope)));
        Predicate<AppearanceStats.Fact> city = f -> levels.get(f.agencyId()) == AgencyLevel.CITY;
        List<List<AppearanceStats.Counted>> cityUnits = AppearanceStats.units(only(facts, city), List.of(p, prev), unit, scope);
        List<List<AppearanceStats.Counted>> countyUnits = AppearanceStats.units(only(facts, city.negate()), List.of(p, prev), unit, scope);
        Parts parts = new Parts(overview, ranking(countyUnits, Grouping.REGION), ranking(cityUnits, Grouping.AGENCY),
                ranking(countyUnits, Grouping.AGENCY));

        Bulletin b = new Bulletin(p, unit, scope, overall, before, regions, agencies, none, "", 0,
                SettingKey.APPEARANCE_BULLETIN_RECIPIENT.defaultValue(), SettingKey.APPEARANCE_BULLETIN_BASIS.defaultValue(), parts);
        return b.withNarrative(b.generatedNarrative());
    }

    /** As {@link #of(List, Map, Period, AppearanceStats.Unit, AppearanceStats.Scope)}, every agency a 旗县区 one. */
    public static Bulletin of(List<AppearanceStats.Fact> facts, Period p, AppearanceStats.Unit unit, AppearanceStats.Scope scope) {
        return of(facts, Map.of(), p, unit, scope);
    }

    private static Optional<CaseNumber> instance(Map<String, CaseNumber> parsed, String number) {
        return Optional.ofNullable(parsed.computeIfAbsent(number, n -> CaseNumber.parse(n).orElse(null)));
    }

    private static List<AppearanceStats.Fact> only(List<AppearanceStats.Fact> facts, Predicate<AppearanceStats.Fact> which) {
        return facts.stream().filter(which).toList();
    }

    /** A line from the units of (quarter, previous, quarter a year before, year to date, year to date a year before). */
    private static Line line(Kind kind, List<List<AppearanceStats.Counted>> units) {
        return new Line(kind, overallOf(units.get(0)), overallOf(units.get(2)), overallOf(units.get(3)), overallOf(units.get(4)));
    }

    private static Figures overallOf(List<AppearanceStats.Counted> units) {
        return AppearanceStats.group(units, Grouping.OVERALL).get(0);
    }

    /** The ranking of (now, previous) by {@code by}. */
    private static List<Ranked> ranking(List<List<AppearanceStats.Counted>> units, Grouping by) {
        return AppearanceStats.rank(AppearanceStats.group(units.get(0), by), AppearanceStats.group(units.get(1), by));
    }

    /**
     * From the store, with hearings up to the period's end (not later than today); the agency rankings are printed in
     * full or as their first and last {@code appearance.bulletinAgencyRows} agencies (setting; 0 = all).
     */
    public static Bulletin of(Database db, Period p, AppearanceStats.Unit unit, AppearanceStats.Scope scope) {
        SettingsRepository settings = new SettingsRepository(db);
        int limit = settings.getInt(SettingKey.APPEARANCE_BULLETIN_AGENCY_ROWS);
        return of(StatsData.appearanceFacts(db.dsl(), StatsData.upTo(p)), StatsData.agencyLevels(db.dsl()), p, unit, scope)
                .withAgencyLimit(limit)
                .addressed(settings.get(SettingKey.APPEARANCE_BULLETIN_RECIPIENT), settings.get(SettingKey.APPEARANCE_BULLETIN_BASIS));
    }

    public Bulletin withNarrative(String text) {
        return new Bulletin(period, unit, scope, overall, previousOverall, byRegion, byAgency, withoutAppearance, text, agencyLimit,
                recipient, basis, parts);
    }

    /** The same bulletin with its 主送 line and the rules it rests on (settings; blank = none). */
    public Bulletin addressed(String recipient, String basis) {
        return new Bulletin(period, unit, scope, overall, previousOverall, byRegion, byAgency, withoutAppearance, narrative, agencyLimit,
                recipient, basis, parts);
    }

    /** Prints only the first and the last {@code n} agencies of the ranking when it has more than 2n (0: all of them). */
    public Bulletin withAgencyLimit(int n) {
        return new Bulletin(period, unit, scope, overall, previousOverall, byRegion, byAgency, withoutAppearance, narrative, n,
                recipient, basis, parts);
    }

    /** The agency rows printed of all agencies ({@link #printed}). */
    public List<Ranked> printedAgencies() {
        return printed(byAgency);
    }

    /** The rows printed of a ranking: all of them, or the first and last {@link #agencyLimit()} (the rest left out between). */
    public List<Ranked> printed(List<Ranked> ranking) {
        return agencyLimit <= 0 || ranking.size() <= 2 * agencyLimit ? ranking
                : java.util.stream.Stream.concat(ranking.subList(0, agencyLimit).stream(),
                        ranking.subList(ranking.size() - agencyLimit, ranking.size()).stream()).toList();
    }

    public String title() {
        return period.chinese() + "行政机关负责人出庭应诉情况通报";
    }

    /** 件 (per case) or 次 (per hearing). */
    public String unitWord() {
        return unit == AppearanceStats.Unit.CASE ? "件" : "次";
    }

    /** "，较上季度上升1.50个百分点" / "，较上年同期持平"; nothing when there is nothing to compare with. */
    static String changeWords(BigDecimal change, String than) {
        if (change == null) {
            return "";
        }
        return "，较" + than + (change.signum() > 0 ? "上升" + change.abs().toPlainString() + "个百分点"
                : change.signum() < 0 ? "下降" + change.abs().toPlainString() + "个百分点" : "持平");
    }

    /** The paragraph the figures say; every number in it comes from the tables. */
    public String generatedNarrative() {
        String prevName = period.isYear() ? "上年" : "上季度";
        String u = unitWord();
        StringBuilder s = new StringBuilder();
        s.append(period.chinese()).append("，全市法院开庭审理的行政案件中，行政机关作为被告应当出庭应诉");
        s.append(unit == AppearanceStats.Unit.CASE ? "的案件（按每案每被告计）" : "的庭次（按每次开庭每被告计）");
        s.append("共").append(overall.units()).append(u);
        if (scope == AppearanceStats.Scope.NOTIFIED) {
            s.append("（仅统计已送达出庭通知的）");
        }
        if (overall.units() == 0) {
            return s.append("。本期无可统计的出庭应诉情况。").toString();
        }
        s.append("，行政机关负责人出庭应诉").append(overall.appeared()).append(u).append("，出庭率").append(Rates.show(overall.appearanceRate()));
        s.append(changeWords(Rates.change(overall.appearanceRate(), previousOverall.appearanceRate()), prevName));
        s.append("；负责人出庭且发言").append(overall.spoke()).append(u).append("，出声率").append(Rates.show(overall.spokeRate()));
        s.append("；正职负责人出庭").append(overall.principal()).append(u).append("，正职出庭率").append(Rates.show(overall.principalRate())).append("。");
        List<Line> lines = parts.overview();
        if (!period.isYear()) {
            Line all = lines.get(0);
            s.append("1—").append(period.quarter() * 3).append("月累计应出庭")
                    .append(all.toDate().units()).append(u).append("，负责人出庭").append(all.toDate().appeared()).append(u).append("，出庭率")
                    .append(Rates.show(all.toDate().appearanceRate())).append(changeWords(all.toDateChange(), "上年同期")).append("。");
        }
        List<String> instances = new ArrayList<>();
        for (Line l : lines.subList(1, lines.size())) {
            if (l.quarter().units() > 0) {
                instances.add(l.kind().zh() + "案件应出庭" + l.quarter().units() + u + "，出庭率" + Rates.show(l.quarter().appearanceRate())
                        + changeWords(l.quarterChange(), "上年同期"));
            }
        }
        if (!instances.isEmpty()) {
            s.append("本期").append(String.join("；", instances)).append("。");
        }
        List<Ranked> rated = parts.counties().stream().filter(r -> r.now().appearanceRate() != null).toList();
        if (rated.size() >= 2) {
            Ranked top = rated.get(0);
            Ranked last = rated.get(rated.size() - 1);
            s.append("各旗县区中，").append(top.now().group()).append("出庭率最高（").append(Rates.show(top.now().appearanceRate()))
                    .append("），").append(last.now().group()).append("最低（").append(Rates.show(last.now().appearanceRate())).append("）。");
        }
        if (!withoutAppearance.isEmpty()) {
            List<String> names = withoutAppearance.size() > 5 ? new ArrayList<>(withoutAppearance.subList(0, 5)) : withoutAppearance;
            s.append(String.join("、", names)).append(withoutAppearance.size() > 5 ? "等" : "").append(withoutAppearance.size())
                    .append("个机关本期负责人均未出庭应诉，请相关单位高度重视，切实履行出庭应诉职责。");
        } else {
            s.append("本期各被诉机关均有负责人出庭应诉。");
        }
        return s.toString();
    }
}
