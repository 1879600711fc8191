package cn.fuyuan.desk.bench;

import static cn.fuyuan.desk.store.jooq.Tables.ADMIN_CASE;

import cn.fuyuan.desk.demo.DemoData;
import cn.fuyuan.desk.report.DocumentFormat;
import cn.fuyuan.desk.report.ReportService;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.whitepaper.Chapter;
import cn.fuyuan.desk.whitepaper.ChapterFigures;
import cn.fuyuan.desk.whitepaper.WhitePaper;
import cn.fuyuan.desk.whitepaper.WhitePaperData;
import cn.fuyuan.desk.whitepaper.WhitePaperFigures;
import cn.fuyuan.desk.whitepaper.WhitePaperDocument;
import cn.fuyuan.desk.whitepaper.WhitePaperService;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * White paper speed at demo scale 215 (64,500 cases; issue 11 §8), measured from outside the tests:
 * {@code ./mvnw -Pbench-whitepaper verify} (see README, Performance). Prints, each as runs and the warm median (of the
 * runs after 2 warm-ups): the figures of all chapters (reading the inputs + computing), and the whole draft to PDF
 * (figures, words, two fills for the contents' page numbers, export).
 *
 * <p>Each figure is also given as a ratio against a floor measured in the same run and on the same database: one
 * plain read of the register (every case's number, filing and closing date through jOOQ). The ratio survives a
 * loaded machine; the milliseconds do not. The CPU time of the figures (this thread's, SQLite's included) is printed
 * too: on a shared machine it is close to what an idle one would take.
 *
 * <p>Arguments: work folder, demo scale, runs, and {@code reuse} to keep the demo database an earlier run of the same
 * scale left in the work folder (writing it takes minutes).
 */
public final class WhitePaperBenchmark {
    private WhitePaperBenchmark() {
    }

    static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    static long median(List<Long> times) {
        List<Long> warm = new ArrayList<>(times.subList(Math.min(2, times.size() - 1), times.size()));
        warm.sort(null);
        return warm.get(warm.size() / 2);
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench-whitepaper");
        int scale = args.length > 1 ? Integer.parseInt(args[1]) : 215;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        boolean reuse = args.length > 3 && "true".equals(args[3]) && Files.exists(work.resolve("demo-scale-" + scale));
        if (Files.exists(work) && !reuse) {
            try (Stream<Path> s = Files.walk(work)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Path data = work.resolve("data");
        long t0 = System.nanoTime();
        if (reuse) {
            System.out.printf("demo --scale %d: the database of an earlier run%n", scale);
        } else {
            try (Database db = Database.open(data, Database.Mode.WRITE)) {
                Map<String, Integer> counts = DemoData.write(db, scale, DemoData.DEFAULT_SEED, null);
                System.out.printf("demo --scale %d: %s in %d ms%n", scale, counts, ms(System.nanoTime() - t0));
            }
            Files.createFile(work.resolve("demo-scale-" + scale));
        }
        LocalDate asOf = LocalDate.of(2026, 3, 31);
        try (Database db = Database.open(data, Database.Mode.READ)) {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            List<Long> floor = new ArrayList<>();
            List<Long> floorCpu = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long a = System.nanoTime();
                long cpu = threads.getCurrentThreadCpuTime();
                int n = db.dsl().select(ADMIN_CASE.CASE_NUMBER, ADMIN_CASE.FILING_DATE, ADMIN_CASE.CLOSING_DATE).from(ADMIN_CASE).fetch().size();
                floorCpu.add(ms(threads.getCurrentThreadCpuTime() - cpu));
                floor.add(ms(System.nanoTime() - a));
                if (n == 0) {
                    throw new IllegalStateException("no cases");
                }
            }
            long unit = Math.max(1, median(floor));
            System.out.printf("floor, one plain read of the register: runs %s ms, warm median %d ms%n", floor, unit);
            List<Long> read = new ArrayList<>();
            List<Long> compute = new ArrayList<>();
            List<Long> total = new ArrayList<>();
            List<Long> totalCpu = new ArrayList<>();
            Map<Chapter, ChapterFigures> figures = null;
            for (int i = 0; i < runs; i++) {
                long a = System.nanoTime();
                long cpu = threads.getCurrentThreadCpuTime();
                WhitePaperFigures.Inputs in = WhitePaperData.inputs(db, 2025, asOf);
                long b = System.nanoTime();
                figures = WhitePaperFigures.compute(in);
                long c = System.nanoTime();
                totalCpu.add(ms(threads.getCurrentThreadCpuTime() - cpu));
                read.add(ms(b - a));
                compute.add(ms(c - b));
                total.add(ms(c - a));
            }
            int tables = figures.values().stream().mapToInt(f -> f.tables().size()).sum();
            int rows = figures.values().stream().flatMap(f -> f.tables().stream()).mapToInt(t -> t.rows().size()).sum();
            System.out.printf("figures of all chapters, 2025 (%d tables, %d rows): runs %s ms, warm median %d ms "
                    + "(reading the inputs %d ms, computing %d ms) = %.1f × the floor%n", tables, rows, total, median(total), median(read),
                    median(compute), (double) median(total) / unit);
            // SQLite runs in the calling thread: its CPU time is the work itself, without the time spent waiting for a core
            System.out.printf("CPU time of this thread: figures runs %s ms, warm median %d ms; the floor's warm median %d ms%n", totalCpu,
                    median(totalCpu), median(floorCpu));

            WhitePaperService service = new WhitePaperService(db);
            WhitePaperDocument.Options options = service.printOptions();
            List<Long> pdf = new ArrayList<>();
            List<Long> fill = new ArrayList<>();
            int pages = 0;
            Path out = work.resolve("白皮书-2025.pdf");
            for (int i = 0; i < runs; i++) {
                long a = System.nanoTime();
                WhitePaper p = service.draft(2025, asOf);
                long b = System.nanoTime();
                var print = WhitePaperDocument.print(p, options);
                long c = System.nanoTime();
                ReportService.shared().export(print, DocumentFormat.PDF, out, null);
                pdf.add(ms(System.nanoTime() - a));
                fill.add(ms(c - b));
                pages = print.getPages().size();
            }
            System.out.printf("draft to PDF, 2025 (%d pages, %d KB; figures + words + layout + export): runs %s ms, warm median %d ms "
                    + "(the layout %d ms) = %.1f × the floor%n", pages, Files.size(out) / 1024, pdf, median(pdf), median(fill),
                    (double) median(pdf) / unit);

            // the document's own part: a draft made once, then built, laid out and exported (the figures are not in it)
            WhitePaper once = service.draft(2025, asOf);
            List<Long> doc = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long a = System.nanoTime();
                var print = WhitePaperDocument.print(once, options);
                ReportService.shared().export(print, DocumentFormat.PDF, out, null);
                doc.add(ms(System.nanoTime() - a));
            }
            System.out.printf("saved white paper to PDF, 2025 (document + layout + export, no figures): runs %s ms, warm median %d ms "
                    + "= %.1f × the floor%n", doc, median(doc), (double) median(doc) / unit);
        }
    }
}
