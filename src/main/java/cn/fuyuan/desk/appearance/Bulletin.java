package cn.fuyuan.desk.appearance;

import cn.fuyuan.desk.caseload.Rates;
import cn.fuyuan.desk.appearance.AppearanceStats.Figures;
import cn.fuyuan.desk.appearance.AppearanceStats.Ranked;
import cn.fuyuan.desk.settings.SettingKey;
import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.store.Database;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The content of the quarterly bulletin 《××季度行政机关负责人出庭应诉情况通报》: overall figures now and in the
 * previous period, rankings by region and by agency, the agencies with no appearance, and a narrative paragraph
 * generated from the figures (the user may edit it before printing). Built from {@link AppearanceStats} only.
 */
public record Bulletin(Period period, AppearanceStats.Unit unit, AppearanceStats.Scope scope, Figures overall, Figures previousOverall,
                       List<Ranked> byRegion, List<Ranked> byAgency, List<String> withoutAppearance, String narrative,
                       int agencyLimit, String recipient, String basis) {

    /**
     * Computes the bulletin for a period from the facts (which must reach back to the previous period); every agency is
     * printed in the ranking.
     */
    public static Bulletin of(List<AppearanceStats.Fact> facts, Period p, AppearanceStats.Unit unit, AppearanceStats.Scope scope) {
        Period prev = p.previous();
        List<AppearanceStats.Counted> now = AppearanceStats.units(facts, p, unit, scope);
        List<AppearanceStats.Counted> then = AppearanceStats.units(facts, prev, unit, scope);
        Figures overall = AppearanceStats.group(now, Grouping.OVERALL).get(0);
        Figures before = AppearanceStats.group(then, Grouping.OVERALL).get(0);
        List<Ranked> regions = AppearanceStats.rank(AppearanceStats.group(now, Grouping.REGION), AppearanceStats.group(then, Grouping.REGION));
        List<Figures> agencyNow = AppearanceStats.group(now, Grouping.AGENCY);
        List<Ranked> agencies = AppearanceStats.rank(agencyNow, AppearanceStats.group(then, Grouping.AGENCY));
        List<String> none = AppearanceStats.withoutAppearance(agencyNow);
        Bulletin b = new Bulletin(p, unit, scope, overall, before, regions, agencies, none, "", 0,
                SettingKey.APPEARANCE_BULLETIN_RECIPIENT.defaultValue(), SettingKey.APPEARANCE_BULLETIN_BASIS.defaultValue());
        return b.withNarrative(b.generatedNarrative());
    }

    /**
     * From the store, with hearings up to the period's end (not later than today); the agency ranking is printed in
     * full or as its first and last {@code appearance.bulletinAgencyRows} agencies (setting; 0 = all).
     */
    public static Bulletin of(Database db, Period p, AppearanceStats.Unit unit, AppearanceStats.Scope scope) {
        SettingsRepository settings = new SettingsRepository(db);
        int limit = settings.getInt(SettingKey.APPEARANCE_BULLETIN_AGENCY_ROWS);
        return of(StatsData.appearanceFacts(db.dsl(), StatsData.upTo(p)), p, unit, scope).withAgencyLimit(limit)
                .addressed(settings.get(SettingKey.APPEARANCE_BULLETIN_RECIPIENT), settings.get(SettingKey.APPEARANCE_BULLETIN_BASIS));
    }

    public Bulletin withNarrative(String text) {
        return new Bulletin(period, unit, scope, overall, previousOverall, byRegion, byAgency, withoutAppearance, text, agencyLimit,
                recipient, basis);
    }

    /** The same bulletin with its 主送 line and the rules it rests on (settings; blank = none). */
    public Bulletin addressed(String recipient, String basis) {
        return new Bulletin(period, unit, scope, overall, previousOverall, byRegion, byAgency, withoutAppearance, narrative, agencyLimit,
                recipient, basis);
    }

    /** Prints only the first and the last {@code n} agencies of the ranking when it has more than 2n (0: all of them). */
    public Bulletin withAgencyLimit(int n) {
        return new Bulletin(period, unit, scope, overall, previousOverall, byRegion, byAgency, withoutAppearance, narrative, n,
                recipient, basis);
    }

    /** The agency rows printed: all of them, or the first and last {@link #agencyLimit()} with the number left out between. */
    public List<Ranked> printedAgencies() {
        return agencyLimit <= 0 || byAgency.size() <= 2 * agencyLimit ? byAgency
                : java.util.stream.Stream.concat(byAgency.subList(0, agencyLimit).stream(),
                        byAgency.subList(byAgency.size() - agencyLimit, byAgency.size()).stream()).toList();
    }

    public String title() {
        return period.chinese() + "行政机关负责人出庭应诉情况通报";
    }

    /** 件 (per case) or 次 (per hearing). */
    public String unitWord() {
        return unit == AppearanceStats.Unit.CASE ? "件" : "次";
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
        BigDecimal change = Rates.change(overall.appearanceRate(), previousOverall.appearanceRate());
        if (change != null) {
            s.append("，较").append(prevName).append(change.signum() > 0 ? "上升" : change.signum() < 0 ? "下降" : "持平");
            if (change.signum() != 0) {
                s.append(change.abs().toPlainString()).append("个百分点");
            }
        }
        s.append("；负责人出庭且发言").append(overall.spoke()).append(u).append("，出声率").append(Rates.show(overall.spokeRate()));
        s.append("；正职负责人出庭").append(overall.principal()).append(u).append("，正职出庭率").append(Rates.show(overall.principalRate())).append("。");
        List<Ranked> rated = byRegion.stream().filter(r -> r.now().appearanceRate() != null).toList();
        if (rated.size() >= 2) {
            Ranked top = rated.get(0);
            Ranked last = rated.get(rated.size() - 1);
            s.append("分地区看，").append(top.now().group()).append("出庭率最高（").append(Rates.show(top.now().appearanceRate()))
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
