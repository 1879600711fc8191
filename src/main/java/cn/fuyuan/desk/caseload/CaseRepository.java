package cn.fuyuan.desk.caseload;

import static cn.fuyuan.desk.store.Values.blankToNull;

import static cn.fuyuan.desk.store.jooq.Tables.ADMIN_CASE;
import static cn.fuyuan.desk.store.jooq.Tables.AGENCY;
import static cn.fuyuan.desk.store.jooq.Tables.CASE_DEFENDANT;
import static cn.fuyuan.desk.store.jooq.Tables.COURT;
import static cn.fuyuan.desk.store.jooq.Tables.HEARING;
import static cn.fuyuan.desk.store.jooq.Tables.HEARING_APPEARANCE;
import static cn.fuyuan.desk.store.jooq.Tables.REGION;
import static cn.fuyuan.desk.store.jooq.Tables.WORK_FIELD;

import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.store.Audit;
import cn.fuyuan.desk.store.ChildRows;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.store.Problem;
import cn.fuyuan.desk.store.ValidationException;
import cn.fuyuan.desk.store.jooq.tables.records.AdminCaseRecord;
import cn.fuyuan.desk.store.jooq.tables.records.CaseDefendantRecord;
import cn.fuyuan.desk.store.jooq.tables.records.CourtRecord;
import cn.fuyuan.desk.store.jooq.tables.records.HearingAppearanceRecord;
import cn.fuyuan.desk.store.jooq.tables.records.HearingRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Cases, their defendants, hearings and appearances in the store. Every write goes through {@link Audit}. */
public final class CaseRepository {
    private final Database db;

    public CaseRepository(Database db) {
        this.db = db;
    }

    public record Court(int id, String name) {
    }

    // ---------------------------------------------------------------- reading

    public Optional<AdminCase> find(int id) {
        return find(db.dsl(), id);
    }

    public Optional<AdminCase> findByNumber(String caseNumber) {
        return findByNumber(db.dsl(), caseNumber);
    }

    public static Optional<AdminCase> findByNumber(DSLContext ctx, String caseNumber) {
        Integer id = ctx.select(ADMIN_CASE.ID).from(ADMIN_CASE).where(ADMIN_CASE.CASE_NUMBER.eq(caseNumber)).fetchOne(ADMIN_CASE.ID);
        return id == null ? Optional.empty() : find(ctx, id);
    }

