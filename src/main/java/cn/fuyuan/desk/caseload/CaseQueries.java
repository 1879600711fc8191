package cn.fuyuan.desk.caseload;

import static cn.fuyuan.desk.store.jooq.Tables.ADMIN_CASE;
import static cn.fuyuan.desk.store.jooq.Tables.AGENCY;
import static cn.fuyuan.desk.store.jooq.Tables.CASE_DEFENDANT;
import static cn.fuyuan.desk.store.jooq.Tables.COURT;
import static cn.fuyuan.desk.store.jooq.Tables.HEARING;
import static cn.fuyuan.desk.store.jooq.Tables.HEARING_APPEARANCE;
import static cn.fuyuan.desk.store.jooq.Tables.REGION;
import static cn.fuyuan.desk.store.jooq.Tables.WORK_FIELD;

import cn.fuyuan.desk.store.Database;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Read-only lists for the screens: the case register, one hearing day's appearances, upcoming hearings. */
public final class CaseQueries {
    private final Database db;

    public CaseQueries(Database db) {
        this.db = db;
    }

    /** One line of the case register. Sets hold the defendants' names, regions and fields (for the filters). */
    public record CaseRow(int id, String caseNumber, int year, String courtName, String plaintiffs, String defendants,
                          Set<String> agencies, Set<String> regions, Set<String> fields, String cause, CaseResult result,
                          LocalDate filed, LocalDate closed, int hearings, LocalDate lastHearing, boolean headAbsent,
                          boolean noticeMissing) {
    }

    /**
     * One appearance at a hearing, with its case (the quick-entry grid and the upcoming list).
     *
     * @param courtName the court that heard the case; null for the office's own court
     */
    public record HearingRow(int caseId, String caseNumber, String courtName, int hearingId, LocalDate date, LocalTime time, String place,
                             Appearance appearance) {
    }

    /** Every case, newest first; the court of a case heard by the office's own court is {@code ownCourt}. */
    public List<CaseRow> cases(String ownCourt) {
        Field<String> agencyNames = DSL.field("(SELECT group_concat(a.name, '、') FROM case_defendant d JOIN agency a ON a.id = d.agency_id "
                + "WHERE d.case_id = admin_case.id ORDER BY d.sort_order)", String.class);
        Field<String> regions = DSL.field("(SELECT group_concat(coalesce(r.name, ''), '、') FROM case_defendant d JOIN agency a ON a.id = d.agency_id "
                + "LEFT JOIN region r ON r.id = a.region_id WHERE d.case_id = admin_case.id)", String.class);
        Field<String> fields = DSL.field("(SELECT group_concat(coalesce(f.name, ''), '、') FROM case_defendant d JOIN agency a ON a.id = d.agency_id "
                + "LEFT JOIN work_field f ON f.id = a.field_id WHERE d.case_id = admin_case.id)", String.class);
        Field<Integer> hearings = DSL.field("(SELECT count(*) FROM hearing h WHERE h.case_id = admin_case.id)", Integer.class);
        Field<LocalDate> last = DSL.field("(SELECT max(h.hearing_date) FROM hearing h WHERE h.case_id = admin_case.id)", HEARING.HEARING_DATE.getDataType());
        Field<Integer> absent = DSL.field("(SELECT count(*) FROM hearing h JOIN hearing_appearance x ON x.hearing_id = h.id "
                + "WHERE h.case_id = admin_case.id AND x.head_appeared = 0)", Integer.class);
        Field<Integer> missing = DSL.field("(SELECT count(*) FROM hearing h JOIN hearing_appearance x ON x.hearing_id = h.id "
                + "WHERE h.case_id = admin_case.id AND x.notice_required = 1 AND x.notice_served_date IS NULL)", Integer.class);
        // the register holds every case: the few court, agency, region and field names, the repeated parties, defendant
        // lists and causes, and the few thousand distinct dates are held once, not once a row
        Names names = new Names();
        return db.dsl().select(ADMIN_CASE.ID, ADMIN_CASE.CASE_NUMBER, ADMIN_CASE.CASE_YEAR, COURT.NAME, ADMIN_CASE.PLAINTIFFS,
                        agencyNames, regions, fields, ADMIN_CASE.CAUSE, ADMIN_CASE.RESULT, ADMIN_CASE.FILING_DATE, ADMIN_CASE.CLOSING_DATE,
                        hearings, last, absent, missing)
                .from(ADMIN_CASE).leftJoin(COURT).on(COURT.ID.eq(ADMIN_CASE.COURT_ID))
                .orderBy(ADMIN_CASE.CASE_YEAR.desc(), ADMIN_CASE.COURT_CODE, ADMIN_CASE.CASE_TYPE, ADMIN_CASE.CASE_SEQ.desc())
                .fetch(r -> new CaseRow(r.value1(), r.value2(), r.value3(), names.of(r.value4() == null ? ownCourt : r.value4()), names.of(r.value5()),
                        r.value6() == null ? "" : names.of(r.value6()), names.split(r.value6()), names.split(r.value7()), names.split(r.value8()),
                        names.of(r.value9()), r.value10() == null ? null : CaseResult.valueOf(r.value10()), names.date(r.value11()),
                        names.date(r.value12()), r.value13(), names.date(r.value14()), r.value15() > 0, r.value16() > 0));
    }

