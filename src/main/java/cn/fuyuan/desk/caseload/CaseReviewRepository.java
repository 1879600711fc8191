package cn.fuyuan.desk.caseload;

import static cn.fuyuan.desk.store.jooq.Tables.ADMIN_CASE;
import static cn.fuyuan.desk.store.jooq.Tables.CASE_REVIEW;
import static cn.fuyuan.desk.store.jooq.Tables.WORK_FIELD;

import cn.fuyuan.desk.store.Audit;
import cn.fuyuan.desk.store.Values;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.store.jooq.tables.records.CaseReviewRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** 败诉原因 and 典型案例 of cases (table case_review); every write through {@link Audit}, so the history is kept. */
public final class CaseReviewRepository {
    private final Database db;

    public CaseReviewRepository(Database db) {
        this.db = db;
    }

    public CaseReview find(int caseId) {
        return find(db.dsl(), caseId);
    }

    public static CaseReview find(DSLContext ctx, int caseId) {
        CaseReviewRecord r = ctx.selectFrom(CASE_REVIEW).where(CASE_REVIEW.CASE_ID.eq(caseId)).fetchOne();
        return r == null ? CaseReview.none(caseId) : of(r);
    }

    private static CaseReview of(CaseReviewRecord r) {
        return new CaseReview(r.getCaseId(), r.getLossGround() == null ? null : LossGround.valueOf(r.getLossGround()),
                r.getTypical() == 1, r.getTypicalOrder(), r.getBasicFacts(), r.getJudgment(), r.getSignificance());
    }

    public void save(CaseReview review) {
        db.writeVoid(tx -> save(tx, review));
    }

    /** Inserts, updates (history only when something changed) or, when the review holds nothing, deletes the row. */
    public static void save(DSLContext tx, CaseReview v) {
        CaseReviewRecord old = tx.selectFrom(CASE_REVIEW).where(CASE_REVIEW.CASE_ID.eq(v.caseId())).fetchOne();
        if (v.isEmpty()) {
            if (old != null) {
                Audit.delete(tx, old);
            }
            return;
        }
        CaseReviewRecord r = tx.newRecord(CASE_REVIEW);
        r.setCaseId(v.caseId());
        r.setLossGround(v.lossGround() == null ? null : v.lossGround().name());
        r.setTypical(v.typical() ? 1 : 0);
        r.setTypicalOrder(v.typicalOrder());
        r.setBasicFacts(Values.blankToNull(v.basicFacts()));
        r.setJudgment(Values.blankToNull(v.judgment()));
        r.setSignificance(Values.blankToNull(v.significance()));
        if (old == null) {
            Audit.insert(tx, r);
        } else {
            r.setId(old.getId());
            r.changed(CASE_REVIEW.ID, false);
            Audit.update(tx, r);
        }
    }

    /** Deletes a case's review (before the case itself is deleted). */
    static void delete(DSLContext tx, int caseId) {
        CaseReviewRecord old = tx.selectFrom(CASE_REVIEW).where(CASE_REVIEW.CASE_ID.eq(caseId)).fetchOne();
        if (old != null) {
            Audit.delete(tx, old);
        }
    }

    /** The cases marked typical whose closing date lies in the year (or, not closed, whose filing date does), in the office's order. */
    public List<CaseReview.Typical> typical(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        var defendants = DSL.field("(SELECT group_concat(a.name, '、') FROM case_defendant d JOIN agency a ON a.id = d.agency_id "
                + "WHERE d.case_id = admin_case.id ORDER BY d.sort_order)", String.class);
        return db.dsl().select(ADMIN_CASE.CASE_NUMBER, ADMIN_CASE.CAUSE, defendants, ADMIN_CASE.RESULT, CASE_REVIEW.TYPICAL_ORDER,
                        CASE_REVIEW.BASIC_FACTS, CASE_REVIEW.JUDGMENT, CASE_REVIEW.SIGNIFICANCE)
                .from(CASE_REVIEW).join(ADMIN_CASE).on(ADMIN_CASE.ID.eq(CASE_REVIEW.CASE_ID))
                .where(CASE_REVIEW.TYPICAL.eq(1))
                .and(ADMIN_CASE.CLOSING_DATE.between(from, to)
                        .or(ADMIN_CASE.CLOSING_DATE.isNull().and(ADMIN_CASE.FILING_DATE.between(from, to))))
                .orderBy(CASE_REVIEW.TYPICAL_ORDER, ADMIN_CASE.CASE_NUMBER)
                .fetch(r -> new CaseReview.Typical(r.value1(), r.value2(), r.value3(),
                        r.value4() == null ? null : CaseResult.valueOf(r.value4()), r.value5(), r.value6(), r.value7(), r.value8()));
    }

    /**
     * The first-instance cases closed in the year that the agency lost (LossRules.lost: the same rule as 败诉率), one per
     * case, with the ground recorded on each (null when none).
     */
    public List<CaseReview.Lost> lost(int year, boolean includeCompensation) {
        List<CaseReview.Lost> out = new ArrayList<>();
        db.dsl().select(ADMIN_CASE.CASE_NUMBER, ADMIN_CASE.CASE_TYPE, ADMIN_CASE.RESULT, WORK_FIELD.NAME, CASE_REVIEW.LOSS_GROUND)
                .from(ADMIN_CASE)
                .leftJoin(WORK_FIELD).on(WORK_FIELD.ID.eq(ADMIN_CASE.FIELD_ID))
                .leftJoin(CASE_REVIEW).on(CASE_REVIEW.CASE_ID.eq(ADMIN_CASE.ID))
                .where(ADMIN_CASE.CLOSING_DATE.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                // only the results LossRules.lost counts (the rule's own answer for each result), checked again below
                .and(ADMIN_CASE.RESULT.in(Arrays.stream(CaseResult.values()).filter(r -> LossRules.lost(r, includeCompensation)).map(Enum::name).toList()))
                .orderBy(ADMIN_CASE.CASE_NUMBER)
                .forEach(r -> {
                    if (LossRules.firstInstance(r.value2(), includeCompensation) && r.value3() != null && LossRules.lost(CaseResult.valueOf(r.value3()), includeCompensation)) {
                        out.add(new CaseReview.Lost(r.value1(), r.value4(), r.value5() == null ? null : LossGround.valueOf(r.value5())));
                    }
                });
        return out;
    }
}
