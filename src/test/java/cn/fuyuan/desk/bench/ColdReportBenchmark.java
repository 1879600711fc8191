package cn.fuyuan.desk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A document from a cold start (issue 16 §4), against its floor in the same run: {@code report bulletin}
 * as a fresh process (JVM start, database open, figures, layout, PDF written) and LibreOffice converting
 * the same bulletin's DOCX to PDF ({@code soffice --headless --convert-to pdf}, also a fresh process,
 * its own user profile), started alternately so that a busy machine slows both alike; the first pair
 * warms the OS file cache and LibreOffice's profile and is not counted. Prints each run, the medians and
 * the ratio, by wall clock and by CPU time (user + system of the process and its children, through
 * {@code /usr/bin/time}: on a shared machine the CPU time is what survives the load). No display needed. Not a test: {@code ./mvnw -Pbench-coldreport verify}, or with
 * {@code -Dbench.image=target/installer/fuyuan-desk} the image's {@code bin/fuyuan-desk-cli} (after
 * {@code installer/build.sh app-image}).
 *
 * <p>Arguments: jar, data folder, runs, demo scale, [image folder].
 */
public final class ColdReportBenchmark {
    private ColdReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "target/app/fuyuan-desk.jar").toAbsolutePath();
        Path data = Path.of(args.length > 1 ? args[1] : "target/bench-coldreport").toAbsolutePath();
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        int scale = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        Path image = args.length > 4 && args[4] != null && !args[4].isBlank() ? Path.of(args[4]).toAbsolutePath() : null;
        String period = "2025Q3";

        String systemJava = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cli = image != null ? List.of(image.resolve("bin/fuyuan-desk-cli").toString())
                : List.of(systemJava, "-jar", jar.toString());
        Path out = Files.createDirectories(data.resolve("out"));
        if (!Files.exists(data.resolve("fuyuan.db"))) {
            run(concat(List.of(systemJava, "-jar", jar.toString()), "--data", data.toString(), "demo", "--scale",
                    String.valueOf(scale)), 10);
        }
        Path docx = out.resolve("bulletin.docx");
        run(concat(cli, "--data", data.toString(), "report", "bulletin", "--period", period, "--out", docx.toString()), 2);
        List<String> ours = concat(cli, "--data", data.toString(), "report", "bulletin", "--period", period,
                "--out", out.resolve("bulletin.pdf").toString());
        Path loOut = Files.createDirectories(out.resolve("libreoffice"));
        List<String> floor = List.of("soffice", "-env:UserInstallation=" + data.resolve("lo-profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", loOut.toString(), docx.toString());
        System.out.printf("floor: %s%nours:  %s%n", String.join(" ", floor), String.join(" ", ours));

        List<Long> floorMs = new ArrayList<>();
        List<Long> oursMs = new ArrayList<>();
        List<Long> floorCpu = new ArrayList<>();
        List<Long> oursCpu = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            long[] fr = timed(floor, data);
            long[] or = timed(ours, data);
            long f = fr[0];
            long o = or[0];
            if (!Files.exists(loOut.resolve("bulletin.pdf"))) {
                throw new IllegalStateException("LibreOffice wrote no PDF");
            }
            if (i == 0) {
                continue; // warms the file cache and LibreOffice's new profile; not counted
            }
            floorMs.add(f);
            oursMs.add(o);
            floorCpu.add(fr[1]);
            oursCpu.add(or[1]);
            System.out.printf("run %d: LibreOffice DOCX -> PDF %d ms (CPU %d ms) | report bulletin %d ms (CPU %d ms)%n",
                    i, f, fr[1], o, or[1]);
        }
        long fm = StartupBenchmark.median(floorMs);
        long om = StartupBenchmark.median(oursMs);
        System.out.printf("medians of %d runs (cold process, wall clock): LibreOffice %d ms, report bulletin %d ms, ratio %.2f%n",
                runs, fm, om, (double) om / fm);
        long fc = StartupBenchmark.median(floorCpu);
        long oc = StartupBenchmark.median(oursCpu);
        if (fc > 0) {
            System.out.printf("medians of %d runs (CPU time, user + system): LibreOffice %d ms, report bulletin %d ms, ratio %.2f%n",
                    runs, fc, oc, (double) oc / fc);
        }
    }

    /** Wall clock and CPU time (ms; CPU -1 without /usr/bin/time) of one process, which must exit 0. */
    private static long[] timed(List<String> command, Path data) throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of("/usr/bin/time"))) {
            return new long[] {run(command, 2), -1};
        }
        Path times = data.resolve("out/time.txt");
        List<String> wrapped = concat(List.of("/usr/bin/time", "-o", times.toString(), "-f", "%U %S"),
                command.toArray(String[]::new));
        long wall = run(wrapped, 2);
        String[] f = Files.readAllLines(times).get(Files.readAllLines(times).size() - 1).strip().split("\\s+");
        return new long[] {wall, Math.round((Double.parseDouble(f[0]) + Double.parseDouble(f[1])) * 1000)};
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(List.of(tail));
        return all;
    }

    /** Wall clock of one process in ms; it must exit 0 within the minutes given. */
    private static long run(List<String> command, int minutes) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + String.join(" ", command));
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (p.exitValue() != 0) {
            throw new IllegalStateException("exit " + p.exitValue() + ": " + String.join(" ", command));
        }
        return ms;
    }
}
