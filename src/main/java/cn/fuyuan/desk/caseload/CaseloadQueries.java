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

/** Reads the facts {@link CaseloadStats} needs from the store: one row per case. */
public final class CaseloadQueries {
    private CaseloadQueries() {
    }

    /** Every case; the court of a case heard by the office's own court is the setting office.courtName (or 本院). */
    public static List<CaseloadStats.Fact> facts(Database db) {
        String own = new SettingsRepository(db).get(SettingKey.COURT_NAME);
        String ownCourt = own == null || own.isBlank() ? "本院" : own;
        // the first defendant (sort_order 0) gives the case's region: one join, not a subquery per case
        var d = CASE_DEFENDANT.as("first_defendant");
        var a = AGENCY.as("first_agency");
        var rg = REGION.as("first_region");
        return db.dsl().select(COURT.NAME, rg.NAME, WORK_FIELD.NAME, ADMIN_CASE.ACT_TYPE, ADMIN_CASE.CASE_TYPE, ADMIN_CASE.FILING_DATE,
                        ADMIN_CASE.CLOSING_DATE)
                .from(ADMIN_CASE)
                .leftJoin(COURT).on(COURT.ID.eq(ADMIN_CASE.COURT_ID))
                .leftJoin(WORK_FIELD).on(WORK_FIELD.ID.eq(ADMIN_CASE.FIELD_ID))
                .leftJoin(d).on(d.CASE_ID.eq(ADMIN_CASE.ID).and(d.SORT_ORDER.eq(0)))
                .leftJoin(a).on(a.ID.eq(d.AGENCY_ID))
                .leftJoin(rg).on(rg.ID.eq(a.REGION_ID))
                .fetch(r -> new CaseloadStats.Fact(r.value1() == null ? ownCourt : r.value1(), r.value2(), r.value3(),
                        r.value4() == null ? null : ActType.valueOf(r.value4()), r.value5(), CaseRepository.date(r.value6()),
                        CaseRepository.date(r.value7())));
    }

    public static List<CaseloadStats.Figures> figures(Database db, int year, CaseloadStats.By by) {
        return CaseloadStats.compute(facts(db), year, by);
    }
}
