package cn.fuyuan.desk.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Cold start to the first shown frame, measured from outside, against its floor in the same run: a bare
 * JavaFX window ({@link BareWindow}, same runtime, same JavaFX jars) and FuYuan Desk on a {@code demo
 * --scale N} database, started alternately (floor, app, floor, app …) so that a busy machine slows both
 * alike; the first pair warms the OS file cache and is not counted. Prints each run, the medians and the
 * ratio app / floor. Needs a display (Xvfb will do). Run with {@code ./mvnw -Pbench-startup verify}
 * (the jar) or add {@code -Dbench.image=target/installer/fuyuan-desk} (the jpackage image, after
 * {@code installer/build.sh app-image}) — see README, Performance.
 *
 * <p>Arguments: jar, data folder, runs, demo scale, test-classes folder, [image folder].
 */
public final class StartupBenchmark {
    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "target/app/fuyuan-desk.jar").toAbsolutePath();
        Path data = Path.of(args.length > 1 ? args[1] : "target/bench-startup-data").toAbsolutePath();
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        int scale = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        Path testClasses = Path.of(args.length > 4 ? args[4] : "target/test-classes").toAbsolutePath();
        // an empty -Dbench.image reaches us as a null argument
        Path image = args.length > 5 && args[5] != null && !args[5].isBlank() ? Path.of(args[5]).toAbsolutePath() : null;

        String systemJava = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> app;
        String floorJava;
        List<Path> fxJars;
        if (image != null) {
            app = List.of(image.resolve("bin/fuyuan-desk").toString());
            floorJava = image.resolve("lib/runtime/bin/java").toString();
            fxJars = javafxJars(image.resolve("lib/app/lib"));
        } else {
            app = List.of(systemJava, "-jar", jar.toString());
            floorJava = systemJava;
            fxJars = javafxJars(jar.getParent().resolve("lib"));
        }
        StringBuilder cp = new StringBuilder(testClasses.toString());
        fxJars.forEach(j -> cp.append(File.pathSeparator).append(j));
        List<String> floor = List.of(floorJava, "-cp", cp.toString(), BareWindow.class.getName());

        if (!Files.exists(data.resolve("fuyuan.db"))) {
            Process demo = new ProcessBuilder(systemJava, "-jar", jar.toString(), "--data", data.toString(),
                    "demo", "--scale", String.valueOf(scale)).inheritIO().start();
            if (!demo.waitFor(10, TimeUnit.MINUTES) || demo.exitValue() != 0) {
                throw new IllegalStateException("demo --scale " + scale + " failed");
            }
        }
        List<String> appRun = new ArrayList<>(app);
        appRun.addAll(List.of("--data", data.toString(), "--startup-benchmark"));

        System.out.printf("floor: %s%napp:   %s%n", String.join(" ", floor), String.join(" ", appRun));
        List<Long> floorFrame = new ArrayList<>();
        List<Long> frame = new ArrayList<>();
        List<Long> ready = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            long[] f = once(floor);
            long[] r = once(appRun);
            if (i == 0) {
                continue; // the first pair warms the OS file cache; it is not counted
            }
            floorFrame.add(f[0]);
            frame.add(r[0]);
            ready.add(r[1]);
            System.out.printf("run %d: bare window %d ms | FuYuan Desk first frame %d ms, ready %d ms%n", i, f[0], r[0], r[1]);
        }
        long floorMedian = median(floorFrame);
        long frameMedian = median(frame);
        System.out.printf("medians of %d runs (JVM start -> first shown frame): bare JavaFX window %d ms, FuYuan Desk %d ms,"
                + " ratio %.2f; FuYuan Desk ready with data %d ms%n",
                runs, floorMedian, frameMedian, (double) frameMedian / floorMedian, median(ready));
    }

    private static List<Path> javafxJars(Path lib) throws IOException {
        try (Stream<Path> s = Files.list(lib)) {
            return s.filter(p -> p.getFileName().toString().startsWith("javafx-")).sorted().toList();
        }
    }

    static long[] once(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
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
            throw new IllegalStateException("no first frame reported by " + command.get(0) + " (is a display available?)");
        }
        return new long[] {first, ready};
    }

    static long median(List<Long> xs) {
        List<Long> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }
}