    public static Optional<AdminCase> find(DSLContext ctx, int id) {
        Record r = ctx.select(ADMIN_CASE.fields()).select(COURT.NAME, WORK_FIELD.NAME)
                .from(ADMIN_CASE)
                .leftJoin(COURT).on(COURT.ID.eq(ADMIN_CASE.COURT_ID))
                .leftJoin(WORK_FIELD).on(WORK_FIELD.ID.eq(ADMIN_CASE.FIELD_ID))
                .where(ADMIN_CASE.ID.eq(id)).fetchOne();
        if (r == null) {
            return Optional.empty();
        }
        List<Defendant> defendants = ctx.select(AGENCY.ID, AGENCY.NAME, REGION.NAME, WORK_FIELD.NAME)
                .from(CASE_DEFENDANT).join(AGENCY).on(AGENCY.ID.eq(CASE_DEFENDANT.AGENCY_ID))
                .leftJoin(REGION).on(REGION.ID.eq(AGENCY.REGION_ID))
                .leftJoin(WORK_FIELD).on(WORK_FIELD.ID.eq(AGENCY.FIELD_ID))
                .where(CASE_DEFENDANT.CASE_ID.eq(id)).orderBy(CASE_DEFENDANT.SORT_ORDER, CASE_DEFENDANT.ID)
                .fetch(x -> new Defendant(x.value1(), x.value2(), x.value3(), x.value4()));
        Map<Integer, List<Appearance>> byHearing = new HashMap<>();
        ctx.select(HEARING_APPEARANCE.fields()).select(AGENCY.NAME)
                .from(HEARING_APPEARANCE).join(HEARING).on(HEARING.ID.eq(HEARING_APPEARANCE.HEARING_ID))
                .join(AGENCY).on(AGENCY.ID.eq(HEARING_APPEARANCE.AGENCY_ID))
                .where(HEARING.CASE_ID.eq(id)).orderBy(HEARING_APPEARANCE.ID)
                .forEach(x -> byHearing.computeIfAbsent(x.get(HEARING_APPEARANCE.HEARING_ID), k -> new ArrayList<>())
                        .add(appearance(x)));
        List<Hearing> hearings = ctx.selectFrom(HEARING).where(HEARING.CASE_ID.eq(id)).orderBy(HEARING.HEARING_DATE)
                .fetch(h -> new Hearing(h.getId(), h.getHearingDate(), h.getHearingTime(), h.getPlace(),
                        byHearing.getOrDefault(h.getId(), List.of())));
        CaseNumber number = CaseNumber.of(r.get(ADMIN_CASE.CASE_NUMBER));
        return Optional.of(new AdminCase(id, number, r.get(ADMIN_CASE.COURT_ID), r.get(COURT.NAME), r.get(ADMIN_CASE.PLAINTIFFS),
                r.get(ADMIN_CASE.CAUSE), r.get(ADMIN_CASE.ACT_TYPE) == null ? null : ActType.valueOf(r.get(ADMIN_CASE.ACT_TYPE)),
                r.get(ADMIN_CASE.FIELD_ID), r.get(WORK_FIELD.NAME), r.get(ADMIN_CASE.FILING_DATE), r.get(ADMIN_CASE.CLOSING_DATE),
                r.get(ADMIN_CASE.RESULT) == null ? null : CaseResult.valueOf(r.get(ADMIN_CASE.RESULT)),
                r.get(ADMIN_CASE.MAJOR_PUBLIC_INTEREST) == 1, r.get(ADMIN_CASE.NOTICE_REQUIRED) == 1, defendants, hearings));
    }

    /** The stored cases with these numbers, read with four queries in all (re-imports of large files). */
    public static Map<String, AdminCase> findAll(DSLContext ctx, Set<String> numbers) {
        Map<String, AdminCase> out = new HashMap<>();
        if (numbers.isEmpty()) {
            return out;
        }
        Map<Integer, List<Defendant>> defendants = new HashMap<>();
        ctx.select(CASE_DEFENDANT.CASE_ID, AGENCY.ID, AGENCY.NAME, REGION.NAME, WORK_FIELD.NAME)
                .from(CASE_DEFENDANT).join(AGENCY).on(AGENCY.ID.eq(CASE_DEFENDANT.AGENCY_ID))
                .leftJoin(REGION).on(REGION.ID.eq(AGENCY.REGION_ID))
                .leftJoin(WORK_FIELD).on(WORK_FIELD.ID.eq(AGENCY.FIELD_ID))
                .orderBy(CASE_DEFENDANT.CASE_ID, CASE_DEFENDANT.SORT_ORDER, CASE_DEFENDANT.ID)
                .forEach(x -> defendants.computeIfAbsent(x.value1(), k -> new ArrayList<>())
                        .add(new Defendant(x.value2(), x.value3(), x.value4(), x.value5())));
        Map<Integer, List<Appearance>> byHearing = new HashMap<>();
        ctx.select(HEARING_APPEARANCE.fields()).select(AGENCY.NAME)
                .from(HEARING_APPEARANCE).join(AGENCY).on(AGENCY.ID.eq(HEARING_APPEARANCE.AGENCY_ID))
                .orderBy(HEARING_APPEARANCE.ID)
                .forEach(x -> byHearing.computeIfAbsent(x.get(HEARING_APPEARANCE.HEARING_ID), k -> new ArrayList<>()).add(appearance(x)));
        Map<Integer, List<Hearing>> hearings = new HashMap<>();
        ctx.selectFrom(HEARING).orderBy(HEARING.CASE_ID, HEARING.HEARING_DATE)
                .forEach(h -> hearings.computeIfAbsent(h.getCaseId(), k -> new ArrayList<>()).add(new Hearing(h.getId(),
                        h.getHearingDate(), h.getHearingTime(),
                        h.getPlace(), byHearing.getOrDefault(h.getId(), List.of()))));
        ctx.select(ADMIN_CASE.fields()).select(COURT.NAME, WORK_FIELD.NAME)
                .from(ADMIN_CASE)
                .leftJoin(COURT).on(COURT.ID.eq(ADMIN_CASE.COURT_ID))
                .leftJoin(WORK_FIELD).on(WORK_FIELD.ID.eq(ADMIN_CASE.FIELD_ID))
                .forEach(r -> {
                    String n = r.get(ADMIN_CASE.CASE_NUMBER);
                    if (numbers.contains(n)) {
                        int id = r.get(ADMIN_CASE.ID);
                        out.put(n, caseOf(r, defendants.getOrDefault(id, List.of()), hearings.getOrDefault(id, List.of())));
                    }
                });
        return out;
    }

