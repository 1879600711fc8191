package cn.fuyuan.desk.caseload;

import static cn.fuyuan.desk.store.jooq.Tables.ADMIN_CASE;
import static cn.fuyuan.desk.store.jooq.Tables.AGENCY;
import static cn.fuyuan.desk.store.jooq.Tables.CASE_DEFENDANT;
import static cn.fuyuan.desk.store.jooq.Tables.COURT;
import static cn.fuyuan.desk.store.jooq.Tables.REGION;
import static cn.fuyuan.desk.store.jooq.Tables.WORK_FIELD;

import cn.fuyuan.desk.settings.SettingKey;
import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.store.Database;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** Reads the facts {@link CaseloadStats} needs from the store: one row per case. */
public final class CaseloadQueries {
    private CaseloadQueries() {
    }

    /**
     * The cases as {@link CaseloadStats.Fact}s, grouped in SQL by what the figures look at — court, region, field, type
     * of act, type code, year filed, year closed — with the number of cases in each group (a few thousand rows for a
     * register of 64,500 cases instead of one row per case; the figures of a year are the same). The court of a case
     * heard by the office's own court is the setting office.courtName (or 本院).
     */
    public static List<CaseloadStats.Fact> facts(Database db) {
        return facts(db, DSL.noCondition());
    }

    /**
     * {@link #facts(Database)} without the cases that count in none of the years {@code from} to {@code to}: filed
     * after {@code to}, filed and closed before {@code from}, or without a filing date and closed outside the years
     * (the figures of those years are the same; the white paper asks for five).
     */
    public static List<CaseloadStats.Fact> facts(Database db, int from, int to) {
        LocalDate start = LocalDate.of(from, 1, 1);
        LocalDate end = LocalDate.of(to, 12, 31);
        Field<LocalDate> filed = ADMIN_CASE.FILING_DATE;
        Field<LocalDate> closed = ADMIN_CASE.CLOSING_DATE;
        Condition undated = filed.isNull().and(closed.isNull().or(closed.between(start, end)));
        Condition dated = filed.isNotNull().and(filed.le(end)).and(DSL.not(filed.lt(start).and(closed.isNotNull()).and(closed.lt(start))));
        return facts(db, undated.or(dated));
    }

    private static List<CaseloadStats.Fact> facts(Database db, Condition which) {
        String own = new SettingsRepository(db).get(SettingKey.COURT_NAME);
        String ownCourt = own == null || own.isBlank() ? "本院" : own;
        Map<Integer, String> courts = names(db, COURT, COURT.ID, COURT.NAME);
        Map<Integer, String> regions = names(db, REGION, REGION.ID, REGION.NAME);
        Map<Integer, String> fields = names(db, WORK_FIELD, WORK_FIELD.ID, WORK_FIELD.NAME);
        // the first defendant (sort_order 0) gives the case's region: one join, not a subquery per case; grouped by the
        // ids (cheaper to sort than the names, which come from the small tables)
        var d = CASE_DEFENDANT.as("first_defendant");
        var a = AGENCY.as("first_agency");
        Field<String> filedYear = DSL.substring(ADMIN_CASE.FILING_DATE.coerce(String.class), 1, 4);
        Field<String> closedYear = DSL.substring(ADMIN_CASE.CLOSING_DATE.coerce(String.class), 1, 4);
        return db.dsl().select(ADMIN_CASE.COURT_ID, a.REGION_ID, ADMIN_CASE.FIELD_ID, ADMIN_CASE.ACT_TYPE, ADMIN_CASE.CASE_TYPE, filedYear,
                        closedYear, DSL.count())
                .from(ADMIN_CASE)
                .leftJoin(d).on(d.CASE_ID.eq(ADMIN_CASE.ID).and(d.SORT_ORDER.eq(0)))
                .leftJoin(a).on(a.ID.eq(d.AGENCY_ID))
                .where(which)
                .groupBy(ADMIN_CASE.COURT_ID, a.REGION_ID, ADMIN_CASE.FIELD_ID, ADMIN_CASE.ACT_TYPE, ADMIN_CASE.CASE_TYPE, filedYear, closedYear)
                .fetch(r -> new CaseloadStats.Fact(r.value1() == null ? ownCourt : courts.get(r.value1()), regions.get(r.value2()),
                        fields.get(r.value3()), r.value4() == null ? null : ActType.valueOf(r.value4()), r.value5(),
                        CaseloadStats.yearOf(r.value6()), CaseloadStats.yearOf(r.value7()), r.value8()));
    }

    private static Map<Integer, String> names(Database db, Table<?> table, Field<Integer> id, Field<String> name) {
        Map<Integer, String> out = new HashMap<>();
        db.dsl().select(id, name).from(table).forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    public static List<CaseloadStats.Figures> figures(Database db, int year, CaseloadStats.By by) {
        return CaseloadStats.compute(facts(db), year, by);
    }
}
