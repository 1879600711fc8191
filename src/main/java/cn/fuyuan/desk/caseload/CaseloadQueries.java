package cn.fuyuan.desk.caseload;

import static cn.fuyuan.desk.store.jooq.Tables.ADMIN_CASE;
import static cn.fuyuan.desk.store.jooq.Tables.AGENCY;
import static cn.fuyuan.desk.store.jooq.Tables.CASE_DEFENDANT;
import static cn.fuyuan.desk.store.jooq.Tables.REGION;
import static cn.fuyuan.desk.store.jooq.Tables.COURT;
import static cn.fuyuan.desk.store.jooq.Tables.WORK_FIELD;

import cn.fuyuan.desk.settings.SettingKey;
import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.store.Database;
import java.util.List;
import org.jooq.Field;
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
        String own = new SettingsRepository(db).get(SettingKey.COURT_NAME);
        String ownCourt = own == null || own.isBlank() ? "本院" : own;
        // the first defendant (sort_order 0) gives the case's region: one join, not a subquery per case
        var d = CASE_DEFENDANT.as("first_defendant");
        var a = AGENCY.as("first_agency");
        var rg = REGION.as("first_region");
        Field<String> filed = DSL.substring(ADMIN_CASE.FILING_DATE.coerce(String.class), 1, 4);
        Field<String> closed = DSL.substring(ADMIN_CASE.CLOSING_DATE.coerce(String.class), 1, 4);
        return db.dsl().select(COURT.NAME, rg.NAME, WORK_FIELD.NAME, ADMIN_CASE.ACT_TYPE, ADMIN_CASE.CASE_TYPE, filed, closed, DSL.count())
                .from(ADMIN_CASE)
                .leftJoin(COURT).on(COURT.ID.eq(ADMIN_CASE.COURT_ID))
                .leftJoin(WORK_FIELD).on(WORK_FIELD.ID.eq(ADMIN_CASE.FIELD_ID))
                .leftJoin(d).on(d.CASE_ID.eq(ADMIN_CASE.ID).and(d.SORT_ORDER.eq(0)))
                .leftJoin(a).on(a.ID.eq(d.AGENCY_ID))
                .leftJoin(rg).on(rg.ID.eq(a.REGION_ID))
                .groupBy(COURT.NAME, rg.NAME, WORK_FIELD.NAME, ADMIN_CASE.ACT_TYPE, ADMIN_CASE.CASE_TYPE, filed, closed)
                .fetch(r -> new CaseloadStats.Fact(r.value1() == null ? ownCourt : r.value1(), r.value2(), r.value3(),
                        r.value4() == null ? null : ActType.valueOf(r.value4()), r.value5(), CaseloadStats.yearOf(r.value6()),
                        CaseloadStats.yearOf(r.value7()), r.value8()));
    }

    public static List<CaseloadStats.Figures> figures(Database db, int year, CaseloadStats.By by) {
        return CaseloadStats.compute(facts(db), year, by);
    }
}