    private static AdminCase caseOf(Record r, List<Defendant> defendants, List<Hearing> hearings) {
        return new AdminCase(r.get(ADMIN_CASE.ID), CaseNumber.of(r.get(ADMIN_CASE.CASE_NUMBER)), r.get(ADMIN_CASE.COURT_ID), r.get(COURT.NAME),
                r.get(ADMIN_CASE.PLAINTIFFS), r.get(ADMIN_CASE.CAUSE),
                r.get(ADMIN_CASE.ACT_TYPE) == null ? null : ActType.valueOf(r.get(ADMIN_CASE.ACT_TYPE)),
                r.get(ADMIN_CASE.FIELD_ID), r.get(WORK_FIELD.NAME), r.get(ADMIN_CASE.FILING_DATE), r.get(ADMIN_CASE.CLOSING_DATE),
                r.get(ADMIN_CASE.RESULT) == null ? null : CaseResult.valueOf(r.get(ADMIN_CASE.RESULT)),
                r.get(ADMIN_CASE.MAJOR_PUBLIC_INTEREST) == 1, r.get(ADMIN_CASE.NOTICE_REQUIRED) == 1, defendants, hearings);
    }

    static Appearance appearance(Record x) {
        Integer appeared = x.get(HEARING_APPEARANCE.HEAD_APPEARED);
        return new Appearance(x.get(HEARING_APPEARANCE.ID), x.get(HEARING_APPEARANCE.AGENCY_ID), x.get(AGENCY.NAME),
                x.get(HEARING_APPEARANCE.NOTICE_REQUIRED) == 1, x.get(HEARING_APPEARANCE.NOTICE_SERVED_DATE),
                appeared == null ? null : appeared == 1, x.get(HEARING_APPEARANCE.HEAD_NAME), x.get(HEARING_APPEARANCE.HEAD_TITLE),
                x.get(HEARING_APPEARANCE.HEAD_RANK) == null ? null : HeadRank.valueOf(x.get(HEARING_APPEARANCE.HEAD_RANK)),
                x.get(HEARING_APPEARANCE.SPOKE) == 1, x.get(HEARING_APPEARANCE.STAFF),
                x.get(HEARING_APPEARANCE.ABSENCE_REASON) == null ? null : AbsenceReason.valueOf(x.get(HEARING_APPEARANCE.ABSENCE_REASON)),
                x.get(HEARING_APPEARANCE.EXPLANATION_RECEIVED) == 1, x.get(HEARING_APPEARANCE.EVALUATION));
    }

    public int count() {
        return db.dsl().fetchCount(ADMIN_CASE);
    }

    // ---------------------------------------------------------------- courts

    public List<Court> courts() {
        return db.dsl().selectFrom(COURT).where(COURT.ACTIVE.eq(1)).orderBy(COURT.SORT_ORDER, COURT.NAME)
                .fetch(r -> new Court(r.getId(), r.getName()));
    }

