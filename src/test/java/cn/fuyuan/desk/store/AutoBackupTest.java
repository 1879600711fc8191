package cn.fuyuan.desk.store;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.TestDb;
import cn.fuyuan.desk.cli.CliTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daily automatic backup: made once a day, checked, thinned out by rotation, never a failed start. */
class AutoBackupTest {
    @TempDir
    Path tmp;

    private Path database() {
        Path dir = tmp.resolve("data");
        try (Database db = Database.open(dir, Database.Mode.WRITE)) {
            TestDb.execute(db, "INSERT INTO agency (name, admin_level) VALUES ('临河区公安局', 'COUNTY')");
        }
        return dir;
    }

    @Test
    void onceADayCheckedAndRestorable() throws Exception {
        Path dir = database();
        LocalDateTime morning = LocalDateTime.of(2026, 12, 1, 8, 30);
        AutoBackup.Outcome first = AutoBackup.daily(dir, AutoBackup.Retention.DEFAULT, morning);
        assertThat(first.warning()).isEmpty();
        Path made = first.made().orElseThrow();
        assertThat(made.getFileName().toString()).isEqualTo("fuyuan-auto-20261201-083000.db");
        assertThat(Backup.check(made)).isEmpty();
        assertThat(TestDb.column(made, "SELECT name FROM agency")).containsExactly("临河区公安局");
        // the second start of the day makes none; the next day's does
        assertThat(AutoBackup.daily(dir, AutoBackup.Retention.DEFAULT, morning.plusHours(6)).made()).isEmpty();
        assertThat(AutoBackup.daily(dir, AutoBackup.Retention.DEFAULT, morning.plusDays(1)).made()).isPresent();

        List<BackupFile> listed = BackupFile.list(dir);
        assertThat(listed).extracting(BackupFile::kind).containsOnly(BackupFile.Kind.AUTO);
        assertThat(listed).extracting(b -> b.takenAt().toLocalDate())
                .containsExactly(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 1));
        assertThat(listed).allSatisfy(b -> {
            assertThat(b.schemaVersion()).isEqualTo(Database.latestKnownVersion());
            assertThat(b.size()).isPositive();
        });
    }

    @Test
    void rotationKeepsTheNewestOfSevenDaysFourWeeksAndTwelveMonths() {
        // a backup every day at 09:00 and 17:00 for 500 days up to 2026-12-01
        LocalDate last = LocalDate.of(2026, 12, 1);
        List<AutoBackup.Taken> all = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            LocalDate d = last.minusDays(i);
            for (int h : new int[] {9, 17}) {
                all.add(new AutoBackup.Taken(Path.of("b-" + d + "-" + h), d.atTime(h, 0)));
            }
        }
        Set<String> kept = AutoBackup.keep(all, AutoBackup.Retention.DEFAULT).stream()
                .map(Path::toString).collect(Collectors.toCollection(java.util.TreeSet::new));
        // worked by hand: days 2026-11-25 … 12-01 (17:00 each); the newest of the ISO weeks 2026-W49
        // (12-01, already kept), W48 (11-29), W47 (11-22), W46 (11-15); the newest of each month
        // 2026-12 (12-01), 11 (11-30), 10-31, 09-30, 08-31, 07-31, 06-30, 05-31, 04-30, 03-31, 02-28, 2026-01-31
        assertThat(kept).containsExactlyInAnyOrder(
                "b-2026-11-25-17", "b-2026-11-26-17", "b-2026-11-27-17", "b-2026-11-28-17", "b-2026-11-29-17",
                "b-2026-11-30-17", "b-2026-12-01-17",
                "b-2026-11-22-17", "b-2026-11-15-17",
                "b-2026-10-31-17", "b-2026-09-30-17", "b-2026-08-31-17", "b-2026-07-31-17", "b-2026-06-30-17",
                "b-2026-05-31-17", "b-2026-04-30-17", "b-2026-03-31-17", "b-2026-02-28-17", "b-2026-01-31-17");
    }

    @Test
    void rotationRemovesOnlyItsOwnFiles() throws Exception {
        Path dir = database();
        for (int i = 0; i < 10; i++) {
            AutoBackup.now(dir, new AutoBackup.Retention(3, 0, 0), LocalDateTime.of(2026, 11, 20 + i, 9, 0));
        }
        Path folder = dir.resolve(Database.BACKUP_FOLDER);
        Files.writeString(folder.resolve("fuyuan-v3-before-v4-20250101-000000.db"), "x");
        Files.writeString(folder.resolve("my-own-copy.db"), "x");
        AutoBackup.now(dir, new AutoBackup.Retention(3, 0, 0), LocalDateTime.of(2026, 11, 30, 9, 0));
        try (var s = Files.list(folder)) {
            assertThat(s.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
                    "fuyuan-auto-20261128-090000.db", "fuyuan-auto-20261129-090000.db", "fuyuan-auto-20261130-090000.db",
                    "fuyuan-v3-before-v4-20250101-000000.db", "my-own-copy.db");
        }
    }

    @Test
    void aBackupThatCannotBeWrittenIsAWarningNotAFailure() throws Exception {
        Path dir = database();
        // backups/ is a file here (a read-only or full disk gives the same kind of refusal; tests run as root,
        // where permissions do not refuse anything)
        Files.writeString(dir.resolve(Database.BACKUP_FOLDER), "not a folder");
        AutoBackup.Outcome o = AutoBackup.daily(dir, AutoBackup.Retention.DEFAULT, LocalDateTime.now());
        assertThat(o.made()).isEmpty();
        assertThat(o.warning()).hasValueSatisfying(w -> assertThat(w).contains("自动备份").contains(Database.BACKUP_FOLDER));
        // and the database opens as ever
        try (Database db = Database.open(dir, Database.Mode.WRITE)) {
            assertThat(TestDb.count(db, "agency")).isEqualTo(1);
        }
    }

    @Test
    void backupRotateFromTheCommandLine() {
        Path dir = database();
        CliTest.Result r = CliTest.run("--data", dir.toString(), "backup", "--rotate");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(BackupFile.list(dir)).singleElement().satisfies(b -> assertThat(b.kind()).isEqualTo(BackupFile.Kind.AUTO));
        CliTest.Result neither = CliTest.run("--data", dir.toString(), "backup");
        assertThat(neither.code()).isNotZero();
    }
}
