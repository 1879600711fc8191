package cn.fuyuan.desk.caseload;

import static cn.fuyuan.desk.store.Values.blankToNull;

import static cn.fuyuan.desk.store.jooq.Tables.ADMIN_CASE;
import static cn.fuyuan.desk.store.jooq.Tables.AGENCY;
import static cn.fuyuan.desk.store.jooq.Tables.AUDIT_LOG;
import static cn.fuyuan.desk.store.jooq.Tables.CASE_DEFENDANT;
import static cn.fuyuan.desk.store.jooq.Tables.HEARING;
import static cn.fuyuan.desk.store.jooq.Tables.HEARING_APPEARANCE;

import cn.fuyuan.desk.store.Audit;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.Query;
import org.jooq.Table;

import org.jooq.impl.DSL;

/**
 * Writes many NEW cases fast (imports of 100,000 rows, demo data at scale) inside the caller's transaction, as jOOQ
 * batches (one prepared INSERT per table, executed with many bind sets) instead of one statement per row.
 *
 * <p>Ids are given here rather than read back after each INSERT: the caller holds the write lock (every write is an
 * IMMEDIATE transaction), so nobody else can take an id meanwhile, and each table starts after the larger of its
 * highest id and its AUTOINCREMENT counter, so an id that was ever used is never given again. Ids are read again
 * after each {@link #flush()}: a caller that writes other rows in between (an existing case saved through the
 * repository takes ids of its own) calls {@code flush()} first. Each case gets ONE history entry (issue 16 §1), in the
 * same transaction: an INSERT of the admin_case row whose JSON holds the case's columns as {@link Audit#insert} records
 * them (id first), then its defendants and hearings with their appearances as written (ids included, each agency also
 * by name) and the file they came from (name and SHA-256) — one entry a person can read instead of one per table row. Rows are sent when {@link #BATCH} cases are pending and on {@link #close()}, parents before
 * children, {@link #ROWS_PER_INSERT} to a statement. Cases must be validated by the caller ({@link CaseRules#check}) and must not exist yet; existing cases go
 * through {@link CaseRepository#save}.
 */
final class BulkCaseWriter implements AutoCloseable {
    /** Cases kept before their rows are sent. */
    static final int BATCH = 2_000;

    /** The tables in the order their rows are sent (parents first), then the history. */
    private static final List<Table<?>> ORDER = List.of(ADMIN_CASE, CASE_DEFENDANT, HEARING, HEARING_APPEARANCE);

    private final DSLContext tx;
    private final Map<Table<?>, Pending> pending = new LinkedHashMap<>();
    /** The history rows, sent after the rows they record. */
    private Pending history;
    private final Map<Table<?>, long[]> nextId = new HashMap<>();
    private Map<Integer, Ag> agencies;
    private Long auditId;
    private int cases;
    /** The ids of the first and last case queued since the last flush (0 when none). */
    private int firstCase;
    private int lastCase;
    private final String at = LocalDateTime.now().format(Audit.AT);
    private final String user = Audit.osUser();

    /** Rows in one INSERT statement: SQLite runs one statement of many rows faster than as many of one row. */
    static final int ROWS_PER_INSERT = 100;

    /**
     * One table's INSERT of one row and of {@link #ROWS_PER_INSERT} rows (columns in the order the first row gave
     * them), and its waiting bind sets.
     */
    private record Pending(Query one, Query many, List<Object[]> rows) {
        static Pending of(DSLContext tx, Table<?> t, List<? extends Field<?>> fields) {
            InsertValuesStepN<?> many = tx.insertInto(t).columns(fields);
            for (int i = 0; i < ROWS_PER_INSERT; i++) {
                many = many.values(Collections.nCopies(fields.size(), null));
            }
            return new Pending(tx.insertInto(t).columns(fields).values(Collections.nCopies(fields.size(), null)), many, new ArrayList<>());
        }
    }

    /** The file the cases come from (name and SHA-256), kept in each case's history entry; null for the demo. */
    private final Map<String, Object> source;

    BulkCaseWriter(DSLContext tx) {
        this(tx, null, null);
    }

    /**
     * @param file   the name of the file the cases are imported from, or null
     * @param sha256 that file's SHA-256 (hex), or null
     */
    BulkCaseWriter(DSLContext tx, String file, String sha256) {
        this.tx = tx;
        Map<String, Object> s = new LinkedHashMap<>();
        if (file != null) {
            s.put(IMPORT_FILE, file);
        }
        if (sha256 != null) {
            s.put(IMPORT_SHA256, sha256);
        }
        this.source = s;
    }

    /** Keys of a case's history entry beside its own columns: its rows as imported, and the file. */
    static final String DEFENDANTS = "defendants";
    static final String HEARINGS = "hearings";
    static final String APPEARANCES = "appearances";
    static final String AGENCY_NAME = "agency";
    static final String IMPORT_FILE = "import_file";
    static final String IMPORT_SHA256 = "import_sha256";

