package cn.fuyuan.desk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.fuyuan.desk.TestDb;
import cn.fuyuan.desk.cli.CliTest;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Databases as every earlier build of main left them open whole. The sets of migrations that stood on
 * main: V1 (the foundation), V1+V3 (suggestion letters merged first), V1+V3+V4 (joint meetings beside
 * them: V2, the caseload, came later through a merge and sits below V3), V1–V4. Each is built here by
 * Flyway from this build's scripts of those versions (the scripts never changed on main after a
 * database could be made), holds a row, and is then opened, checked and restored by this build.
 */
class EarlierDatabasesTest {
    @TempDir
    Path tmp;

    private Path databaseOf(String name, String... scripts) throws Exception {
        return databaseOf(tmp, name, scripts);
    }

    /** A database in {@code root/name} made by a build that shipped only {@code scripts}, with one agency in it. */
    static Path databaseOf(Path tmp, String name, String... scripts) throws Exception {
        Path migrations = Files.createDirectories(tmp.resolve(name + "-migrations"));
        for (String script : scripts) {
            try (InputStream in = EarlierDatabasesTest.class.getClassLoader().getResourceAsStream("db/migration/" + script)) {
                Files.write(migrations.resolve(script), in.readAllBytes());
            }
        }
        Path dir = Files.createDirectories(tmp.resolve(name));
        Path file = dir.resolve(Database.FILE_NAME);
        Flyway.configure().dataSource(Database.dataSource(file)).locations("filesystem:" + migrations).load().migrate();
        exec(file, "INSERT INTO agency (name, admin_level) VALUES ('临河区公安局', 'COUNTY')");
        return dir;
    }

    static String[] scripts(String set) {
        Map<String, String> byVersion = Map.of("1", "V1__foundation.sql", "2", "V2__caseload.sql",
                "3", "V3__suggestion.sql", "4", "V4__meeting.sql");
        return Stream.of(set.split("\\+")).map(byVersion::get).toArray(String[]::new);
    }

    private static List<String> applied(Path file) {
        return TestDb.column(file, "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank");
    }

    private static List<Path> backups(Path dir) throws Exception {
        Path b = dir.resolve(Database.BACKUP_FOLDER);
        if (!Files.isDirectory(b)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(b)) {
            return s.sorted().toList();
        }
    }

    @Test
    void flywayComputesTheChecksumsTheFastPathCompares() {
        org.sqlite.SQLiteDataSource ds = new org.sqlite.SQLiteDataSource();
        ds.setUrl("jdbc:sqlite::memory:");
        MigrationInfo[] all = Database.flyway(ds).info().all();
        assertThat(all).isNotEmpty();
        for (MigrationInfo m : all) {
            SchemaState.Migration ours = SchemaState.knownMigrations().orElseThrow().get(m.getVersion().getVersion());
            assertThat(ours).as(m.getScript()).isNotNull();
            assertThat(ours.checksum()).as(m.getScript()).isEqualTo(m.getChecksum());
        }
        // and line breaks do not matter to either
        assertThat(SchemaState.checksum("a\r\nb\r\n")).isEqualTo(SchemaState.checksum("a\nb"));
        assertThat(SchemaState.checksum("\uFEFFa\nb")).isEqualTo(SchemaState.checksum("a\nb"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "1+3", "1+3+4", "1+2+3+4"})
    void everyEarlierSetOfMigrationsOpensWholeAndChecksClean(String set) throws Exception {
        Path dir = databaseOf("db" + set.replace('+', '-'), scripts(set));
        Path file = dir.resolve(Database.FILE_NAME);
        boolean complete = set.equals("1+2+3+4");
        // as the file stands, before this build touched it: a good (older) database, not a broken one
        assertThat(Backup.check(file)).isEmpty();
        assertThat(Backup.missingMigrations(file).isEmpty()).isEqualTo(complete && SchemaState.knownVersions().orElseThrow().size() == 4);

        try (Database db = Database.open(dir, Database.Mode.WRITE)) {
            assertThat(db.schemaVersion()).isEqualTo(Database.latestKnownVersion());
            assertThat(TestDb.count(db, "agency")).isEqualTo(1);
            for (String table : List.of("case_defendant", "hearing_appearance", "suggestion", "agreed_item")) {
                assertThat(TestDb.string(db, "SELECT count(*) FROM sqlite_master WHERE name = '" + table + "'"))
                        .as(table).isEqualTo("1");
            }
        }
        assertThat(applied(file)).containsExactlyInAnyOrderElementsOf(SchemaState.knownVersions().orElseThrow());
        assertThat(Backup.check(file)).isEmpty();
        assertThat(Backup.missingMigrations(file)).isEmpty();
        if (!complete) {
            // the database as it was is kept aside before the first migration ran
            assertThat(backups(dir)).singleElement().satisfies(copy -> {
                assertThat(applied(copy)).containsExactly(set.split("\\+"));
                assertThat(TestDb.column(copy, "SELECT name FROM agency")).containsExactly("临河区公安局");
            });
        }
        CliTest.Result check = CliTest.run("--data", dir.toString(), "check");
        assertThat(check.code()).as(check.err()).isZero();
        assertThat(check.out()).contains("ok");
    }

    @Test
    void aGappedDatabaseIsNotCalledFineByCheckBeforeItIsUpgraded() throws Exception {
        Path dir = databaseOf("gap", scripts("1+3+4"));
        Path file = dir.resolve(Database.FILE_NAME);
        assertThat(Backup.missingMigrations(file)).contains("V2");
        // while a window holds the folder, check may not upgrade it: it says so instead of "ok"
        try (InstanceLock lock = InstanceLock.tryAcquire(dir).orElseThrow()) {
            CliTest.Result check = CliTest.run("--data", dir.toString(), "check");
            assertThat(check.code()).isNotZero();
            assertThat(check.out()).doesNotContain("ok");
        }
        assertThat(applied(file)).containsExactly("1", "3", "4");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "1+3+4"})
    void anEarlierBackupIsRestoredAndUpgraded(String set) throws Exception {
        Path old = databaseOf("old" + set.replace('+', '-'), scripts(set)).resolve(Database.FILE_NAME);
        Path dir = tmp.resolve("current");
        try (Database db = Database.open(dir, Database.Mode.WRITE)) {
            TestDb.execute(db, "INSERT INTO agency (name, admin_level) VALUES ('五原县公安局', 'COUNTY')");
        }
        CliTest.Result restore = CliTest.run("--data", dir.toString(), "restore", old.toString());
        assertThat(restore.code()).as(restore.err()).isZero();
        Path file = dir.resolve(Database.FILE_NAME);
        assertThat(TestDb.column(file, "SELECT name FROM agency")).containsExactly("临河区公安局");
        assertThat(applied(file)).containsExactlyInAnyOrderElementsOf(SchemaState.knownVersions().orElseThrow());
        assertThat(Backup.check(file)).isEmpty();
    }

