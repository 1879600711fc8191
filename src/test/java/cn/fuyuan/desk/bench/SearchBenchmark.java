package cn.fuyuan.desk.bench;

import cn.fuyuan.desk.caseload.HearingExport;
import cn.fuyuan.desk.caseload.HearingImport;
import cn.fuyuan.desk.demo.DemoData;
import cn.fuyuan.desk.importing.TabularWriter;
import cn.fuyuan.desk.search.SearchHit;
import cn.fuyuan.desk.search.SearchIndex;
import cn.fuyuan.desk.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The global search at {@code demo --scale 215} (issue 13), measured from outside the tests:
 * {@code ./mvnw -Pbench-search verify} (see README, Performance). Prints the time per query — SearchIndex.search over
 * every kind, at most 20 records of each, as the command line asks — for 3-character, 6-character and 案号-fragment
 * queries cut from the records themselves (seeded), plus 2-character ones (the scan), with p50, p95 and max; then the
 * import of every hearing row into an empty register with the index triggers and, alternately, without them (dropped,
 * benchmark only), twice each.
 *
 * <p>Arguments: work folder, demo scale, queries per class, {@code reuse} (the database of the last run), {@code queries}
 * (no imports).
 */
public final class SearchBenchmark {
    private SearchBenchmark() {
    }

