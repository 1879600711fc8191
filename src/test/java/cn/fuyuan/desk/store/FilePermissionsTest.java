package cn.fuyuan.desk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under the usual umask 022 every file the program leaves in the data folder is its owner's alone:
 * the database, its WAL, the lock, backups, the log folder and the log. Run as a real command in a
 * child JVM (the log is attached once per process), on a database of an earlier build, so that the
 * copy-aside of its upgrade is written to the log by the first command that opens it.
 */
class FilePermissionsTest {
    @TempDir
    Path tmp;

    @Test
    void aCommandLeavesOnlyOwnerOnlyFilesAndLogsTheCopyAside() throws Exception {
        assumeTrue(Files.getFileStore(tmp).supportsFileAttributeView("posix"), "POSIX permissions");
        Path dir = EarlierDatabasesTest.databaseOf(tmp, "data", EarlierDatabasesTest.scripts("1"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = "umask 022 && exec '" + java + "' -XX:TieredStopAtLevel=1 -cp '" + System.getProperty("java.class.path")
                + "' cn.fuyuan.desk.Main --data '" + dir + "' check";
        Process p = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();

        Path log = dir.resolve("logs").resolve("fuyuan-desk.log");
        assertThat(perms(dir.resolve("logs"))).isEqualTo("rwx------");
        assertThat(perms(log)).isEqualTo("rw-------");
        assertThat(perms(dir.resolve(InstanceLock.FILE_NAME))).isEqualTo("rw-------");
        assertThat(perms(dir.resolve(Database.FILE_NAME))).isEqualTo("rw-------");
        assertThat(perms(dir.resolve(Database.BACKUP_FOLDER))).isEqualTo("rwx------");
        List<Path> copies;
        try (var s = Files.list(dir.resolve(Database.BACKUP_FOLDER))) {
            copies = s.toList();
        }
        assertThat(copies).isNotEmpty().allSatisfy(c -> assertThat(perms(c)).isEqualTo("rw-------"));
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains(copies.get(0).toString());
    }

    private static String perms(Path p) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
