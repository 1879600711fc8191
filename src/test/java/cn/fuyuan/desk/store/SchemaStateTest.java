package cn.fuyuan.desk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** The one-query check that lets an up-to-date database open without starting Flyway. */
class SchemaStateTest {
    @TempDir
    Path tmp;

    @Test
    void knowsTheMigrationsThisBuildShips() {
        assertThat(SchemaState.knownVersions()).hasValueSatisfying(v -> assertThat(v).contains("1"));
        assertThat(Database.latestKnownVersion()).isEqualTo(SchemaState.latestKnown().orElseThrow());
    }

    @Test
    void listsMigrationsInsideAJarAndRefusesAnythingItCannotJudge() throws Exception {
        Path jar = jar("a.jar", "db/migration/V1__a.sql", "db/migration/V2__b.sql", "db/migration/V10__c.sql");
        try (URLClassLoader cl = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(SchemaState.list(cl)).contains(Set.of("1", "2", "10"));
        }
        Path withConf = jar("b.jar", "db/migration/V1__a.sql", "db/migration/V1__a.sql.conf");
        try (URLClassLoader cl = new URLClassLoader(new URL[] {withConf.toUri().toURL()}, null)) {
            assertThat(SchemaState.list(cl)).isEmpty();
        }
        Path repeatable = jar("c.jar", "db/migration/V1__a.sql", "db/migration/R__view.sql");
        try (URLClassLoader cl = new URLClassLoader(new URL[] {repeatable.toUri().toURL()}, null)) {
            assertThat(SchemaState.list(cl)).isEmpty();
        }
        try (URLClassLoader cl = new URLClassLoader(new URL[0], null)) {
            assertThat(SchemaState.list(cl)).isEqualTo(Optional.empty());
        }
    }

    @Test
    void versionsCompareAsFlywayDoes() {
        assertThat(SchemaState.normalise("1.0")).isEqualTo("1");
        assertThat(SchemaState.normalise("2_1")).isEqualTo("2.1");
        assertThat(SchemaState.normalise("010")).isEqualTo("10");
        assertThat(SchemaState.compare("10", "9")).isPositive();
        assertThat(SchemaState.compare("2.1", "2.1.0")).isZero();
    }

    @Test
    void upToDateOnlyWhenExactlyTheKnownMigrationsSucceeded() throws Exception {
        Path dir = tmp.resolve("data");
        Path file = dir.resolve(Database.FILE_NAME);
        Files.createDirectories(dir);
        SQLiteDataSource ds = Database.dataSource(file);
        assertThat(SchemaState.upToDate(ds)).as("new, empty file").isFalse();
        assertThat(SchemaState.appliedVersion(ds)).isEqualTo("0");

        try (Database db = Database.open(dir, Database.Mode.WRITE)) {
            assertThat(db.schemaVersion()).isEqualTo(Database.latestKnownVersion());
        }
        assertThat(SchemaState.upToDate(ds)).isTrue();

        // a failed row (a half-done migration Flyway must deal with) is not "up to date"
        exec(file, "UPDATE flyway_schema_history SET success = 0");
        assertThat(SchemaState.upToDate(ds)).isFalse();
        exec(file, "UPDATE flyway_schema_history SET success = 1");

        // a version this build does not know (a newer app migrated it) is not "up to date" either
        exec(file, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                + " checksum, installed_by, execution_time, success) VALUES (99, '99', 'later', 'SQL', 'V99__later.sql', 0, 'x', 1, 1)");
        assertThat(SchemaState.upToDate(ds)).isFalse();
        assertThat(SchemaState.appliedVersion(ds)).isEqualTo("99");
    }

    private static void exec(Path file, String sql) throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                java.sql.Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    private Path jar(String name, String... entries) throws Exception {
        Path jar = tmp.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            // as Maven's jar plugin writes them: folders have their own entries
            j.putNextEntry(new JarEntry("db/"));
            j.closeEntry();
            j.putNextEntry(new JarEntry("db/migration/"));
            j.closeEntry();
            for (String e : entries) {
                j.putNextEntry(new JarEntry(e));
                j.write("SELECT 1;".getBytes(StandardCharsets.UTF_8));
                j.closeEntry();
            }
        }
        return jar;
    }
}
