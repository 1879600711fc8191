package cn.fuyuan.desk.caseload;

import static cn.fuyuan.desk.store.jooq.Tables.ADMIN_CASE;
import static cn.fuyuan.desk.store.jooq.Tables.AGENCY;
import static cn.fuyuan.desk.store.jooq.Tables.AUDIT_LOG;
import static cn.fuyuan.desk.store.jooq.Tables.CASE_DEFENDANT;
import static cn.fuyuan.desk.store.jooq.Tables.HEARING;
import static cn.fuyuan.desk.store.jooq.Tables.HEARING_APPEARANCE;

import cn.fuyuan.desk.store.Audit;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.CloseableQuery;
import org.jooq.CloseableResultQuery;
import org.jooq.Record1;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Writes many NEW cases fast (imports of 100,000 rows, demo data at scale) with jOOQ queries whose prepared
 * statements are kept and re-bound per row, inside the caller's transaction. Every row gets its history row exactly as {@link Audit#insert} writes it
 * (same table, columns, JSON of the stored values), in the same transaction. Cases must be validated by the caller
 * ({@link CaseRules#check}) and must not exist yet; existing cases go through {@link CaseRepository#save}.
 */
final class BulkCaseWriter implements AutoCloseable {
    private final DSLContext tx;
    /** One kept (prepared once, re-bound per row) INSERT per table, made on first use with the columns in the values' order. */
    private final Map<Table<?>, CloseableQuery> inserts = new HashMap<>();
    private final CloseableQuery insertAudit;
    private final CloseableResultQuery<Record1<Integer>> fieldOfAgency;
    private final CloseableResultQuery<Record1<Integer>> lastId;
    private final String at = LocalDateTime.now().format(Audit.AT);
    private final String user = Audit.osUser();

    BulkCaseWriter(DSLContext tx) {
        this.tx = tx;
        insertAudit = tx.insertInto(AUDIT_LOG, AUDIT_LOG.AT, AUDIT_LOG.OS_USER, AUDIT_LOG.TABLE_NAME, AUDIT_LOG.RECORD_ID,
                        AUDIT_LOG.ACTION, AUDIT_LOG.BEFORE_JSON, AUDIT_LOG.AFTER_JSON)
                .values((String) null, null, null, null, Audit.Action.INSERT.name(), null, null)
                .keepStatement(true);
        fieldOfAgency = tx.select(AGENCY.FIELD_ID).from(AGENCY).where(AGENCY.ID.eq((Integer) null)).keepStatement(true);
        lastId = tx.select(DSL.field("last_insert_rowid()", Integer.class)).keepStatement(true);
    }

    /** Inserts the case with its defendants, hearings and appearances; returns the case id. */
    int insert(AdminCase c) {
        try {
            Integer fieldId = c.fieldId();
            if (fieldId == null && !c.defendants().isEmpty()) {
                fieldOfAgency.bind(1, c.defendants().get(0).agencyId());
                Record1<Integer> r = fieldOfAgency.fetchOne();
                fieldId = r == null ? null : r.value1();
            }
            CaseNumber n = c.number();
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("case_number", n.toString());
            v.put("case_year", n.year());
            v.put("court_code", n.courtCode());
            v.put("case_type", n.type());
            v.put("case_seq", n.number());
            v.put("court_id", c.courtId());
            v.put("plaintiffs", CaseRepository.blankToNull(c.plaintiffs()));
            v.put("cause", CaseRepository.blankToNull(c.cause()));
            v.put("act_type", c.actType() == null ? null : c.actType().name());
            v.put("field_id", fieldId);
            v.put("filing_date", CaseRepository.str(c.filingDate()));
            v.put("closing_date", CaseRepository.str(c.closingDate()));
            v.put("result", c.result() == null ? null : c.result().name());
            v.put("major_public_interest", c.majorPublicInterest() ? 1 : 0);
            v.put("notice_required", c.noticeRequired() ? 1 : 0);
            int caseId = insert(ADMIN_CASE, v);
            for (int i = 0; i < c.defendants().size(); i++) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("case_id", caseId);
                d.put("agency_id", c.defendants().get(i).agencyId());
                d.put("sort_order", i);
                insert(CASE_DEFENDANT, d);
            }
            for (Hearing h : c.hearings()) {
                Map<String, Object> hv = new LinkedHashMap<>();
                hv.put("case_id", caseId);
                hv.put("hearing_date", h.date().toString());
                hv.put("hearing_time", h.time() == null ? null : h.time().toString());
                hv.put("place", CaseRepository.blankToNull(h.place()));
                int hearingId = insert(HEARING, hv);
                for (Appearance a : h.appearances()) {
                    Map<String, Object> av = new LinkedHashMap<>();
                    av.put("hearing_id", hearingId);
                    av.put("agency_id", a.agencyId());
                    av.put("notice_required", a.noticeRequired() ? 1 : 0);
                    av.put("notice_served_date", CaseRepository.str(a.noticeServed()));
                    av.put("head_appeared", a.headAppeared() == null ? null : a.headAppeared() ? 1 : 0);
                    av.put("head_name", CaseRepository.blankToNull(a.headName()));
                    av.put("head_title", CaseRepository.blankToNull(a.headTitle()));
                    av.put("head_rank", a.rank() == null ? null : a.rank().name());
                    av.put("spoke", a.spoke() ? 1 : 0);
                    av.put("staff", CaseRepository.blankToNull(a.staff()));
                    av.put("absence_reason", a.reason() == null ? null : a.reason().name());
                    av.put("explanation_received", a.explanationReceived() ? 1 : 0);
                    av.put("evaluation", CaseRepository.blankToNull(a.evaluation()));
                    insert(HEARING_APPEARANCE, av);
                }
            }
            return caseId;
        } catch (org.jooq.exception.DataAccessException e) {
            throw new IllegalStateException("cannot insert case " + c.number() + ": " + e.getMessage(), e);
        }
    }

    /** Binds the values in order, inserts, writes the history row (id first, as Audit.values orders the record's fields). */
    private int insert(Table<?> table, Map<String, Object> values) {
        CloseableQuery q = inserts.computeIfAbsent(table, t -> {
            List<Field<?>> fields = values.keySet().stream().<Field<?>>map((String n) -> t.field(n)).toList();
            return tx.insertInto(t).columns(fields).values(Collections.nCopies(fields.size(), null)).keepStatement(true);
        });
        int i = 1;
        for (Object o : values.values()) {
            q.bind(i++, o);
        }
        q.execute();
        int id = lastId.fetchOne().value1();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("id", id);
        after.putAll(values);
        insertAudit.bind(1, at).bind(2, user).bind(3, table.getName()).bind(4, String.valueOf(id))
                .bind(5, Audit.Action.INSERT.name()).bind(6, null).bind(7, Audit.toJson(after)).execute();
        return id;
    }

    @Override
    public void close() {
        inserts.values().forEach(CloseableQuery::close);
        insertAudit.close();
        fieldOfAgency.close();
        lastId.close();
    }
}
