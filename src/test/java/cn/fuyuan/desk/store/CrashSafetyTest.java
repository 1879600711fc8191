package cn.fuyuan.desk.store;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.agency.AgencyRepository;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A writer killed mid-stream (kill -9) leaves a sound database holding everything it reported committed. */
class CrashSafetyTest {
    private static final int COMMITS_BEFORE_KILL = 20;

    @TempDir
    Path tmp;

    static Process startWriter(Path dir, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                CrashWriterMain.class.getName(), dir.toString());
        pb.redirectError(log.toFile());
        return pb.start();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void killedWriterLeavesAnIntactDatabaseWithEveryCommittedRow() throws Exception {
        Path dir = tmp.resolve("data");
        try (Database db = Database.open(dir, Database.Mode.WRITE)) {
            assertThat(db.schemaVersion()).isEqualTo(Database.latestKnownVersion());
        }
        Path log = tmp.resolve("writer.err");
        Process p = startWriter(dir, log);
        List<String> committed = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (committed.size() < COMMITS_BEFORE_KILL && (line = in.readLine()) != null) {
                if (line.startsWith("COMMITTED ")) {
                    committed.add(line.substring("COMMITTED ".length()));
                }
            }
            // kill -9 in the middle of the loop (destroying also closes our end of its output)
            p.destroyForcibly();
        } finally {
            p.destroyForcibly();
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).as("writer ended").isTrue();
        }
        assertThat(committed).as("writer output; stderr in " + log + ": " + java.nio.file.Files.readString(log))
                .hasSizeGreaterThanOrEqualTo(COMMITS_BEFORE_KILL);

        // the folder is free again (the OS dropped the dead writer's lock), the file is sound
        try (Database db = Database.open(dir, Database.Mode.WRITE)) {
            assertThat(Backup.check(db.file())).isEmpty();
            AgencyRepository repo = new AgencyRepository(db);
            for (String name : committed) {
                assertThat(repo.findByName(name)).as(name).isPresent();
            }
            // and history rows for each of them (same transaction as the row)
            assertThat(new AuditRepository(db).list(AuditRepository.Filter.all()).size())
                    .isEqualTo(repo.count()).isGreaterThanOrEqualTo(committed.size());
        }
    }
}