    /**
     * One instance of each name for a load of the register, and each row's names as a compact immutable set
     * (at 64,500 cases, a HashSet per row and column and a String per name and row were ~60 MB of the heap).
     */
    private static final class Names {
        private final java.util.HashMap<String, String> seen = new java.util.HashMap<>();
        private final java.util.HashMap<LocalDate, LocalDate> dates = new java.util.HashMap<>();

        /** One instance of each date (three a row: 240,000 at 64,500 cases, of some 3,000 distinct days). */
        LocalDate date(LocalDate d) {
            return d == null ? null : dates.computeIfAbsent(d, x -> x);
        }

        String of(String name) {
            return name == null ? null : seen.computeIfAbsent(name, n -> n);
        }

        Set<String> split(String s) {
            return s == null || s.isEmpty() ? Set.of()
                    : Set.copyOf(Arrays.stream(s.split("、")).filter(x -> !x.isEmpty()).map(this::of).collect(Collectors.toSet()));
        }
    }

    /** The appearances at hearings from {@code from} to {@code to} (inclusive), by date, time and case. */
    public List<HearingRow> hearings(LocalDate from, LocalDate to) {
        return db.dsl().select(HEARING_APPEARANCE.fields()).select(AGENCY.NAME, ADMIN_CASE.ID, ADMIN_CASE.CASE_NUMBER, COURT.NAME,
                        HEARING.HEARING_DATE, HEARING.HEARING_TIME, HEARING.PLACE)
                .from(HEARING_APPEARANCE).join(HEARING).on(HEARING.ID.eq(HEARING_APPEARANCE.HEARING_ID))
                .join(ADMIN_CASE).on(ADMIN_CASE.ID.eq(HEARING.CASE_ID))
                .join(AGENCY).on(AGENCY.ID.eq(HEARING_APPEARANCE.AGENCY_ID))
                .leftJoin(COURT).on(COURT.ID.eq(ADMIN_CASE.COURT_ID))
                .where(HEARING.HEARING_DATE.between(from, to))
                .orderBy(HEARING.HEARING_DATE, HEARING.HEARING_TIME, ADMIN_CASE.CASE_NUMBER, HEARING_APPEARANCE.ID)
                .fetch(r -> new HearingRow(r.get(ADMIN_CASE.ID), r.get(ADMIN_CASE.CASE_NUMBER), r.get(COURT.NAME),
                        r.get(HEARING_APPEARANCE.HEARING_ID),
                        r.get(HEARING.HEARING_DATE), r.get(HEARING.HEARING_TIME), r.get(HEARING.PLACE),
                        CaseRepository.appearance(r)));
    }

    /** Names for the filters. */
    public List<String> courtNames() {
        return db.dsl().select(COURT.NAME).from(COURT).orderBy(COURT.SORT_ORDER, COURT.NAME).fetch(COURT.NAME);
    }

    public List<String> agencyNames() {
        return db.dsl().selectDistinct(AGENCY.NAME).from(AGENCY).join(CASE_DEFENDANT).on(CASE_DEFENDANT.AGENCY_ID.eq(AGENCY.ID))
                .orderBy(AGENCY.NAME).fetch(AGENCY.NAME);
    }

    public List<String> regionNames() {
        return db.dsl().select(REGION.NAME).from(REGION).orderBy(REGION.SORT_ORDER, REGION.NAME).fetch(REGION.NAME);
    }

    public List<String> fieldNames() {
        return db.dsl().select(WORK_FIELD.NAME).from(WORK_FIELD).orderBy(WORK_FIELD.SORT_ORDER, WORK_FIELD.NAME).fetch(WORK_FIELD.NAME);
    }

    /** Case id → 案号, court id → name and hearing id → "date 案号": how history rows name the rows they refer to. */
    public Map<String, Map<String, String>> referenceNames() {
        Map<String, String> cases = new HashMap<>();
        db.dsl().select(ADMIN_CASE.ID, ADMIN_CASE.CASE_NUMBER).from(ADMIN_CASE).forEach(r -> cases.put(String.valueOf(r.value1()), r.value2()));
        Map<String, String> courts = new HashMap<>();
        db.dsl().select(COURT.ID, COURT.NAME).from(COURT).forEach(r -> courts.put(String.valueOf(r.value1()), r.value2()));
        Map<String, String> hearings = new HashMap<>();
        db.dsl().select(HEARING.ID, HEARING.HEARING_DATE, ADMIN_CASE.CASE_NUMBER).from(HEARING).join(ADMIN_CASE).on(ADMIN_CASE.ID.eq(HEARING.CASE_ID))
                .forEach(r -> hearings.put(String.valueOf(r.value1()), r.value2() + " " + r.value3()));
        return Map.of("case_id", cases, "court_id", courts, "hearing_id", hearings);
    }
}
