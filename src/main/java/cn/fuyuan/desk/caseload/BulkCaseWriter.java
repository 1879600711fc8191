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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

import org.jooq.impl.DSL;

/**
 * Writes many NEW cases fast (imports of 100,000 rows, demo data at scale) inside the caller's transaction, as JDBC
 * INSERTs of {@link #ROWS_PER_INSERT} rows prepared once per table (faster than jOOQ batches of the same statements:
 * README, Performance) instead of one statement per row, sent on a thread of their own while the caller builds the
 * next batch ({@code handOver}).
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
    private long auditId;
    private int cases;
    private final int batch;
    /** The ids of the first and last case queued since the last flush (0 when none). */
    private int firstCase;
    private int lastCase;
    /** Time spent sending each table's rows ({@link #ORDER}, then the history), then the search index rows, then rebuilding indexes. */
    private final long[] nanos = new long[ORDER.size() + 3];
    /** The sending thread's CPU time in the same slots (SQLite's own work included: it runs on that thread). */
    private final long[] cpuNanos = new long[ORDER.size() + 3];
    /** New cases the caller said it will insert ({@link #expect}); 0 when not said (the demo, small writes). */
    private int expected;
    /** The indexes dropped for this write (their CREATE statements as sqlite_master holds them), created again by {@link #close()}. */
    private final List<String> dropped = new ArrayList<>();
    /** Whether the indexes were considered (once, at the first case). */
    private boolean indexesDecided;
    private final String at = LocalDateTime.now().format(Audit.AT);
    /** The one thread that sends batches (while the caller builds the next), and the batch it is sending. */
    private final ThreadPoolExecutor sender = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
        Thread t = new Thread(r, "bulk-case-writer");
        t.setDaemon(true);
        return t;
    });

    {
        sender.allowCoreThreadTimeOut(true); // a writer its caller never closed leaves no thread behind
    }
    private Future<?> sending;
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    /** CPU time of the sending thread (written by it, read after {@link #await()}: the future's completion orders the two). */
    private long sendingCpu;
    /** The INSERTs, prepared once on the transaction's connection and used by the sending thread only. */
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final String user = Audit.osUser();

    /** Rows in one INSERT statement: SQLite runs one statement of many rows faster than as many of one row. */
    static final int ROWS_PER_INSERT = 100;

    /**
     * One table's INSERT (columns in the order the first row gave them) of one row and of {@link #ROWS_PER_INSERT}
     * rows, as SQL text, and its waiting rows.
     */
    private record Pending(int slot, String one, String many, List<Object[]> rows) {
        /** @param slot where its sending time is counted in {@link #nanos} */
        static Pending of(int slot, Table<?> t, List<String> columns) {
            String head = "INSERT INTO " + t.getName() + " (" + String.join(", ", columns) + ") VALUES ";
            String row = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
            return new Pending(slot, head + row, head + String.join(", ", Collections.nCopies(ROWS_PER_INSERT, row)), new ArrayList<>());
        }

        /** The waiting rows, handed over to be sent; this one starts empty again. */
        Pending take() {
            Pending taken = new Pending(slot, one, many, new ArrayList<>(rows));
            rows.clear();
            return taken;
        }
    }

    /** The file the cases come from (name and SHA-256), kept in each case's history entry; null for the demo. */
    private Map<String, Object> source;

    BulkCaseWriter(DSLContext tx) {
        this(tx, null, null);
    }

    /**
     * @param file   the name of the file the cases are imported from, or null
     * @param sha256 that file's SHA-256 (hex), or null
     */
    BulkCaseWriter(DSLContext tx, String file, String sha256) {
        this(tx, file, sha256, BATCH);
    }

    /** @param batch cases kept before their rows are handed to the sending thread ({@link #BATCH}; fewer in tests) */
    BulkCaseWriter(DSLContext tx, String file, String sha256, int batch) {
        this(tx, batch, file, () -> sha256);
    }

    /**
     * @param sha256 gives the file's SHA-256 (hex) or null, asked at the first case: the caller may compute it meanwhile
     */
    BulkCaseWriter(DSLContext tx, int batch, String file, java.util.function.Supplier<String> sha256) {
        this.tx = tx;
        this.batch = batch;
        this.file = file;
        this.sha256 = sha256;
    }

    private final String file;
    private final java.util.function.Supplier<String> sha256;

    /** The file's name and SHA-256 as each history entry holds them. */
    private Map<String, Object> source() {
        if (source == null) {
            Map<String, Object> s = new LinkedHashMap<>();
            if (file != null) {
                s.put(IMPORT_FILE, file);
            }
            String hash = sha256.get();
            if (hash != null) {
                s.put(IMPORT_SHA256, hash);
            }
            source = s;
        }
        return source;
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

    /**
     * An import is large relative to the register when it brings at least as many new cases as the register holds
     * (issue 16 §1; a threshold chosen, not yet measured against imports of 10–100 % of the table): then the case tables' own secondary indexes are
     * dropped before the first row and created again from the same SQL text in {@link #close()}, all inside the
     * caller's transaction (SQLite's DDL is transactional: a failed or killed import gets them back with its rollback).
     */
    static final double DROP_INDEXES_AT = 1.0;

    /** Says how many new cases the caller is about to insert, so the writer may build the indexes once afterwards. */
    void expect(int newCases) {
        this.expected = newCases;
    }

    /**
     * For a caller that cannot say beforehand how many new cases it brings (an import that writes cases while it still
     * reads the file): the indexes are dropped as soon as the cases queued reach {@link #DROP_INDEXES_AT} × those the
     * register held at the first one (at once when it held none), before the next batch is sent.
     */
    void dropIndexesWhenLarge() {
        this.asTheyCome = true;
    }

    /** Whether the indexes are dropped once enough cases have come ({@link #dropIndexesWhenLarge}). */
    private boolean asTheyCome;
    /** The cases the register held at the first case, when {@link #asTheyCome}. */
    private long held;
    /** The indexes to drop with the next batch sent (the sending thread drops them: it has the connection then), or null. */
    private List<String[]> toDrop;
    /** The indexes that may be dropped, read at the first case when {@link #asTheyCome}. */
    private List<String[]> candidates = List.of();

    /** At the first case: drops the case tables' non-unique indexes when the write is large relative to them. */
    private void decideIndexes() {
        indexesDecided = true;
        if (asTheyCome) {
            held = tx.fetchCount(ADMIN_CASE);
            candidates = droppable();
            return;
        }
        if (expected <= 0) {
            return;
        }
        long have = tx.fetchCount(ADMIN_CASE);
        if (expected < DROP_INDEXES_AT * have) {
            return;
        }
        long t = System.nanoTime();
        for (String[] index : droppable()) {
            tx.execute(dropSql(index[0]));
            dropped.add(index[1]);
        }
        nanos[ORDER.size() + 2] += System.nanoTime() - t;
    }

    /** The case tables' named non-unique indexes, name and CREATE statement each, in the order they were created. */
    private List<String[]> droppable() {
        List<String> names = ORDER.stream().map(Table::getName).toList();
        List<String[]> out = new ArrayList<>();
        // named indexes only: the UNIQUE constraints' own (sqlite_autoindex_…, sql NULL) stay, and so does any UNIQUE index
        for (var r : tx.resultQuery("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                + "AND tbl_name IN (" + String.join(", ", Collections.nCopies(names.size(), "?")) + ") ORDER BY rowid", names.toArray())) {
            String sql = r.get(1, String.class);
            if (!sql.regionMatches(true, 0, "CREATE UNIQUE", 0, 13)) {
                out.add(new String[] {r.get(0, String.class), sql});
            }
        }
        return out;
    }

    private static String dropSql(String index) {
        return "DROP INDEX \"" + index.replace("\"", "\"\"") + "\"";
    }

    /** An agency the caller created in this transaction after the first case: its cases' history names it. */
    void agencyAdded(cn.fuyuan.desk.agency.Agency a) {
        if (agencies != null) {
            agencies.put(a.id(), new Ag(a.fieldId(), a.name()));
        }
    }

    /** Creates again the indexes dropped for this write, from their own SQL text, so the schema is the migrations' again. */
    private void restoreIndexes() {
        long t = System.nanoTime();
        for (String sql : dropped) {
            tx.execute(sql);
        }
        dropped.clear();
        nanos[ORDER.size() + 2] += System.nanoTime() - t;
    }

    /** Queues the case with its defendants, hearings and appearances; returns the id it will have. */
    int insert(AdminCase c) {
        if (!indexesDecided) {
            decideIndexes();
        }
        if (nextId.isEmpty()) {
            // every table's first id now, while nothing is in flight: the transaction is the sending thread's after a hand-over
            for (Table<?> t : ORDER) {
                nextId.put(t, new long[] {firstFreeId(t)});
            }
            auditId = firstFreeId(AUDIT_LOG);
            if (agencies == null) {
                agencies = new HashMap<>();
                tx.select(AGENCY.ID, AGENCY.FIELD_ID, AGENCY.NAME).from(AGENCY).forEach(r -> agencies.put(r.value1(), new Ag(r.value2(), r.value3())));
            }
        }
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
        v.put("filing_date", Audit.stored(ADMIN_CASE.FILING_DATE, c.filingDate()));
        v.put("closing_date", Audit.stored(ADMIN_CASE.CLOSING_DATE, c.closingDate()));
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
            Map<String, Object> row = queue(CASE_DEFENDANT, d); // its values are queued already: the name is for the history only
            row.put(AGENCY_NAME, agency(c.defendants().get(i).agencyId()).name());
            defendants.add(row);
        }
        for (Hearing h : c.hearings()) {
            Map<String, Object> hv = new LinkedHashMap<>();
            hv.put("case_id", caseId);
            hv.put("hearing_date", Audit.stored(HEARING.HEARING_DATE, h.date()));
            hv.put("hearing_time", Audit.stored(HEARING.HEARING_TIME, h.time()));
            hv.put("place", blankToNull(h.place()));
            Map<String, Object> hearingRow = queue(HEARING, hv);
            int hearingId = (Integer) hearingRow.get("id");
            List<Map<String, Object>> appearances = new ArrayList<>();
            for (Appearance a : h.appearances()) {
                Map<String, Object> av = new LinkedHashMap<>();
                av.put("hearing_id", hearingId);
                av.put("agency_id", a.agencyId());
                av.put("notice_required", a.noticeRequired() ? 1 : 0);
                av.put("notice_served_date", Audit.stored(HEARING_APPEARANCE.NOTICE_SERVED_DATE, a.noticeServed()));
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
                Map<String, Object> row = queue(HEARING_APPEARANCE, av);
                row.put(AGENCY_NAME, agency(a.agencyId()).name());
                appearances.add(row);
            }
            hearingRow.put(APPEARANCES, appearances);
            hearings.add(hearingRow);
        }
        // one history entry for the case and everything it came with (issue 16 §1): the case's columns as the
        // repository records them, then its defendants and hearings (with their appearances) as written, and the file
        Map<String, Object> entry = caseRow; // queued already: from here on it is the history entry
        entry.put(DEFENDANTS, defendants);
        entry.put(HEARINGS, hearings);
        entry.putAll(source());
        if (history == null) {
            history = Pending.of(ORDER.size(), AUDIT_LOG, Stream.of(AUDIT_LOG.ID, AUDIT_LOG.AT, AUDIT_LOG.OS_USER, AUDIT_LOG.TABLE_NAME,
                    AUDIT_LOG.RECORD_ID, AUDIT_LOG.ACTION, AUDIT_LOG.BEFORE_JSON, AUDIT_LOG.AFTER_JSON).map(Field::getName).toList());
        }
        history.rows().add(new Object[] {auditId++, at, user, ADMIN_CASE.getName(), String.valueOf(caseId), Audit.Action.INSERT.name(), null,
                Audit.toJson(entry)});
        ++cases;
        if (asTheyCome && dropped.isEmpty() && toDrop == null && cases >= DROP_INDEXES_AT * held) {
            // the sending thread may have the connection now: it drops them before the next batch it sends
            toDrop = candidates;
            for (String[] index : candidates) {
                dropped.add(index[1]);
            }
        }
        if (cases % batch == 0) {
            handOver(false);
        }
        return caseId;
    }

    /** An agency of the directory as this writer needs it. */
    private record Ag(Integer fieldId, String name) {
    }

    /** The directory's field and name of each agency, read at the first case (agencies created earlier in the transaction included). */
    private Ag agency(int agencyId) {
        Ag a = agencies.get(agencyId);
        return a == null ? new Ag(null, null) : a;
    }

    private Integer fieldOf(int agencyId) {
        return agency(agencyId).fieldId();
    }

    /** Gives the row its id and queues it; returns the row as written (id first, as Audit.values orders a record's fields). */
    private Map<String, Object> queue(Table<?> table, Map<String, Object> values) {
        int id = Math.toIntExact(nextId.get(table)[0]++);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.putAll(values);
        Pending p = pending.computeIfAbsent(table, t -> Pending.of(ORDER.indexOf(t), t, List.copyOf(row.keySet())));
        p.rows().add(row.values().toArray());
        return row;
    }

    /**
     * Sends every queued row and waits until they are written; ids are read afresh after it, so a caller may write
     * other rows through the transaction before its next {@link #insert}.
     */
    void flush() {
        handOver(true);
        await();
        nextId.clear();
    }

    /**
     * Hands the queued rows to the sending thread, once it has written the previous ones, and returns: the caller builds
     * the next cases while SQLite writes these (reading and checking overlapped with writing, issue 16 §1). At most one
     * batch is in flight, and the caller must not use the transaction itself until {@link #flush()} or {@link #close()}
     * has returned (one connection, one thread at a time); ids go on from the counters kept here, since no one else
     * writes meanwhile.
     */
    private void handOver(boolean endOfRun) {
        await();
        List<Pending> batch = new ArrayList<>();
        for (Table<?> t : ORDER) {
            Pending p = pending.get(t);
            if (p != null && !p.rows().isEmpty()) {
                batch.add(p.take());
            }
        }
        Pending h = history == null || history.rows().isEmpty() ? null : history.take();
        boolean pause = firstCase > 0 && unindexedFrom == 0;
        if (firstCase > 0) {
            if (unindexedFrom == 0) {
                unindexedFrom = firstCase;
            }
            unindexedTo = lastCase;
        }
        firstCase = 0;
        lastCase = 0;
        int[] index = endOfRun && unindexedFrom > 0 ? new int[] {unindexedFrom, unindexedTo} : null;
        if (index != null) {
            unindexedFrom = 0;
            unindexedTo = 0;
        }
        List<String[]> drop = toDrop == null || toDrop.isEmpty() ? null : toDrop;
        if (drop != null) {
            toDrop = List.of();
        }
        if (batch.isEmpty() && h == null && drop == null && index == null) {
            return;
        }
        sending = sender.submit(() -> tx.connection(c -> write(c, drop, pause, batch, h, index)));
    }

    /**
     * The ids of the first and last case sent since the search index was last filled (0 when none): their index rows are
     * written once, at the end of the run of cases ({@link #flush()}, {@link #close()}), while {@code search_paused}
     * holds.
     */
    private int unindexedFrom;
    private int unindexedTo;

    /**
     * Writes one batch on the sending thread: parents before children, then their history rows. The search index rows of
     * the cases are written at the end of a run of cases ({@link #flush()}, {@link #close()}: before the caller writes
     * anything else), all with one INSERT … SELECT from V8's view {@code search_case_source} (what a case's row holds is
     * said there only), while {@code search_paused}, taken with the run's first batch, keeps the row triggers of the case
     * tables from writing them one by one. Once at the end costs the sending thread less CPU than once per batch (README,
     * Performance). The pause is taken and lifted inside this transaction, so no one else ever sees it and a failed or
     * killed import takes it back with everything else.
     */
    private void write(Connection c, List<String[]> drop, boolean pause, List<Pending> batch, Pending h, int[] index) throws SQLException {
        long cpu = THREADS.getCurrentThreadCpuTime();
        try {
            if (drop != null) {
                timed(ORDER.size() + 2, () -> {
                    try (java.sql.Statement st = c.createStatement()) {
                        for (String[] d : drop) {
                            st.executeUpdate(dropSql(d[0]));
                        }
                    }
                });
            }
            writeRows(c, pause, batch, h, index);
        } finally {
            sendingCpu += THREADS.getCurrentThreadCpuTime() - cpu;
        }
    }

    private void writeRows(Connection c, boolean pause, List<Pending> batch, Pending h, int[] index) throws SQLException {
        if (pause) {
            statement(c, "INSERT INTO search_paused (id) VALUES (1)").executeUpdate();
        }
        for (Pending p : batch) {
            timed(p.slot(), () -> send(c, p));
        }
        if (h != null) {
            timed(h.slot(), () -> send(c, h));
        }
        if (index != null) {
            timed(ORDER.size() + 1, () -> {
                PreparedStatement fill = statement(c, "INSERT INTO search_case (rowid, record_id, text) SELECT record_id, record_id, text "
                        + "FROM search_case_source WHERE record_id BETWEEN ? AND ?");
                fill.setInt(1, index[0]);
                fill.setInt(2, index[1]);
                fill.executeUpdate();
                statement(c, "DELETE FROM search_paused").executeUpdate();
            });
        }
    }

    /** Work on the sending thread, its wall clock and CPU time added to a slot of {@link #nanos} / {@link #cpuNanos}. */
    private void timed(int slot, SqlWork work) throws SQLException {
        long t = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        work.run();
        nanos[slot] += System.nanoTime() - t;
        cpuNanos[slot] += THREADS.getCurrentThreadCpuTime() - cpu;
    }

    @FunctionalInterface
    private interface SqlWork {
        void run() throws SQLException;
    }

    /** Waits for the batch in flight, if any; its failure is this writer's. */
    private void await() {
        Future<?> f = sending;
        if (f == null) {
            return;
        }
        sending = null;
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    f.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // the batch in flight uses the connection: it must end before the caller goes on
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof org.jooq.exception.DataAccessException d && d.getCause() != null ? d.getCause() : e.getCause();
            throw new IllegalStateException("cannot insert cases: " + cause.getMessage(), cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (interrupted) {
            throw new java.util.concurrent.CancellationException();
        }
    }

    /** The statement of this SQL text, prepared once on the transaction's connection. */
    private PreparedStatement statement(Connection c, String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = c.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    /**
     * The waiting rows in order: as many as fill the many-row INSERT through it, the rest through the one-row INSERT;
     * parameters bound by index. Measured against jOOQ batches of the same statements: see README, Performance.
     */
    private void send(Connection c, Pending p) throws SQLException {
        List<Object[]> rows = p.rows();
        int full = rows.size() / ROWS_PER_INSERT * ROWS_PER_INSERT;
        if (full > 0) {
            PreparedStatement many = statement(c, p.many());
            for (int start = 0; start < full; start += ROWS_PER_INSERT) {
                int i = 1;
                for (int r = start; r < start + ROWS_PER_INSERT; r++) {
                    for (Object v : rows.get(r)) {
                        bind(many, i++, v);
                    }
                }
                many.executeUpdate();
            }
        }
        if (full < rows.size()) {
            PreparedStatement one = statement(c, p.one());
            for (Object[] r : rows.subList(full, rows.size())) {
                for (int i = 0; i < r.length; i++) {
                    bind(one, i + 1, r[i]);
                }
                one.executeUpdate();
            }
        }
    }

    /** One value as the row maps hold it: an int or long id or flag, text (dates as text: see {@link CaseRepository#str}), or null. */
    private static void bind(PreparedStatement ps, int index, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(index, Types.NULL);
        } else if (v instanceof Integer i) {
            ps.setInt(index, i);
        } else if (v instanceof Long l) {
            ps.setLong(index, l);
        } else {
            ps.setString(index, (String) v);
        }
    }

    /** Where the writing went so far, for the log: milliseconds per table, the history and the search index. */
    String phases() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < nanos.length; i++) {
            String name = i < ORDER.size() ? ORDER.get(i).getName() : i == ORDER.size() ? AUDIT_LOG.getName()
                    : i == ORDER.size() + 1 ? "search_case" : "indexes dropped and rebuilt";
            b.append(i == 0 ? "" : ", ").append(name).append(' ').append(nanos[i] / 1_000_000).append(" ms")
                    .append(i <= ORDER.size() + 1 ? " (CPU " + cpuNanos[i] / 1_000_000 + ")" : "");
        }
        return b.toString();
    }

    /** CPU milliseconds the sending thread spent so far (SQLite's own work included; read after a flush). */
    long sendingCpuMillis() {
        return sendingCpu / 1_000_000;
    }

    /** Milliseconds spent sending rows so far (every table, the history and the index). */
    long sentMillis() {
        long sum = 0;
        for (int i = 0; i < ORDER.size() + 2; i++) { // not the indexes' slot: that is not sending
            sum += nanos[i];
        }
        return sum / 1_000_000;
    }

    /** Sends what is queued, waits for it and lets the sending thread go. */
    @Override
    public void close() {
        try {
            flush();
            restoreIndexes();
        } finally {
            abandon();
        }
    }

    /**
     * Waits for the batch in flight (its failure ignored: the caller is failing already) and lets the sending thread go,
     * without sending what is still queued; for a caller leaving with an exception, before its transaction rolls back.
     */
    void abandon() {
        try {
            await();
        } catch (RuntimeException e) {
            // the caller's own exception is the one that counts
        }
        sender.shutdown();
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.close();
            } catch (SQLException e) {
                // closing the statements of a transaction that ends anyway
            }
        }
        statements.clear();
    }
}
