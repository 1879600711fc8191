package cn.fuyuan.desk.store;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.TestDb;
import cn.fuyuan.desk.agency.AgencyRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An existing database is copied aside before a migration, and a failed migration puts the copy back.
 * The "newer" application is simulated with test-only migration locations on top of the real ones.
 */
class MigrationSafetyTest {
    /** The application's own newest schema; the test migrations (V99) sit above every feature's. */
    static final String CURRENT = Database.latestKnownVersion();
    @TempDir
    Path tmp;
    Path dir;

    @BeforeEach
    void databaseAtVersion1WithData() {
        dir = tmp.resolve("data");
        try (Database db = Database.open(dir, Database.Mode.WRITE)) {
            assertThat(db.schemaVersion()).isEqualTo(CURRENT);
            AgencyRepository repo = new AgencyRepository(db);
            repo.save(TestDb.agency("临河区公安局"));
            repo.save(TestDb.agency("五原县公安局"));
        }
    }

    private List<Path> backups() throws Exception {
        Path b = dir.resolve(Database.BACKUP_FOLDER);
        if (!Files.isDirectory(b)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(b)) {
            return s.sorted().toList();
        }
    }

    @Test
    void failedMigrationRestoresTheCopyTakenBefore() throws Exception {
        StoreException e = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class,
                () -> Database.open(dir, Database.Mode.WRITE, "classpath:db/failing"));

        List<Path> copies = backups();
        assertThat(copies).singleElement().satisfies(p ->
                assertThat(p.getFileName().toString()).startsWith("fuyuan-v" + CURRENT + "-before-v99-").endsWith(".db"));
        Path copy = copies.get(0);
        assertThat(e.getMessage()).contains(copy.toString()).contains("no_such_table");
        assertThat(Backup.check(copy)).isEmpty();

        // the half-done migration (agencies deleted, a table added) is gone: the database is as before
        Path file = dir.resolve(Database.FILE_NAME);
        assertThat(Backup.check(file)).isEmpty();
        assertThat(Backup.schemaVersionOf(file)).isEqualTo(CURRENT);
        assertThat(TestDb.column(file, "SELECT name FROM agency ORDER BY name")).containsExactly("临河区公安局", "五原县公安局");
        assertThat(TestDb.column(file, "SELECT name FROM sqlite_master WHERE name = 'broken_v2'")).isEmpty();
        assertThat(TestDb.column(file, "SELECT count(*) FROM flyway_schema_history WHERE success = 0")).containsExactly("0");

        // and the application still opens it, and the folder was released
        try (Database db = Database.open(dir, Database.Mode.WRITE)) {
            assertThat(db.schemaVersion()).isEqualTo(CURRENT);
            assertThat(new AgencyRepository(db).count()).isEqualTo(2);
        }
    }

    @Test
    void successfulMigrationKeepsACopyOfTheOlderVersion() throws Exception {
        try (Database db = Database.open(dir, Database.Mode.WRITE, "classpath:db/working")) {
            assertThat(db.schemaVersion()).isEqualTo("99");
            assertThat(TestDb.count(db, "agency")).isEqualTo(2);
            assertThat(TestDb.string(db, "SELECT count(*) FROM pragma_table_info('agency') WHERE name = 'note'")).isEqualTo("1");
        }
        Path copy = backups().get(0);
        assertThat(backups()).hasSize(1);
        assertThat(copy.getFileName().toString()).startsWith("fuyuan-v" + CURRENT + "-before-v99-");
        assertThat(Backup.schemaVersionOf(copy)).isEqualTo(CURRENT);
        assertThat(TestDb.column(copy, "SELECT count(*) FROM agency")).containsExactly("2");

        // opening the migrated file with this build is refused, naming both versions
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Database.open(dir, Database.Mode.WRITE))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("版本 99 ").hasMessageContaining("版本 " + CURRENT + " ");
    }

    @Test
    void openingAnUpToDateDatabaseMakesNoCopy() throws Exception {
        try (Database db = Database.open(dir, Database.Mode.WRITE)) {
            assertThat(db.schemaVersion()).isEqualTo(CURRENT);
        }
        assertThat(backups()).isEmpty();
    }
}
