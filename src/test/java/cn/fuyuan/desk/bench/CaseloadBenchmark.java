package cn.fuyuan.desk.bench;

import cn.fuyuan.desk.appearance.AppearanceStats;
import cn.fuyuan.desk.appearance.Bulletin;
import cn.fuyuan.desk.appearance.BulletinReport;
import cn.fuyuan.desk.appearance.Period;
import cn.fuyuan.desk.caseload.CaseListViewModel;
import cn.fuyuan.desk.caseload.CaseQueries;
import cn.fuyuan.desk.caseload.HearingImport;
import cn.fuyuan.desk.demo.DemoData;
import cn.fuyuan.desk.importing.ImportSummary;
import cn.fuyuan.desk.report.DocumentFormat;
import cn.fuyuan.desk.report.ProgressListener;
import cn.fuyuan.desk.report.ReportService;
import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.store.Database;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Caseload speed at about 100,000 hearing rows (issue 3 §9), measured from outside the tests:
 * {@code ./mvnw -Pbench-caseload verify} (see README, Performance). Prints: demo writing time and size; loading the
 * case register and filtering it (what the window does, minus drawing: the table is virtualised); the quarterly
 * bulletin PDF warm (median of 5 after 2 warm-ups); importing the same rows from an XLSX file into an empty register,
 * and, as its floor in the same run, the sqlite3 shell's {@code .import} of those rows as CSV (with the ratio).
 *
 * <p>Arguments: work folder, demo scale, and optionally a data folder to copy instead of writing the demo (e.g. the
 * scale-215 one an earlier run or {@code demo --scale 215} left; {@code -} for none; the copy is brought to this
 * build's schema when opened, the original is only read) and {@code import} to time the import only (no register, no
 * bulletin). The import's own phase times (read, check, write by table, index, commit) are printed from its log line.
 */
public final class CaseloadBenchmark {
    private CaseloadBenchmark() {
    }