    /** One more than the highest id the table has or ever had (its sqlite_sequence counter). */
    private long firstFreeId(Table<?> t) {
        @SuppressWarnings("unchecked")
        Field<Long> id = (Field<Long>) t.field("id");
        Long max = tx.select(DSL.max(id.coerce(Long.class))).from(t).fetchOne(0, Long.class);
        Long seq = tx.select(DSL.field("seq", Long.class)).from(DSL.table("sqlite_sequence"))
                .where(DSL.field("name", String.class).eq(t.getName())).fetchOne(0, Long.class);
        return Math.max(max == null ? 0 : max, seq == null ? 0 : seq) + 1;
    }

    /** Queues the case with its defendants, hearings and appearances; returns the id it will have. */
    int insert(AdminCase c) {
        Integer fieldId = c.fieldId();
        if (fieldId == null && !c.defendants().isEmpty()) {
            fieldId = fieldOf(c.defendants().get(0).agencyId());
        }
        CaseNumber n = c.number();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("case_number", n.toString());
        v.put("case_year", n.year());
        v.put("court_code", n.courtCode());
        v.put("case_type", n.type());
        v.put("case_seq", n.number());
        v.put("court_id", c.courtId());
        v.put("plaintiffs", blankToNull(c.plaintiffs()));
        v.put("cause", blankToNull(c.cause()));
        v.put("act_type", c.actType() == null ? null : c.actType().name());
        v.put("field_id", fieldId);
        v.put("filing_date", CaseRepository.str(c.filingDate()));
        v.put("closing_date", CaseRepository.str(c.closingDate()));
        v.put("result", c.result() == null ? null : c.result().name());
        v.put("major_public_interest", c.majorPublicInterest() ? 1 : 0);
        v.put("notice_required", c.noticeRequired() ? 1 : 0);
        Map<String, Object> caseRow = queue(ADMIN_CASE, v);
        int caseId = (Integer) caseRow.get("id");
        if (firstCase == 0) {
            firstCase = caseId;
        }
        lastCase = caseId;
        List<Map<String, Object>> defendants = new ArrayList<>();
        List<Map<String, Object>> hearings = new ArrayList<>();
        for (int i = 0; i < c.defendants().size(); i++) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("case_id", caseId);
            d.put("agency_id", c.defendants().get(i).agencyId());
            d.put("sort_order", i);
            Map<String, Object> row = new LinkedHashMap<>(queue(CASE_DEFENDANT, d));
            row.put(AGENCY_NAME, agency(c.defendants().get(i).agencyId()).name());
            defendants.add(row);
        }
        for (Hearing h : c.hearings()) {
            Map<String, Object> hv = new LinkedHashMap<>();
            hv.put("case_id", caseId);
            hv.put("hearing_date", h.date().toString());
            hv.put("hearing_time", h.time() == null ? null : h.time().toString());
            hv.put("place", blankToNull(h.place()));
            Map<String, Object> hearingRow = new LinkedHashMap<>(queue(HEARING, hv));
            int hearingId = (Integer) hearingRow.get("id");
            List<Map<String, Object>> appearances = new ArrayList<>();
            for (Appearance a : h.appearances()) {
                Map<String, Object> av = new LinkedHashMap<>();
                av.put("hearing_id", hearingId);
                av.put("agency_id", a.agencyId());
                av.put("notice_required", a.noticeRequired() ? 1 : 0);
                av.put("notice_served_date", CaseRepository.str(a.noticeServed()));
                av.put("head_appeared", a.headAppeared() == null ? null : a.headAppeared() ? 1 : 0);
                av.put("head_name", blankToNull(a.headName()));
                av.put("head_title", blankToNull(a.headTitle()));
                av.put("head_rank", a.rank() == null ? null : a.rank().name());
                av.put("spoke", a.spoke() ? 1 : 0);
                av.put("staff", blankToNull(a.staff()));
                av.put("absence_reason", a.reason() == null ? null : a.reason().name());
                av.put("explanation_received", a.explanationReceived() ? 1 : 0);
                av.put("evaluation", blankToNull(a.evaluation()));
                av.put("notice_issued_date", null); // V9: a new row's letters are not issued yet
                av.put("reminder_issued_date", null);
                Map<String, Object> row = new LinkedHashMap<>(queue(HEARING_APPEARANCE, av));
                row.put(AGENCY_NAME, agency(a.agencyId()).name());
                appearances.add(row);
            }
            hearingRow.put(APPEARANCES, appearances);
            hearings.add(hearingRow);
        }
        // one history entry for the case and everything it came with (issue 16 §1): the case's columns as the
        // repository records them, then its defendants and hearings (with their appearances) as written, and the file
        Map<String, Object> entry = new LinkedHashMap<>(caseRow);
        entry.put(DEFENDANTS, defendants);
        entry.put(HEARINGS, hearings);
        entry.putAll(source);
        if (auditId == null) {
            auditId = firstFreeId(AUDIT_LOG);
        }
        if (history == null) {
            history = Pending.of(tx, AUDIT_LOG, List.of(AUDIT_LOG.ID, AUDIT_LOG.AT, AUDIT_LOG.OS_USER, AUDIT_LOG.TABLE_NAME,
                    AUDIT_LOG.RECORD_ID, AUDIT_LOG.ACTION, AUDIT_LOG.BEFORE_JSON, AUDIT_LOG.AFTER_JSON));
        }
        history.rows().add(new Object[] {auditId++, at, user, ADMIN_CASE.getName(), String.valueOf(caseId), Audit.Action.INSERT.name(), null,
                Audit.toJson(entry)});
        if (++cases % BATCH == 0) {
            flush();
        }
        return caseId;
    }

    /** An agency of the directory as this writer needs it. */
    private record Ag(Integer fieldId, String name) {
    }

    /** The directory's field and name of each agency, read once (agencies created earlier in the transaction included). */
    private Ag agency(int agencyId) {
        if (agencies == null) {
            agencies = new HashMap<>();
            tx.select(AGENCY.ID, AGENCY.FIELD_ID, AGENCY.NAME).from(AGENCY).forEach(r -> agencies.put(r.value1(), new Ag(r.value2(), r.value3())));
        }
        Ag a = agencies.get(agencyId);
        return a == null ? new Ag(null, null) : a;
    }

    private Integer fieldOf(int agencyId) {
        return agency(agencyId).fieldId();
    }

    /** Gives the row its id and queues it; returns the row as written (id first, as Audit.values orders a record's fields). */
    private Map<String, Object> queue(Table<?> table, Map<String, Object> values) {
        int id = Math.toIntExact(nextId.computeIfAbsent(table, t -> new long[] {firstFreeId(t)})[0]++);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.putAll(values);
        Pending p = pending.computeIfAbsent(table, t -> Pending.of(tx, t,
                row.keySet().stream().<Field<?>>map((String name) -> t.field(name)).toList()));
        p.rows().add(row.values().toArray());
        return row;
    }

    /**
     * Sends every queued row, parents before children, then their history rows; ids are read afresh after it. The
     * search index rows of the cases sent are written here, with one INSERT … SELECT from V8's view
     * {@code search_case_source} (what a case's row holds is said there only), while {@code search_paused} keeps the
     * row triggers of the case tables from writing them one by one; the pause is taken and lifted inside this
     * transaction, so no one else ever sees it and a failed or killed import takes it back with everything else.
     */
    void flush() {
        nextId.clear();
        auditId = null;
        int first = firstCase;
        int last = lastCase;
        firstCase = 0;
        lastCase = 0;
        try {
            if (first > 0) {
                tx.execute("INSERT INTO search_paused (id) VALUES (1)");
            }
            for (Table<?> t : ORDER) {
                Pending p = pending.get(t);
                if (p != null) {
                    send(p);
                }
            }
            if (history != null) {
                send(history);
            }
            if (first > 0) {
                tx.execute("INSERT INTO search_case (rowid, record_id, text) SELECT record_id, record_id, text "
                        + "FROM search_case_source WHERE record_id BETWEEN ? AND ?", first, last);
                tx.execute("DELETE FROM search_paused");
            }
        } catch (org.jooq.exception.DataAccessException e) {
            throw new IllegalStateException("cannot insert cases: " + e.getMessage(), e);
        }
    }

    /** The waiting rows in order: as many as fill the many-row INSERT through it, the rest one by one, as batches. */
    private void send(Pending p) {
        List<Object[]> rows = p.rows();
        int full = rows.size() / ROWS_PER_INSERT * ROWS_PER_INSERT;
        if (full > 0) {
            int width = rows.get(0).length;
            BatchBindStep batch = tx.batch(p.many());
            for (int start = 0; start < full; start += ROWS_PER_INSERT) {
                Object[] values = new Object[ROWS_PER_INSERT * width];
                for (int i = 0; i < ROWS_PER_INSERT; i++) {
                    System.arraycopy(rows.get(start + i), 0, values, i * width, width);
                }
                batch = batch.bind(values);
            }
            batch.execute();
        }
        if (full < rows.size()) {
            BatchBindStep batch = tx.batch(p.one());
            for (Object[] r : rows.subList(full, rows.size())) {
                batch = batch.bind(r);
            }
            batch.execute();
        }
        rows.clear();
    }

    @Override
    public void close() {
        flush();
    }
}
