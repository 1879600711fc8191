package cn.fuyuan.desk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The instance lock as another process sees it. */
class InstanceLockTest {
    @TempDir
    Path tmp;

    private static String probe(Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                LockProbeMain.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("probe ended").isTrue();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return out.contains("LOCKED") ? "LOCKED" : out.contains("OPENED") ? "OPENED" : out;
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void anotherProcessIsRefusedWhileHeldEvenAfterLocalReadersAndRefusedWriters() throws Exception {
        Path dir = tmp.resolve("data");
        try (Database writer = Database.open(dir, Database.Mode.WRITE)) {
            assertThat(probe(dir)).isEqualTo("LOCKED");

            // in this same process: a reader (a report) and a refused second writer come and go
            try (Database reader = Database.open(dir, Database.Mode.READ)) {
                assertThat(reader.holdsLock()).isFalse();
            }
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Database.open(dir, Database.Mode.WRITE))
                    .isInstanceOf(StoreException.class);
            assertThat(InstanceLock.tryAcquire(dir)).isEmpty();

            // the folder must still be held against other processes
            assertThat(probe(dir)).isEqualTo("LOCKED");
        }
        assertThat(probe(dir)).isEqualTo("OPENED");
    }

    @Test
    void lockFileNamesTheHolder() throws IOException {
        Path dir = tmp.resolve("data");
        DataFolder.ensure(dir);
        String pid = String.valueOf(ProcessHandle.current().pid());
        try (InstanceLock lock = InstanceLock.tryAcquire(dir).orElseThrow()) {
            assertThat(InstanceLock.holder(dir)).isEqualTo(pid);
            assertThat(InstanceLock.tryAcquire(dir)).isEmpty();
        }
        // what another process reads from the file
        assertThat(java.nio.file.Files.readString(dir.resolve(InstanceLock.FILE_NAME)).strip()).isEqualTo(pid);
        assertThat(InstanceLock.holder(dir)).isEqualTo(pid);
        try (InstanceLock again = InstanceLock.tryAcquire(dir).orElseThrow()) {
            assertThat(again).isNotNull();
        }
    }

    @Test
    void aLockFileWithoutAProcessIdNamesNone() throws Exception {
        // what a second instance read while the holder was writing: it was told "进程 " with nothing after
        Path dir = java.nio.file.Files.createDirectories(tmp.resolve("blank"));
        java.nio.file.Files.writeString(dir.resolve(InstanceLock.FILE_NAME), "");
        assertThat(InstanceLock.holder(dir)).isEqualTo("?");
        java.nio.file.Files.writeString(dir.resolve(InstanceLock.FILE_NAME), "12345\n");
        assertThat(InstanceLock.holder(dir)).isEqualTo("12345");
    }
}