    @Test
    void aDatabaseMadeWithAnEditedMigrationIsRefusedAndLeftAlone() throws Exception {
        Path migrations = Files.createDirectories(tmp.resolve("edited-migrations"));
        List<String> names = new ArrayList<>(List.of(scripts("1+2+3+4")));
        for (String script : names) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("db/migration/" + script)) {
                String sql = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                if (script.startsWith("V3")) {
                    sql = sql.replace("CREATE TABLE suggestion_cc", "CREATE TABLE suggestion_copy_to");
                }
                Files.writeString(migrations.resolve(script), sql);
            }
        }
        Path dir = Files.createDirectories(tmp.resolve("edited"));
        Path file = dir.resolve(Database.FILE_NAME);
        Flyway.configure().dataSource(Database.dataSource(file)).locations("filesystem:" + migrations).load().migrate();
        byte[] before = Files.readAllBytes(file);

        StoreException e = assertThrows(StoreException.class, () -> Database.open(dir, Database.Mode.WRITE).close());
        assertThat(e.getMessage()).contains("V3").contains(file.toString()).contains("恢复");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Backup.check(file)).anySatisfy(p -> assertThat(p).contains("V3"))
                .anySatisfy(p -> assertThat(p).contains("suggestion_cc"));

        Path dir2 = tmp.resolve("current");
        Database.open(dir2, Database.Mode.WRITE).close();
        CliTest.Result restore = CliTest.run("--data", dir2.toString(), "restore", file.toString());
        assertThat(restore.code()).isEqualTo(1);
        assertThat(restore.err()).contains("V3");
    }

    @Test
    void aDatabaseWithATableDroppedIsNeitherFineNorRestored() throws Exception {
        Path dir = tmp.resolve("dropped");
        try (Database db = Database.open(dir, Database.Mode.WRITE)) {
            TestDb.execute(db, "DROP TABLE case_defendant", "DROP INDEX agency_field");
        }
        Path file = dir.resolve(Database.FILE_NAME);
        assertThat(Backup.check(file)).anySatisfy(p -> assertThat(p).contains("case_defendant"))
                .anySatisfy(p -> assertThat(p).contains("agency_field"));
        CliTest.Result check = CliTest.run("--data", dir.toString(), "check");
        assertThat(check.code()).isEqualTo(1);
        assertThat(check.err()).contains("case_defendant");

        Path dir2 = tmp.resolve("current");
        Database.open(dir2, Database.Mode.WRITE).close();
        CliTest.Result restore = CliTest.run("--data", dir2.toString(), "restore", file.toString());
        assertThat(restore.code()).isEqualTo(1);
        assertThat(restore.err()).contains("case_defendant");
        assertThat(TestDb.column(dir2.resolve(Database.FILE_NAME),
                "SELECT count(*) FROM sqlite_master WHERE name = 'case_defendant'")).containsExactly("1");
    }

    private static void exec(Path file, String sql) throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                java.sql.Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }
}