    public static Optional<Court> findCourt(DSLContext ctx, String name) {
        return ctx.selectFrom(COURT).where(COURT.NAME.eq(name.strip())).fetchOptional(r -> new Court(r.getId(), r.getName()));
    }

    /** Every court by its name, in one query (an import looks up the same few courts on every row). */
    static Map<String, Court> courtsByName(DSLContext ctx) {
        Map<String, Court> out = new HashMap<>();
        ctx.selectFrom(COURT).forEach(r -> out.put(r.getName(), new Court(r.getId(), r.getName())));
        return out;
    }

    public static Court createCourt(DSLContext tx, String name) {
        CourtRecord r = tx.newRecord(COURT);
        r.setName(name.strip());
        r.setSortOrder(0);
        r.setActive(1);
        Audit.insert(tx, r);
        return new Court(r.getId(), r.getName());
    }

    // ---------------------------------------------------------------- writing

    public AdminCase save(AdminCase c) {
        return db.write(tx -> save(tx, c));
    }

    /**
     * Validates and saves the whole case in the caller's transaction: the case row, then defendants,
     * hearings and appearances made to match (rows not in the case are deleted). Unchanged rows write
     * nothing (so saving the same case twice leaves no history). Returns the case as stored.
     */
    public static AdminCase save(DSLContext tx, AdminCase c) {
        List<Problem> problems = new ArrayList<>(CaseRules.check(c));
        if (c.number() != null) {
            String n = c.number().toString();
            boolean taken = tx.fetchExists(ADMIN_CASE, ADMIN_CASE.CASE_NUMBER.eq(n)
                    .and(c.id() == null ? org.jooq.impl.DSL.noCondition() : ADMIN_CASE.ID.ne(c.id())));
            if (taken) {
                problems.add(Problem.ofField("number", Messages.get("caseload.rule.numberTaken", n)));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Integer fieldId = c.fieldId();
        if (fieldId == null) {
            fieldId = tx.select(AGENCY.FIELD_ID).from(AGENCY).where(AGENCY.ID.eq(c.defendants().get(0).agencyId())).fetchOne(AGENCY.FIELD_ID);
        }
        AdminCaseRecord r = tx.newRecord(ADMIN_CASE);
        CaseNumber n = c.number();
        r.setCaseNumber(n.toString());
        r.setCaseYear(n.year());
        r.setCourtCode(n.courtCode());
        r.setCaseType(n.type());
        r.setCaseSeq(n.number());
        r.setCourtId(c.courtId());
        r.setPlaintiffs(blankToNull(c.plaintiffs()));
        r.setCause(blankToNull(c.cause()));
        r.setActType(c.actType() == null ? null : c.actType().name());
        r.setFieldId(fieldId);
        r.setFilingDate(c.filingDate());
        r.setClosingDate(c.closingDate());
        r.setResult(c.result() == null ? null : c.result().name());
        r.setMajorPublicInterest(c.majorPublicInterest() ? 1 : 0);
        r.setNoticeRequired(c.noticeRequired() ? 1 : 0);
        int caseId;
        if (c.id() == null) {
            Audit.insert(tx, r);
            caseId = r.getId();
        } else {
            caseId = c.id();
            r.setId(caseId);
            r.changed(ADMIN_CASE.ID, false);
            Audit.update(tx, r);
        }

        // defendants
        Map<Integer, CaseDefendantRecord> oldDefendants = new HashMap<>();
        tx.selectFrom(CASE_DEFENDANT).where(CASE_DEFENDANT.CASE_ID.eq(caseId)).forEach(d -> oldDefendants.put(d.getAgencyId(), d));
        Set<Integer> wanted = new HashSet<>();
        for (int i = 0; i < c.defendants().size(); i++) {
            Defendant d = c.defendants().get(i);
            wanted.add(d.agencyId());
            CaseDefendantRecord old = oldDefendants.get(d.agencyId());
            CaseDefendantRecord nr = tx.newRecord(CASE_DEFENDANT);
            nr.setCaseId(caseId);
            nr.setAgencyId(d.agencyId());
            nr.setSortOrder(i);
            if (old == null) {
                Audit.insert(tx, nr);
            } else if (old.getSortOrder() != i) {
                nr.setId(old.getId());
                nr.changed(CASE_DEFENDANT.ID, false);
                Audit.update(tx, nr);
            }
        }

        // hearings and appearances
        Map<Integer, HearingRecord> oldHearings = new HashMap<>();
        tx.selectFrom(HEARING).where(HEARING.CASE_ID.eq(caseId)).forEach(h -> oldHearings.put(h.getId(), h));
        Set<Integer> keptHearings = new HashSet<>();
        for (Hearing h : c.hearings()) {
            HearingRecord hr = tx.newRecord(HEARING);
            hr.setCaseId(caseId);
            hr.setHearingDate(h.date());
            hr.setHearingTime(h.time());
            hr.setPlace(blankToNull(h.place()));
            int hearingId;
            boolean moved = false;
            if (h.id() == null || !oldHearings.containsKey(h.id())) {
                Audit.insert(tx, hr);
                hearingId = hr.getId();
            } else {
                hearingId = h.id();
                HearingRecord was = oldHearings.get(hearingId);
                moved = !java.util.Objects.equals(was.getHearingDate(), hr.getHearingDate())
                        || !java.util.Objects.equals(was.getHearingTime(), hr.getHearingTime())
                        || !java.util.Objects.equals(was.getPlace(), hr.getPlace());
                hr.setId(hearingId);
                hr.changed(HEARING.ID, false);
                Audit.update(tx, hr);
            }
            keptHearings.add(hearingId);
            saveAppearances(tx, hearingId, h.appearances(), moved);
        }
        for (HearingRecord old : oldHearings.values()) {
            if (!keptHearings.contains(old.getId())) {
                ChildRows.delete(tx, HEARING_APPEARANCE, HEARING_APPEARANCE.HEARING_ID, old.getId());
                Audit.delete(tx, old);
            }
        }
        for (CaseDefendantRecord old : oldDefendants.values()) {
            if (!wanted.contains(old.getAgencyId())) {
                Audit.delete(tx, old);
            }
        }
        return find(tx, caseId).orElseThrow();
    }

    /**
     * Makes the hearing's appearances match {@code list}. When the hearing was {@code moved} (its date, time or place
     * changed), the letters issued for it name the old sitting and are void: the next notice or 提示函 printed is a new
     * letter with the day it is issued as its 成文日期 (issue 10 §5), and a notice served for the old sitting is not
     * served for the new one — unless this same save enters a new served date.
     */
    private static void saveAppearances(DSLContext tx, int hearingId, List<Appearance> list, boolean moved) {
        Map<Integer, HearingAppearanceRecord> old = new HashMap<>();
        tx.selectFrom(HEARING_APPEARANCE).where(HEARING_APPEARANCE.HEARING_ID.eq(hearingId)).forEach(a -> old.put(a.getAgencyId(), a));
        Set<Integer> kept = new HashSet<>();
        for (Appearance a : list) {
            kept.add(a.agencyId());
            HearingAppearanceRecord ar = record(tx, hearingId, a);
            HearingAppearanceRecord before = old.get(a.agencyId());
            if (before == null) {
                Audit.insert(tx, ar);
            } else {
                ar.setId(before.getId());
                ar.changed(HEARING_APPEARANCE.ID, false);
                if (moved) {
                    NoticeIssueWriter.voidIssued(ar, before);
                } else {
                    NoticeIssueWriter.keepIssueDates(ar, before);
                }
                Audit.update(tx, ar);
            }
        }
        for (HearingAppearanceRecord before : old.values()) {
            if (!kept.contains(before.getAgencyId())) {
                Audit.delete(tx, before);
            }
        }
    }

    private static HearingAppearanceRecord record(DSLContext tx, int hearingId, Appearance a) {
        HearingAppearanceRecord ar = tx.newRecord(HEARING_APPEARANCE);
        ar.setHearingId(hearingId);
        ar.setAgencyId(a.agencyId());
        ar.setNoticeRequired(a.noticeRequired() ? 1 : 0);
        ar.setNoticeServedDate(a.noticeServed());
        ar.setHeadAppeared(a.headAppeared() == null ? null : a.headAppeared() ? 1 : 0);
        ar.setHeadName(blankToNull(a.headName()));
        ar.setHeadTitle(blankToNull(a.headTitle()));
        ar.setHeadRank(a.rank() == null ? null : a.rank().name());
        ar.setSpoke(a.spoke() ? 1 : 0);
        ar.setStaff(blankToNull(a.staff()));
        ar.setAbsenceReason(a.reason() == null ? null : a.reason().name());
        ar.setExplanationReceived(a.explanationReceived() ? 1 : 0);
        ar.setEvaluation(blankToNull(a.evaluation()));
        return ar;
    }

    /**
     * Saves appearance results (the quick-entry grid) in one transaction: each validated against its hearing's date
     * and audited. Every appearance must have an id. Nothing is saved when one is refused.
     */
    public void saveAppearances(List<Appearance> list) {
        db.writeVoid(tx -> {
            List<Problem> problems = new ArrayList<>();
            for (Appearance a : list) {
                HearingAppearanceRecord before = tx.selectFrom(HEARING_APPEARANCE).where(HEARING_APPEARANCE.ID.eq(a.id())).fetchOne();
                if (before == null) {
                    throw new IllegalStateException("no appearance " + a.id());
                }
                LocalDate hd = tx.select(HEARING.HEARING_DATE).from(HEARING).where(HEARING.ID.eq(before.getHearingId())).fetchOne(HEARING.HEARING_DATE);
                List<String> reasons = CaseRules.checkAppearance(a, hd);
                if (!reasons.isEmpty()) {
                    reasons.forEach(m -> problems.add(Problem.ofField("appearance", Messages.get("caseload.rule.atHearing", hd, a.agencyName(), m))));
                    continue;
                }
                HearingAppearanceRecord ar = record(tx, before.getHearingId(), a);
                ar.setId(a.id());
                ar.changed(HEARING_APPEARANCE.ID, false);
                NoticeIssueWriter.keepIssueDates(ar, before);
                Audit.update(tx, ar);
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
        });
    }

    /** Deletes a case with its hearings, appearances and defendants (each row audited). */
    public void delete(int caseId) {
        db.writeVoid(tx -> {
            for (HearingRecord h : tx.selectFrom(HEARING).where(HEARING.CASE_ID.eq(caseId)).fetch()) {
                ChildRows.delete(tx, HEARING_APPEARANCE, HEARING_APPEARANCE.HEARING_ID, h.getId());
                Audit.delete(tx, h);
            }
            ChildRows.delete(tx, CASE_DEFENDANT, CASE_DEFENDANT.CASE_ID, caseId);
            CaseReviewRepository.delete(tx, caseId);
            AdminCaseRecord r = tx.selectFrom(ADMIN_CASE).where(ADMIN_CASE.ID.eq(caseId)).fetchOne();
            if (r != null) {
                Audit.delete(tx, r);
            }
        });
    }


    /** The directory's agency of that name (full or short), as the case form resolves a typed 被告. */
    public Optional<cn.fuyuan.desk.agency.Agency> agencyByName(String name) {
        return cn.fuyuan.desk.agency.AgencyRepository.findByName(db.dsl(), name);
    }

    /** The id of the court of that name, as the case form resolves a chosen 法院. */
    public Optional<Integer> courtId(String name) {
        return findCourt(db.dsl(), name).map(Court::id);
    }
}