    static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench-caseload");
        int scale = args.length > 1 ? Integer.parseInt(args[1]) : 215;
        Path reuse = args.length > 2 && !args[2].isBlank() && !args[2].equals("-") ? Path.of(args[2]) : null;
        boolean importOnly = args.length > 3 && args[3].equals("import");
        if (Files.exists(work)) {
            try (Stream<Path> s = Files.walk(work)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Path data = work.resolve("data");
        long t0 = System.nanoTime();
        cn.fuyuan.desk.store.Logging.attachFile(work);
        if (reuse != null) {
            copy(reuse, data);
            System.out.printf("copied %s in %d ms (no demo written)%n", reuse, ms(System.nanoTime() - t0));
        } else {
            try (Database db = Database.open(data, Database.Mode.WRITE)) {
                Map<String, Integer> counts = DemoData.write(db, scale, DemoData.DEFAULT_SEED, null);
                System.out.printf("demo --scale %d: %s in %d ms%n", scale, counts, ms(System.nanoTime() - t0));
            }
        }

        Path xlsx = work.resolve("hearings.xlsx");
        // a folder an earlier run prepared (register emptied, file written): straight to the import
        boolean prepared = reuse != null && Files.exists(reuse.resolve(xlsx.getFileName()));
        if (prepared) {
            Files.copy(reuse.resolve(xlsx.getFileName()), xlsx);
        }
        if (!prepared) {
            prepare(data, xlsx, work, importOnly);
        }
        if (importOnly && !prepared) {
            // kept for the next run: -Dbench.caseload.reuse=<this folder> goes straight to the import
            Path keep = work.resolveSibling(work.getFileName() + "-prepared");
            if (Files.exists(keep)) {
                try (Stream<Path> s = Files.walk(keep)) {
                    s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            copy(data, keep);
            Files.copy(xlsx, keep.resolve(xlsx.getFileName()));
            System.out.printf("prepared register and file kept in %s%n", keep);
        }
        long r = System.nanoTime();
        int read = cn.fuyuan.desk.importing.TabularFile.read(xlsx).rows().size();
        System.out.printf("read %s alone (%d rows): %d ms%n", xlsx.getFileName(), read, ms(System.nanoTime() - r));
        long importMs;
        long importCpuMs;
        try (Database db = Database.open(data, Database.Mode.WRITE)) {
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long mainCpu = threads.getCurrentThreadCpuTime();
            long cpu = cpuNanos();
            long a = System.nanoTime();
            ImportSummary s = HearingImport.run(db, xlsx, false, false);
            importMs = ms(System.nanoTime() - a);
            importCpuMs = ms(cpuNanos() - cpu);
            long importingCpuMs = ms(threads.getCurrentThreadCpuTime() - mainCpu);
            System.out.printf("import CPU: importing thread %d ms (the sending thread's is in the import's log line below)%n", importingCpuMs);
            System.out.printf("import hearings %s (%d rows, %d KB): %d ms (process CPU %d ms), %s%n", xlsx.getFileName(), s.rows(),
                    Files.size(xlsx) / 1024, importMs, importCpuMs, s);
            long b = System.nanoTime();
            ImportSummary again = HearingImport.run(db, xlsx, false, true);
            System.out.printf("import again (dry run, all unchanged=%d): %d ms%n", again.unchanged(), ms(System.nanoTime() - b));
        }
        sqliteImport(work, xlsx, importMs, importCpuMs);
        // the import's own phases, as it logs them
        try (Stream<String> lines = Files.lines(work.resolve("logs").resolve("fuyuan-desk.log"))) {
            lines.filter(l -> l.contains("HearingImport")).forEach(l -> System.out.println("  " + l.substring(l.indexOf(" - ") + 3)));
        }
    }

    /** The register and the bulletin timed (unless import only), the file written and the register emptied. */
    static void prepare(Path data, Path xlsx, Path work, boolean importOnly) throws Exception {
        try (Database db = Database.open(data, Database.Mode.WRITE)) {
            // the register, as the window loads it (in the background) and filters it
            for (int i = 0; i < (importOnly ? 0 : 3); i++) {
                long a = System.nanoTime();
                List<CaseQueries.CaseRow> rows = new CaseQueries(db).cases("本院");
                long b = System.nanoTime();
                CaseListViewModel vm = new CaseListViewModel();
                vm.load(rows);
                vm.search.set("公安局");
                int found = vm.rows().size();
                vm.headAbsent.set(true);
                int absent = vm.rows().size();
                long c = System.nanoTime();
                System.out.printf("register: %d cases loaded in %d ms; search + filter (%d, %d shown) in %d ms%n", rows.size(), ms(b - a),
                        found, absent, ms(c - b));
            }
            // the bulletin, warm: the whole agency ranking (the default), then its first and last 10 (setting)
            SettingsRepository settings = new SettingsRepository(db);
            for (String rows : importOnly ? List.<String>of() : List.of("0", "10")) {
                settings.put(cn.fuyuan.desk.settings.SettingKey.APPEARANCE_BULLETIN_AGENCY_ROWS, rows);
                List<Long> times = new ArrayList<>();
                List<Long> cpu = new ArrayList<>();
                java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
                int pages = 0;
                // 12 runs, the first 4 uncounted: C2 is still compiling the fill and the PDF writer through the third
                for (int i = 0; i < 12; i++) {
                    long a = System.nanoTime();
                    long ca = threads.getCurrentThreadCpuTime();
                    Bulletin bl = Bulletin.of(db, Period.parse("2025Q3"), AppearanceStats.Unit.CASE, AppearanceStats.Scope.ALL);
                    var print = BulletinReport.fill(ReportService.shared(), settings.office(), bl, java.time.LocalDate.now());
                    ReportService.shared().export(print, DocumentFormat.PDF, work.resolve("bulletin-" + rows + ".pdf"), ProgressListener.NONE);
                    times.add(ms(System.nanoTime() - a));
                    cpu.add(ms(threads.getCurrentThreadCpuTime() - ca));
                    pages = print.getPages().size();
                }
                List<Long> warm = new ArrayList<>(times.subList(4, times.size()));
                warm.sort(null);
                List<Long> warmCpu = new ArrayList<>(cpu.subList(4, cpu.size()));
                warmCpu.sort(null);
                // the floor, in the same run: reading the facts the bulletin counts, alone (µs for the ratio's sake)
                List<Long> floor = new ArrayList<>();
                for (int i = 0; i < 7; i++) {
                    long a = System.nanoTime();
                    cn.fuyuan.desk.appearance.StatsData.appearanceFacts(db.dsl(), cn.fuyuan.desk.appearance.StatsData.upTo(Period.parse("2025Q3")));
                    floor.add((System.nanoTime() - a) / 1000);
                }
                List<Long> floorWarm = new ArrayList<>(floor.subList(2, floor.size()));
                floorWarm.sort(null);
                long median = warm.get(warm.size() / 2);
                long floorUs = Math.max(1, floorWarm.get(floorWarm.size() / 2));
                System.out.printf("bulletin 2025Q3 PDF, appearance.bulletinAgencyRows=%s (%d pages; figures + fill + export): runs %s ms, "
                        + "warm median %d ms (its thread's CPU: %d ms); floor (reading its facts alone) %.1f ms; ratio %.1f×%n", rows, pages,
                        times, median, warmCpu.get(warmCpu.size() / 2), floorUs / 1000.0, median * 1000.0 / floorUs);
            }
            settings.put(cn.fuyuan.desk.settings.SettingKey.APPEARANCE_BULLETIN_AGENCY_ROWS, "0");
            writeXlsx(db, xlsx);
            // empty the register (benchmark only) so that the import writes every row
            try (Connection c = db.connection(); Statement st = c.createStatement()) {
                for (String t : List.of("case_review", "hearing_appearance", "hearing", "case_defendant", "admin_case", "audit_log")) {
                    st.executeUpdate("DELETE FROM " + t);
                }
            }
        }
    }

    /** This process's CPU time so far (every thread, the JIT and the collector included). */
    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Copies a data folder's database (the original is only read). */
    static void copy(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        Files.copy(from.resolve(Database.FILE_NAME), to.resolve(Database.FILE_NAME));
        to.resolve(Database.FILE_NAME).toFile().setWritable(true, true);
    }

    /**
     * The floor of the import, in the same run (issue 16 §5): the sqlite3 command-line shell's {@code .import} of the same
     * rows as CSV into a table of its own (no checks, no indexes, no history) — what SQLite alone takes to store them.
     * Skipped, with a message, when the shell (Debian package {@code sqlite3}) is not installed.
     */
    static void sqliteImport(Path work, Path xlsx, long importMs, long importCpuMs) throws Exception {
        Path csv = work.resolve("hearings.csv");
        cn.fuyuan.desk.importing.TabularFile.Content content = cn.fuyuan.desk.importing.TabularFile.read(xlsx);
        try (java.io.Writer w = Files.newBufferedWriter(csv, java.nio.charset.StandardCharsets.UTF_8)) {
            w.write(String.join(",", HearingImport.HEADERS) + "\n");
            for (var row : content.rows()) {
                List<String> cells = new ArrayList<>();
                for (String h : HearingImport.HEADERS) {
                    String v = row.get(h);
                    cells.add(v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
                }
                w.write(String.join(",", cells) + "\n");
            }
        }
        Path db = work.resolve("sqlite3-import.db");
        Files.deleteIfExists(db);
        // through sh, whose times builtin says the shell's CPU time (user and system) beside the wall clock
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", "sqlite3 \"$0\" '.mode csv' \".import $1 hearings\" 'SELECT count(*) FROM hearings' && times",
                db.toString(), csv.toString()).redirectErrorStream(true);
        long a = System.nanoTime();
        Process p;
        try {
            p = pb.start();
        } catch (java.io.IOException e) {
            System.out.println("sqlite3 .import: skipped, the sqlite3 shell is not installed (Debian package sqlite3)");
            return;
        }
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        int exit = p.waitFor();
        long floorMs = ms(System.nanoTime() - a);
        String[] lines = out.split("\n");
        if (exit == 127 || lines.length < 3) {
            System.out.println("sqlite3 .import: skipped, the sqlite3 shell is not installed (Debian package sqlite3): " + out);
            return;
        }
        // times: the shell's own line, then its children's: "0m0.412s 0m0.080s"
        long floorCpuMs = 0;
        for (String t : lines[lines.length - 1].trim().split("\\s+")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)m([\\d.]+)s").matcher(t);
            if (m.matches()) {
                floorCpuMs += Long.parseLong(m.group(1)) * 60_000 + Math.round(Double.parseDouble(m.group(2)) * 1000);
            }
        }
        System.out.printf("sqlite3 .import of the same %d rows as CSV (%d KB): %d ms, CPU %d ms (exit %d, rows %s); "
                        + "import / sqlite3 .import = %.1f by the wall clock, %.1f by CPU time%n", content.rows().size(), Files.size(csv) / 1024,
                floorMs, floorCpuMs, exit, lines[0], (double) importMs / Math.max(1, floorMs), (double) importCpuMs / Math.max(1, floorCpuMs));
    }

    /** Every hearing row of the demo in the import layout (streaming writer). */
    static void writeXlsx(Database db, Path file) throws Exception {
        String sql = "SELECT c.case_number, ct.name, c.plaintiffs, a.name, c.cause, c.act_type, c.filing_date, h.hearing_date, "
                + "x.notice_served_date, x.head_appeared, x.head_name, x.head_title, x.head_rank, x.spoke, x.absence_reason, "
                + "x.explanation_received, x.staff, c.result, c.closing_date FROM hearing_appearance x JOIN hearing h ON h.id = x.hearing_id "
                + "JOIN admin_case c ON c.id = h.case_id JOIN agency a ON a.id = x.agency_id LEFT JOIN court ct ON ct.id = c.court_id";
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); Connection c = db.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            Sheet sheet = wb.createSheet("开庭");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HearingImport.HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HearingImport.HEADERS.get(i));
            }
            int r = 1;
            while (rs.next()) {
                Row row = sheet.createRow(r++);
                for (int i = 1; i <= 19; i++) {
                    String v = rs.getString(i);
                    if (v == null) {
                        continue;
                    }
                    v = switch (i) {
                        case 6 -> cn.fuyuan.desk.caseload.ActType.valueOf(v).zh();
                        case 10, 14, 16 -> v.equals("1") ? "是" : "否";
                        case 13 -> cn.fuyuan.desk.caseload.HeadRank.valueOf(v).zh();
                        case 15 -> cn.fuyuan.desk.caseload.AbsenceReason.valueOf(v).zh();
                        case 18 -> cn.fuyuan.desk.caseload.CaseResult.valueOf(v).zh();
                        default -> v;
                    };
                    row.createCell(i - 1).setCellValue(v);
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
        }
    }
}
