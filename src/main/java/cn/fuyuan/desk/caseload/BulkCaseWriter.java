package cn.fuyuan.desk.caseload;

import cn.fuyuan.desk.store.Audit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Writes many NEW cases fast (imports of 100,000 rows, demo data at scale) with prepared statements that are
 * reused, inside the caller's transaction. Every row gets its history row exactly as {@link Audit#insert} writes it
 * (same table, columns, JSON of the stored values), in the same transaction. Cases must be validated by the caller
 * ({@link CaseRules#check}) and must not exist yet; existing cases go through {@link CaseRepository#save}.
 */
final class BulkCaseWriter implements AutoCloseable {
    private final PreparedStatement insertCase;
    private final PreparedStatement insertDefendant;
    private final PreparedStatement insertHearing;
    private final PreparedStatement insertAppearance;
    private final PreparedStatement insertAudit;
    private final PreparedStatement fieldOfAgency;
    private final String at = LocalDateTime.now().format(Audit.AT);
    private final String user = Audit.osUser();

    BulkCaseWriter(DSLContext tx) {
        Connection c = tx.configuration().connectionProvider().acquire();
        try {
            insertCase = c.prepareStatement("INSERT INTO admin_case (case_number, case_year, court_code, case_type, case_seq, court_id, "
                    + "plaintiffs, cause, act_type, field_id, filing_date, closing_date, result, major_public_interest, notice_required) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", java.sql.Statement.RETURN_GENERATED_KEYS);
            insertDefendant = c.prepareStatement("INSERT INTO case_defendant (case_id, agency_id, sort_order) VALUES (?, ?, ?)",
                    java.sql.Statement.RETURN_GENERATED_KEYS);
            insertHearing = c.prepareStatement("INSERT INTO hearing (case_id, hearing_date, hearing_time, place) VALUES (?, ?, ?, ?)",
                    java.sql.Statement.RETURN_GENERATED_KEYS);
            insertAppearance = c.prepareStatement("INSERT INTO hearing_appearance (hearing_id, agency_id, notice_required, notice_served_date, "
                    + "head_appeared, head_name, head_title, head_rank, spoke, staff, absence_reason, explanation_received, evaluation) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", java.sql.Statement.RETURN_GENERATED_KEYS);
            insertAudit = c.prepareStatement("INSERT INTO audit_log (at, os_user, table_name, record_id, action, before_json, after_json) "
                    + "VALUES (?, ?, ?, ?, 'INSERT', NULL, ?)");
            fieldOfAgency = c.prepareStatement("SELECT field_id FROM agency WHERE id = ?");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Inserts the case with its defendants, hearings and appearances; returns the case id. */
    int insert(AdminCase c) {
        try {
            Integer fieldId = c.fieldId();
            if (fieldId == null && !c.defendants().isEmpty()) {
                fieldOfAgency.setInt(1, c.defendants().get(0).agencyId());
                try (ResultSet rs = fieldOfAgency.executeQuery()) {
                    if (rs.next()) {
                        int f = rs.getInt(1);
                        fieldId = rs.wasNull() ? null : f;
                    }
                }
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
            int caseId = insert(insertCase, "admin_case", v);
            for (int i = 0; i < c.defendants().size(); i++) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("case_id", caseId);
                d.put("agency_id", c.defendants().get(i).agencyId());
                d.put("sort_order", i);
                insert(insertDefendant, "case_defendant", d);
            }
            for (Hearing h : c.hearings()) {
                Map<String, Object> hv = new LinkedHashMap<>();
                hv.put("case_id", caseId);
                hv.put("hearing_date", h.date().toString());
                hv.put("hearing_time", h.time() == null ? null : h.time().toString());
                hv.put("place", CaseRepository.blankToNull(h.place()));
                int hearingId = insert(insertHearing, "hearing", hv);
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
                    insert(insertAppearance, "hearing_appearance", av);
                }
            }
            return caseId;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot insert case " + c.number() + ": " + e.getMessage(), e);
        }
    }

    /** Binds the values in order, inserts, writes the history row (id first, as Audit.values orders the record's fields). */
    private int insert(PreparedStatement st, String table, Map<String, Object> values) throws SQLException {
        int i = 1;
        for (Object o : values.values()) {
            st.setObject(i++, o);
        }
        st.executeUpdate();
        int id;
        try (ResultSet keys = st.getGeneratedKeys()) {
            keys.next();
            id = keys.getInt(1);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("id", id);
        after.putAll(values);
        insertAudit.setString(1, at);
        insertAudit.setString(2, user);
        insertAudit.setString(3, table);
        insertAudit.setString(4, String.valueOf(id));
        insertAudit.setString(5, Audit.toJson(after));
        insertAudit.executeUpdate();
        return id;
    }

    @Override
    public void close() {
        for (PreparedStatement st : List.of(insertCase, insertDefendant, insertHearing, insertAppearance, insertAudit, fieldOfAgency)) {
            try {
                st.close();
            } catch (SQLException ignored) {
                // closing a statement of a live connection
            }
        }
    }
}
