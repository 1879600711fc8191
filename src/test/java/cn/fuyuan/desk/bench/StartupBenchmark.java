package cn.fuyuan.desk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Cold start to the first shown frame, measured from outside: runs {@code java -jar fuyuan-desk.jar
 * --startup-benchmark} several times on a demo database and prints the medians. Needs a display
 * (Xvfb will do). Run with {@code ./mvnw -Pbench-startup verify} (see README, Performance).
 *
 * <p>Arguments: jar, data folder, runs, demo scale.
 */
public final class StartupBenchmark {
    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "target/app/fuyuan-desk.jar");
        Path data = Path.of(args.length > 1 ? args[1] : "target/bench-startup-data");
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        int scale = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        if (!Files.exists(data.resolve("fuyuan.db"))) {
            Process demo = new ProcessBuilder(java, "-jar", jar.toString(), "--data", data.toString(), "demo", "--scale", String.valueOf(scale))
                    .inheritIO().start();
            if (!demo.waitFor(10, TimeUnit.MINUTES) || demo.exitValue() != 0) {
                throw new IllegalStateException("demo --scale " + scale + " failed");
            }
        }
        List<Long> frame = new ArrayList<>();
        List<Long> ready = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            long[] r = once(java, jar, data);
            if (i == 0) {
                continue; // the first run warms the OS file cache; it is not counted
            }
            frame.add(r[0]);
            ready.add(r[1]);
            System.out.printf("run %d: first frame %d ms, ready %d ms%n", i, r[0], r[1]);
        }
        System.out.printf("startup (JVM start -> first shown frame), median of %d: %d ms; window ready with data: %d ms%n",
                runs, median(frame), median(ready));
    }

    static long[] once(String java, Path jar, Path data) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(java, "-jar", jar.toString(), "--data", data.toString(), "--startup-benchmark")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long first = -1;
        long ready = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("first-frame-ms=")) {
                    first = Long.parseLong(line.substring(15).strip());
                } else if (line.startsWith("ready-ms=")) {
                    ready = Long.parseLong(line.substring(9).strip());
                }
            }
        }
        if (!p.waitFor(2, TimeUnit.MINUTES) || first < 0) {
            p.destroyForcibly();
            throw new IllegalStateException("the window did not report its first frame (is a display available?)");
        }
        return new long[] {first, ready};
    }

    static long median(List<Long> xs) {
        List<Long> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }
}
