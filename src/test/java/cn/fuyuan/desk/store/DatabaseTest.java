package cn.fuyuan.desk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fuyuan.desk.TestDb;
import cn.fuyuan.desk.agency.AgencyRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path tmp;

    @Test
    void openCreatesDatabaseAtLatestSchemaWithWalAndForeignKeys() throws Exception {
        Path dir = tmp.resolve("data");
        try (Database db = Database.open(dir, Database.Mode.WRITE)) {
            assertThat(dir.resolve(Database.FILE_NAME)).isRegularFile();
            assertThat(db.file()).isEqualTo(dir.resolve("fuyuan.db"));
            assertThat(db.schemaVersion()).isEqualTo(Database.latestKnownVersion()).isNotEqualTo("0");
            assertThat(Backup.schemaVersionOf(db.file())).isEqualTo(Database.latestKnownVersion());
            try (Connection c = db.connection(); Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
                }
                try (ResultSet rs = st.executeQuery("PRAGMA foreign_keys")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(1);
                }
            }
            assertThat(db.holdsLock()).isTrue();
            assertThat(TestDb.count(db, "agency")).isZero();
        }
    }

    @Test
    void foreignKeysAreEnforcedOnEveryConnection() {
        try (Database db = Database.open(tmp.resolve("data"), Database.Mode.WRITE)) {
            assertThatThrownBy(() -> TestDb.execute(db,
                    "INSERT INTO agency (name, admin_level, region_id) VALUES ('无主机关', 'CITY', 4711)"))
                    .hasStackTraceContaining("FOREIGN KEY");
            assertThat(TestDb.count(db, "agency")).isZero();
        }
    }

    @Test
    void onlyAWriteTransactionKeepsTheLargePageCache() throws Exception {
        // resident memory (issue 16 §3): a reading connection keeps 16 MiB of pages, the import's transaction 128 MiB
        try (Database db = Database.open(tmp.resolve("data"), Database.Mode.WRITE)) {
            try (Connection c = db.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA cache_size")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(-16_384);
            }
            int inWrite = db.write(DatabaseTest::cacheSize);
            assertThat(inWrite).isEqualTo(-131_072);
            int[] inVoid = new int[1];
            db.writeVoid(tx -> inVoid[0] = cacheSize(tx));
            assertThat(inVoid[0]).isEqualTo(-131_072);
            assertThat(cacheSize(db.dsl())).isEqualTo(-16_384);
        }
    }

    private static int cacheSize(org.jooq.DSLContext dsl) {
        return ((Number) dsl.fetchValue("PRAGMA cache_size")).intValue();
    }

    @Test
    void dataFolderAndDatabaseFileAreOwnerOnly() throws Exception {
        Path dir = tmp.resolve("data");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.getFileStore(tmp).supportsFileAttributeView("posix"), "POSIX file system");
        try (Database db = Database.open(dir, Database.Mode.WRITE)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(db.file()))).isEqualTo("rw-------");
        }
    }

    @Test
    void secondWriterIsRefusedNamingTheFolderWhileReaderIsAllowed() {
        Path dir = tmp.resolve("data");
        try (Database first = Database.open(dir, Database.Mode.WRITE)) {
            new AgencyRepository(first).save(TestDb.agency("巴彦淖尔市公安局"));

            assertThatThrownBy(() -> Database.open(dir, Database.Mode.WRITE))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(dir.toString())
                    .hasMessageContaining(String.valueOf(ProcessHandle.current().pid()));

            try (Database reader = Database.open(dir, Database.Mode.READ)) {
                assertThat(reader.holdsLock()).isFalse();
                assertThat(new AgencyRepository(reader).findByName("巴彦淖尔市公安局")).isPresent();
            }
            // the first one still works and still holds the folder
            assertThat(first.holdsLock()).isTrue();
            new AgencyRepository(first).save(TestDb.agency("巴彦淖尔市住建局"));
            assertThat(TestDb.count(first, "agency")).isEqualTo(2);
        }
        // released on close: a new writer gets it
        try (Database again = Database.open(dir, Database.Mode.WRITE)) {
            assertThat(again.holdsLock()).isTrue();
        }
    }

    @Test
    void readOnAFolderWithoutDatabaseIsRefusedNamingTheFile() {
        Path dir = tmp.resolve("empty");
        assertThatThrownBy(() -> Database.open(dir, Database.Mode.READ))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(dir.resolve(Database.FILE_NAME).toString());
        assertThat(dir.resolve(Database.FILE_NAME)).doesNotExist();
    }

    @Test
    void databaseWhoseHistoryShowsANewerVersionIsRefusedNamingBothVersions() {
        Path dir = tmp.resolve("data");
        try (Database db = Database.open(dir, Database.Mode.WRITE)) {
            TestDb.execute(db, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, installed_on, execution_time, success)"
                    + " VALUES ((SELECT max(installed_rank) + 1 FROM flyway_schema_history), '99', 'from the future', 'SQL',"
                    + " 'V99__from_the_future.sql', 12345, 'test', CURRENT_TIMESTAMP, 1, 1)");
        }
        String latest = Database.latestKnownVersion();
        for (Database.Mode mode : Database.Mode.values()) {
            assertThatThrownBy(() -> Database.open(dir, mode))
                    .as(mode.name())
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("版本 99 ")
                    .hasMessageContaining("版本 " + latest + " ");
        }
        // refused without touching it: no copy aside, and the folder is free again
        assertThat(dir.resolve(Database.BACKUP_FOLDER)).doesNotExist();
        assertThat(TestDb.column(dir.resolve(Database.FILE_NAME), "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history"))
                .containsExactly("99");
    }
}