    static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench-search");
        int scale = args.length > 1 ? Integer.parseInt(args[1]) : 215;
        int perClass = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        // "reuse": the database an earlier run left (no new demo), with this build's search triggers
        boolean reuse = args.length > 3 && args[3].equals("reuse") && Files.exists(work.resolve("data").resolve(Database.FILE_NAME));
        if (Files.exists(work) && !reuse) {
            try (Stream<Path> s = Files.walk(work)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Path data = work.resolve("data");
        long t0 = System.nanoTime();
        if (!reuse) {
            try (Database db = Database.open(data, Database.Mode.WRITE)) {
                Map<String, Integer> counts = DemoData.write(db, scale, DemoData.DEFAULT_SEED, null);
                System.out.printf("demo --scale %d: %s in %d ms%n", scale, counts, ms(System.nanoTime() - t0));
            }
        }
        Path xlsx = work.resolve("hearings.xlsx");
        // "reuse": an earlier run's database, brought to this build's schema by its migrations when it is opened
        try (Database db = Database.open(data, Database.Mode.WRITE)) {
            for (String t : List.of("search_case", "search_letter", "search_meeting", "search_agency", "search_whitepaper")) {
                System.out.printf("%s: %d rows%n", t, longValue(db, "SELECT count(*) FROM " + t));
            }
            Random random = new Random(42);
            List<String> texts = strings(db, "SELECT text FROM search_case UNION ALL SELECT text FROM search_letter "
                    + "UNION ALL SELECT text FROM search_meeting UNION ALL SELECT text FROM search_agency");
            List<String> numbers = strings(db, "SELECT case_number FROM admin_case");
            Map<String, List<String>> classes = new LinkedHashMap<>();
            classes.put("3 characters", cuts(texts, 3, perClass, random));
            classes.put("6 characters", cuts(texts, 6, perClass, random));
            List<String> fragments = new ArrayList<>();
            for (int i = 0; i < perClass; i++) {
                // e.g. （2025）内0821行初12号 → 0821行初 / 08行初12: the court code's digits and the type, or type and number
                String n = numbers.get(random.nextInt(numbers.size()));
                String body = n.substring(n.indexOf('）') + 2, n.length() - 1);
                fragments.add(random.nextBoolean() ? body.replaceAll("\\d+$", "") : body.substring(Math.max(0, body.length() - 6)));
            }
            classes.put("案号 fragment", fragments);
            classes.put("2 characters (scan)", cuts(texts, 2, Math.min(perClass, 50), random));
            // one SearchIndex for all queries, as the window's search field keeps one
            SearchIndex index = new SearchIndex(db);
            if (perClass == 0) {
                classes.clear(); // queries 0: the imports only
            }
            for (String q : classes.isEmpty() ? List.<String>of() : classes.get("3 characters").subList(0, 30)) {
                index.search(q, 20); // warm-up
            }
            // the floor, in the same run and on its own connection: one plain FTS5 query of the same word's trigrams on the
            // largest table (search_case), its first 20 rowids, through a statement prepared once — what SQLite alone
            // costs for a query; the ratio to it says how the search does whatever else the machine is doing
            // the CPU time of this thread, which runs SQLite too (JNI): what a query costs, whoever else wants the CPU; the
            // wall clock's p95 on a shared machine is mostly the turns of the other processes
            java.lang.management.ThreadMXBean cpuClock = java.lang.management.ManagementFactory.getThreadMXBean();
            try (Connection floorConnection = db.connection();
                 java.sql.PreparedStatement floor = floorConnection.prepareStatement(
                         "SELECT rowid FROM search_case WHERE search_case MATCH ? ORDER BY rowid DESC LIMIT 20")) {
                for (Map.Entry<String, List<String>> c : classes.entrySet()) {
                    List<Long> micros = new ArrayList<>();
                    List<Long> cpuMicros = new ArrayList<>();
                    List<Long> floorMicros = new ArrayList<>();
                    long hits = 0;
                    boolean indexed = !c.getKey().startsWith("2");
                    for (String q : c.getValue()) {
                        long cpu = cpuClock.getCurrentThreadCpuTime();
                        long a = System.nanoTime();
                        List<SearchHit> found = index.search(q, 20);
                        micros.add((System.nanoTime() - a) / 1000);
                        cpuMicros.add((cpuClock.getCurrentThreadCpuTime() - cpu) / 1000);
                        hits += found.size();
                        if (indexed) {
                            a = System.nanoTime();
                            floor.setString(1, cn.fuyuan.desk.search.SearchBenchmarkAccess.trigrams(q));
                            try (ResultSet rs = floor.executeQuery()) {
                                while (rs.next()) {
                                    rs.getLong(1);
                                }
                            }
                            floorMicros.add((System.nanoTime() - a) / 1000);
                        }
                    }
                    micros.sort(null);
                    cpuMicros.sort(null);
                    floorMicros.sort(null);
                    double p95 = p95(micros) / 1000.0;
                    System.out.printf("search, %s: %d queries (e.g. %s), %d results in all; p50 %.1f ms, p95 %.1f ms, max %.1f ms; "
                                    + "CPU time of the searching thread (SQLite included): p50 %.1f ms, p95 %.1f ms%s%n",
                            c.getKey(), micros.size(), c.getValue().subList(0, 3), hits, micros.get(micros.size() / 2) / 1000.0, p95,
                            micros.get(micros.size() - 1) / 1000.0, cpuMicros.get(cpuMicros.size() / 2) / 1000.0, p95(cpuMicros) / 1000.0,
                            floorMicros.isEmpty() ? ""
                                    : String.format("; floor (one FTS5 query on search_case) p95 %.2f ms, ratio %.1f", p95(floorMicros) / 1000.0,
                                    p95 / (p95(floorMicros) / 1000.0)));
                }
            }
            index.close();
            if (!Files.exists(xlsx)) {
                TabularWriter.write(xlsx, HearingImport.HEADERS, HearingExport.rows(db, null, null));
            }
        }
        // the import with the index kept (the bulk writer's INSERT … SELECT), and without (on a copy with no index)
        // round 0 warms the JIT up and is not counted: the first import of a JVM (always the one keeping the index) ran
        // ~45 % slower than the same import later, which made the index look dearer than it is
        int rounds = args.length > 4 && args[4].equals("queries") ? 0 : 3;
        for (int round = 0; round < rounds; round++) {
            for (boolean withIndex : new boolean[] {true, false}) {
                Path dir = work.resolve("import-" + round + "-" + withIndex);
                if (Files.exists(dir)) {
                    try (Stream<Path> s = Files.walk(dir)) {
                        s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                }
                Files.createDirectories(dir);
                cn.fuyuan.desk.store.Backup.backup(data, dir.resolve(Database.FILE_NAME));
                try (Database db = Database.open(dir, Database.Mode.WRITE)) {
                    try (Connection c = db.connection(); Statement st = c.createStatement()) {
                        if (!withIndex) {
                            // no index: the triggers dropped, and the bulk writer's INSERT … SELECT given nothing to do
                            for (String trigger : strings(db, "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search_%'")) {
                                st.executeUpdate("DROP TRIGGER " + trigger);
                            }
                            st.executeUpdate("DROP VIEW search_case_source");
                            st.executeUpdate("CREATE VIEW search_case_source AS SELECT id AS record_id, NULL AS text FROM admin_case WHERE 0");
                            st.executeUpdate("DROP TABLE search_case");
                            st.executeUpdate("CREATE TABLE search_case (record_id INTEGER, text TEXT)");
                        }
                        for (String t : List.of("case_review", "hearing_appearance", "hearing", "case_defendant", "admin_case", "audit_log")) {
                            st.executeUpdate("DELETE FROM " + t);
                        }
                        st.executeUpdate("DELETE FROM search_case");
                        st.execute("VACUUM");
                    }
                    // the import runs on this thread, SQLite included (JNI): its CPU time says what it costs on a shared
                    // machine better than the wall clock, which counts the other processes' turns too
                    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
                    long cpu = threads.getCurrentThreadCpuTime();
                    long a = System.nanoTime();
                    var s = HearingImport.run(db, xlsx, false, false);
                    System.out.printf("%simport hearings (%d rows) %s the search index: %d ms, CPU of the importing thread %d ms "
                                    + "(search_case rows after: %d)%n", round == 0 ? "warm-up, not counted: " : "", s.rows(),
                            withIndex ? "keeping" : "WITHOUT", ms(System.nanoTime() - a),
                            ms(threads.getCurrentThreadCpuTime() - cpu), longValue(db, "SELECT count(*) FROM search_case"));
                }
            }
        }
    }

    static long p95(List<Long> sorted) {
        return sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
    }

    /** {@code n} substrings of {@code length} characters, without white space, from texts picked at random. */
    static List<String> cuts(List<String> texts, int length, int n, Random random) {
        List<String> out = new ArrayList<>();
        while (out.size() < n) {
            String t = texts.get(random.nextInt(texts.size()));
            if (t.length() < length) {
                continue;
            }
            int at = random.nextInt(t.length() - length + 1);
            String cut = t.substring(at, at + length);
            if (!cut.isBlank() && cut.chars().noneMatch(Character::isWhitespace)) {
                out.add(cut);
            }
        }
        return out;
    }

    static List<String> strings(Database db, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    static long longValue(Database db, String sql) throws Exception {
        try (Connection c = db.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
