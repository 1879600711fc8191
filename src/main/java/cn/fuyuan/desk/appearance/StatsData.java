package cn.fuyuan.desk.appearance;

import static cn.fuyuan.desk.store.jooq.Tables.ADMIN_CASE;
import static cn.fuyuan.desk.store.jooq.Tables.AGENCY;
import static cn.fuyuan.desk.store.jooq.Tables.CASE_DEFENDANT;
import static cn.fuyuan.desk.store.jooq.Tables.HEARING;
import static cn.fuyuan.desk.store.jooq.Tables.HEARING_APPEARANCE;
import static cn.fuyuan.desk.store.jooq.Tables.REGION;
import static cn.fuyuan.desk.store.jooq.Tables.WORK_FIELD;

import cn.fuyuan.desk.agency.AgencyLevel;
import cn.fuyuan.desk.caseload.CaseResult;
import cn.fuyuan.desk.settings.SettingKey;
import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.store.Database;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/** Reads the raw facts the statistics need from the store, and the settings that say how to count. */
public final class StatsData {

    /** How the office counts (settings groups appearance and loss). */
    public record Settings(AppearanceStats.Unit unit, AppearanceStats.Scope scope, boolean includeCompensation,
                           LossStats.Denominator denominator) {
        public static Settings of(Database db) {
            SettingsRepository s = new SettingsRepository(db);
            return new Settings(AppearanceStats.Unit.valueOf(s.get(SettingKey.APPEARANCE_UNIT)),
                    AppearanceStats.Scope.valueOf(s.get(SettingKey.APPEARANCE_SCOPE)),
                    Boolean.parseBoolean(s.get(SettingKey.LOSS_INCLUDE_COMPENSATION)),
                    LossStats.Denominator.valueOf(s.get(SettingKey.LOSS_DENOMINATOR)));
        }
    }

    private StatsData() {
    }

    /** Every hearing × defendant row with a hearing on or before {@code upTo} (enough to know each unit's first hearing). */
    public static List<AppearanceStats.Fact> appearanceFacts(DSLContext ctx, LocalDate upTo) {
        return ctx.select(ADMIN_CASE.CASE_NUMBER, AGENCY.ID, AGENCY.NAME, REGION.NAME, WORK_FIELD.NAME, HEARING.HEARING_DATE,
                        HEARING_APPEARANCE.NOTICE_SERVED_DATE, HEARING_APPEARANCE.HEAD_APPEARED, HEARING_APPEARANCE.HEAD_RANK,
                        HEARING_APPEARANCE.SPOKE)
                .from(HEARING_APPEARANCE)
                .join(HEARING).on(HEARING.ID.eq(HEARING_APPEARANCE.HEARING_ID))
                .join(ADMIN_CASE).on(ADMIN_CASE.ID.eq(HEARING.CASE_ID))
                .join(AGENCY).on(AGENCY.ID.eq(HEARING_APPEARANCE.AGENCY_ID))
                .leftJoin(REGION).on(REGION.ID.eq(AGENCY.REGION_ID))
                .leftJoin(WORK_FIELD).on(WORK_FIELD.ID.eq(AGENCY.FIELD_ID))
                .where(HEARING.HEARING_DATE.le(upTo))
                .fetch(r -> {
                    boolean appeared = Integer.valueOf(1).equals(r.value8()) && r.value9() != null;
                    return new AppearanceStats.Fact(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                            r.value6(), r.value7() != null, appeared,
                            appeared && r.value10() == 1, appeared && "PRINCIPAL".equals(r.value9()));
                });
    }

    /** Each agency's 层级 by its id (the bulletin's 市直 and 旗县区 parts). */
    public static Map<Integer, AgencyLevel> agencyLevels(DSLContext ctx) {
        Map<Integer, AgencyLevel> out = new HashMap<>();
        ctx.select(AGENCY.ID, AGENCY.ADMIN_LEVEL).from(AGENCY).fetch().forEach(r -> out.put(r.value1(), AgencyLevel.valueOf(r.value2())));
        return out;
    }

    /** Every defendant of every case closed in the year. */
    public static List<LossStats.Fact> lossFacts(DSLContext ctx, int year) {
        return ctx.select(ADMIN_CASE.CASE_NUMBER, ADMIN_CASE.CASE_TYPE, AGENCY.ID, AGENCY.NAME, REGION.NAME, WORK_FIELD.NAME,
                        ADMIN_CASE.CLOSING_DATE, ADMIN_CASE.RESULT)
                .from(CASE_DEFENDANT)
                .join(ADMIN_CASE).on(ADMIN_CASE.ID.eq(CASE_DEFENDANT.CASE_ID))
                .join(AGENCY).on(AGENCY.ID.eq(CASE_DEFENDANT.AGENCY_ID))
                .leftJoin(REGION).on(REGION.ID.eq(AGENCY.REGION_ID))
                .leftJoin(WORK_FIELD).on(WORK_FIELD.ID.eq(AGENCY.FIELD_ID))
                .where(ADMIN_CASE.CLOSING_DATE.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .fetch(r -> new LossStats.Fact(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8() == null ? null : CaseResult.valueOf(r.value8())));
    }

    /** Appearance figures for a period with the given counting rules. */
    public static List<AppearanceStats.Figures> appearance(Database db, Period p, AppearanceStats.Unit unit,
                                                           AppearanceStats.Scope scope, Grouping by) {
        return AppearanceStats.compute(appearanceFacts(db.dsl(), upTo(p)), p, unit, scope, by);
    }

    /**
     * A statistics table: its rows by group and its total row, both counted by the same function from the same facts
     * (the total is not the sum of the rows: a case with two defendants in two regions is one unit of each region and
     * two units overall, as the rates' definitions say — the function decides, not the screen).
     */
    public record Table<F>(List<F> rows, F total) {
    }

    /** Appearance figures by group with their total (the same units grouped {@link Grouping#OVERALL}). */
    public static Table<AppearanceStats.Figures> appearanceTable(Database db, Period p, AppearanceStats.Unit unit,
                                                                 AppearanceStats.Scope scope, Grouping by) {
        List<AppearanceStats.Counted> units = AppearanceStats.units(appearanceFacts(db.dsl(), upTo(p)), p, unit, scope);
        return new Table<>(AppearanceStats.group(units, by), AppearanceStats.group(units, Grouping.OVERALL).get(0));
    }

    /** Loss figures by group with their total (the same facts computed {@link Grouping#OVERALL}). */
    public static Table<LossStats.Figures> lossTable(Database db, int year, boolean includeCompensation, LossStats.Denominator d,
                                                     Grouping by) {
        List<LossStats.Fact> facts = lossFacts(db.dsl(), year);
        return new Table<>(LossStats.compute(facts, year, includeCompensation, d, by),
                LossStats.compute(facts, year, includeCompensation, d, Grouping.OVERALL).get(0));
    }

    /** The last day whose hearings count for a period: its end, or today while it lasts (hearings not held yet are not counted). */
    public static LocalDate upTo(Period p) {
        return p.to().isAfter(LocalDate.now()) ? LocalDate.now() : p.to();
    }

    public static List<LossStats.Figures> loss(Database db, int year, boolean includeCompensation, LossStats.Denominator d, Grouping by) {
        return LossStats.compute(lossFacts(db.dsl(), year), year, includeCompensation, d, by);
    }
}
