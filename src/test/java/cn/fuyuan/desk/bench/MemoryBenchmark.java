package cn.fuyuan.desk.bench;

import cn.fuyuan.desk.app.MainWindow;
import cn.fuyuan.desk.app.Section;
import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.Jobs;
import cn.fuyuan.desk.ui.UiFonts;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Resident memory of the window on a large database (issue 16 §3): a child JVM opens the window on a
 * {@code demo --scale N} database (N = 215: 64,500 cases, ~100,000 hearing rows, 15,371 agencies),
 * visits every section of the navigation in turn (each one's background loads finished), and the
 * resident size (VmRSS, from /proc, measured from outside) is printed after the visit and again after
 * idling past G1's periodic collection, with the live heap and the largest classes of a
 * {@code jcmd GC.class_histogram}. Run twice in the same sitting: once with the JVM's defaults (the
 * floor: what the machine would give a bare {@code java}) and once with the launcher's options
 * (installer.memory.args in the pom). Needs a display (Xvfb will do). Not a test:
 * {@code ./mvnw -Pbench-memory verify}.
 *
 * <p>Arguments: data folder, demo scale, seconds idle, launcher JVM options (one string, spaces).
 */
public final class MemoryBenchmark {
    private MemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--window")) {
            // the child (a class that is not an Application, or the java launcher asks for JavaFX modules)
            Window.data = Path.of(args[1]);
            Application.launch(Window.class);
            return;
        }
        Path data = Path.of(args.length > 0 ? args[0] : "target/bench-memory").toAbsolutePath();
        int scale = args.length > 1 ? Integer.parseInt(args[1]) : 215;
        int idle = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        String launcher = args.length > 3 && args[3] != null ? args[3].strip() : "";
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");

        if (!Files.exists(data.resolve("fuyuan.db"))) {
            long t0 = System.nanoTime();
            Process demo = new ProcessBuilder(java, "-cp", cp, "cn.fuyuan.desk.Main", "--data", data.toString(),
                    "demo", "--scale", String.valueOf(scale)).inheritIO().start();
            if (!demo.waitFor(60, TimeUnit.MINUTES) || demo.exitValue() != 0) {
                throw new IllegalStateException("demo --scale " + scale + " failed");
            }
            System.out.printf("demo --scale %d written in %.0f s%n", scale, (System.nanoTime() - t0) / 1e9);
        }
        List<String> defaults = List.of();
        List<String> options = launcher.isEmpty() ? List.of() : Arrays.asList(launcher.split("\\s+"));
        // -Dbench.memory.floor=false: only the launcher's options (when comparing options with each other)
        boolean withFloor = Boolean.parseBoolean(System.getProperty("bench.memory.floor", "true"));
        Result ours = run(java, cp, data, idle, options);
        if (!withFloor) {
            System.out.printf("launcher options:  RSS after visiting %d MB, after %d s idle %d MB, peak %d MB; live heap %d MB (%s)%n",
                    ours.rssVisited / 1024, idle, ours.rssIdle / 1024, ours.peak / 1024, ours.liveHeap / 1024, launcher);
            System.out.println("largest classes (after idle):");
            ours.histogram.forEach(System.out::println);
            return;
        }
        Result floor = run(java, cp, data, idle, defaults);
        System.out.printf("JVM defaults:      RSS after visiting %d MB, after %d s idle %d MB, peak %d MB; live heap %d MB%n",
                floor.rssVisited / 1024, idle, floor.rssIdle / 1024, floor.peak / 1024, floor.liveHeap / 1024);
        System.out.printf("launcher options:  RSS after visiting %d MB, after %d s idle %d MB, peak %d MB; live heap %d MB (%s)%n",
                ours.rssVisited / 1024, idle, ours.rssIdle / 1024, ours.peak / 1024, ours.liveHeap / 1024, launcher);
        System.out.printf("ratio launcher / defaults after idle: %.2f; goal RSS <= 400 MB: %s%n",
                (double) ours.rssIdle / floor.rssIdle, ours.rssIdle / 1024 <= 400 ? "met" : "missed");
        System.out.println("largest classes (launcher options, after idle):");
        ours.histogram.forEach(System.out::println);
    }

    record Result(long rssVisited, long rssIdle, long peak, long liveHeap, List<String> histogram) {
    }

    private static Result run(String java, String cp, Path data, int idle, List<String> options)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(options);
        command.addAll(List.of("-Dfile.encoding=UTF-8", "-cp", cp, MemoryBenchmark.class.getName(), "--window", data.toString()));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long visited = -1;
        long live = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                System.out.println("  " + line);
                if (line.startsWith("visited")) {
                    visited = status(p.pid(), "VmRSS");
                    Thread.sleep(idle * 1000L);
                    long rssIdle = status(p.pid(), "VmRSS");
                    long peak = status(p.pid(), "VmHWM");
                    if (options.stream().anyMatch(o -> o.startsWith("-XX:NativeMemoryTracking="))) {
                        nativeMemory(p.pid()).forEach(l -> System.out.println("  NMT " + l));
                    }
                    List<String> histogram = histogram(p.pid());
                    live = histogram.isEmpty() ? -1 : total(histogram);
                    Thread.sleep(3000);
                    System.out.printf("  RSS after the histogram's full collection: %d MB%n", status(p.pid(), "VmRSS") / 1024);
                    p.destroy();
                    p.waitFor(30, TimeUnit.SECONDS);
                    return new Result(visited, rssIdle, peak, live, histogram.subList(0, Math.min(16, histogram.size())));
                }
            }
        }
        p.destroyForcibly();
        throw new IllegalStateException("the window did not report its visit (is a display available?)");
    }

    /** kB of a line of /proc/pid/status. */
    private static long status(long pid, String key) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith(key + ":")) {
                return Long.parseLong(line.substring(key.length() + 1).replace("kB", "").strip());
            }
        }
        return -1;
    }

    /** jcmd GC.class_histogram (a full collection first: what is live), the header and the rows. */
    private static List<String> histogram(long pid) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        if (!new File(jcmd).canExecute()) {
            return List.of();
        }
        Process p = new ProcessBuilder(jcmd, String.valueOf(pid), "GC.class_histogram").redirectErrorStream(true).start();
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(l -> l.matches("\\s*(\\d+:|num|Total).*")).toList();
        p.waitFor(60, TimeUnit.SECONDS);
        return lines;
    }

    /**
     * The category lines of {@code jcmd VM.native_memory summary} (only when the child runs with
     * {@code -XX:NativeMemoryTracking=summary}): where the resident memory outside the heap goes.
     */
    private static List<String> nativeMemory(long pid) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Process p = new ProcessBuilder(jcmd, String.valueOf(pid), "VM.native_memory", "summary", "scale=MB")
                .redirectErrorStream(true).start();
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(l -> l.contains("committed=") && (l.startsWith("Total") || l.matches("-\\s.*")))
                .map(String::strip).toList();
        p.waitFor(60, TimeUnit.SECONDS);
        return lines;
    }

    /** kB of the histogram's Total line. */
    private static long total(List<String> histogram) {
        for (String l : histogram) {
            if (l.strip().startsWith("Total")) {
                String[] f = l.strip().split("\\s+");
                return Long.parseLong(f[2]) / 1024;
            }
        }
        return -1;
    }

    /** The child: the window of FuYuan Desk on the database, every section visited. */
    public static final class Window extends Application {
        private static Path data;

        @Override
        public void start(Stage stage) throws Exception {
            Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
            UiFonts.load();
            Database db = Database.open(data, Database.Mode.WRITE);
            Jobs jobs = new Jobs();
            MainWindow window = new MainWindow(new AppContext(db, jobs, stage), () -> { }, new MainWindow.DataFolders() {
                @Override
                public void open(Path folder) {
                }

                @Override
                public java.util.List<Path> recent() {
                    return java.util.List.of();
                }
            });
            Scene scene = new Scene(window.root(), 1200, 760);
            scene.getStylesheets().add(UiFonts.stylesheet());
            stage.setScene(scene);
            stage.show();
            Thread visit = new Thread(() -> visitAll(window, jobs), "memory-benchmark");
            visit.setDaemon(true);
            visit.start();
        }

        private static void visitAll(MainWindow window, Jobs jobs) {
            try {
                for (Section s : Section.values()) {
                    long t0 = System.nanoTime();
                    onFx(() -> window.open(s));
                    Thread.sleep(500);
                    while (onFxValue(jobs::busy)) {
                        Thread.sleep(100);
                    }
                    Thread.sleep(500);
                    System.out.printf("%s shown in %d ms%n", s, (System.nanoTime() - t0) / 1_000_000);
                }
                Runtime rt = Runtime.getRuntime();
                System.out.printf("heap committed %d MB, used %d MB (before a collection)%n",
                        rt.totalMemory() >> 20, (rt.totalMemory() - rt.freeMemory()) >> 20);
                System.out.println("visited");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static void onFx(Runnable r) throws InterruptedException {
            CountDownLatch done = new CountDownLatch(1);
            Platform.runLater(() -> {
                try {
                    r.run();
                } finally {
                    done.countDown();
                }
            });
            done.await();
        }

        private static boolean onFxValue(java.util.function.BooleanSupplier b) throws InterruptedException {
            boolean[] v = new boolean[1];
            onFx(() -> v[0] = b.getAsBoolean());
            return v[0];
        }
    }
}
