package cn.fuyuan.desk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fuyuan.desk.TestDb;
import cn.fuyuan.desk.agency.AgencyRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupTest {
    @TempDir
    Path tmp;

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void backupIsOneSelfContainedFileThatStaysAloneWhenChecked() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("usb")).resolve("fuyuan-backup.db");
        try (Database db = Database.open(tmp.resolve("data"), Database.Mode.WRITE)) {
            new AgencyRepository(db).save(TestDb.agency("临河区公安局"));
            Backup.backup(db.dataDir(), out);
        }
        assertThat(Backup.check(out)).isEmpty();
        assertThat(Backup.schemaVersionOf(out)).isEqualTo(Database.latestKnownVersion());
        assertThat(TestDb.column(out, "SELECT name FROM agency")).containsExactly("临河区公安局");
        // no -wal/-shm next to the user's copy: it can be carried away as one file
        assertThat(names(out.getParent())).containsExactly("fuyuan-backup.db");
        assertThat(TestDb.column(out, "PRAGMA journal_mode")).containsExactly("delete");
    }

    @Test
    void restoreKeepsTheCurrentDatabaseAsideAndLeavesTheLiveOneInWal() throws Exception {
        Path out = tmp.resolve("b.db");
        try (Database db = Database.open(tmp.resolve("data"), Database.Mode.WRITE)) {
            AgencyRepository repo = new AgencyRepository(db);
            repo.save(TestDb.agency("临河区公安局"));
            Backup.backup(db.dataDir(), out);
            repo.save(TestDb.agency("五原县公安局"));

            Path aside = Backup.restore(db, out);

            assertThat(repo.list(true)).extracting(a -> a.name()).containsExactly("临河区公安局");
            assertThat(aside.getParent()).isEqualTo(db.dataDir().resolve(Database.BACKUP_FOLDER));
            assertThat(TestDb.column(aside, "SELECT name FROM agency ORDER BY id")).containsExactly("临河区公安局", "五原县公安局");
            assertThat(names(aside.getParent())).containsExactly(aside.getFileName().toString());
            assertThat(TestDb.string(db, "PRAGMA journal_mode")).isEqualToIgnoringCase("wal");
            assertThat(Backup.check(db.file())).isEmpty();
        }
    }

    @Test
    void checkNamesWhatIsWrong() throws Exception {
        Path text = Files.writeString(tmp.resolve("notes.db"), "这不是数据库");
        assertThat(Backup.check(text)).singleElement().asString().contains(text.toString()).contains("不是 SQLite");
        Path missing = tmp.resolve("missing.db");
        assertThat(Backup.check(missing)).singleElement().asString().contains(missing.toString());
        Path foreign = tmp.resolve("other.db");
        TestDb.column(foreign, "SELECT 1"); // creates an empty SQLite file
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + foreign); var st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE t (x)");
        }
        assertThat(Backup.check(foreign)).singleElement().asString().contains("不是府院联动工作台的数据库");
    }

    @Test
    void restoreRefusesABadFileAndChangesNothing() throws Exception {
        Path text = Files.writeString(tmp.resolve("notes.db"), "这不是数据库");
        try (Database db = Database.open(tmp.resolve("data"), Database.Mode.WRITE)) {
            new AgencyRepository(db).save(TestDb.agency("临河区公安局"));
            assertThatThrownBy(() -> Backup.restore(db, text)).isInstanceOf(StoreException.class)
                    .hasMessageContaining(text.toString());
            assertThat(new AgencyRepository(db).count()).isEqualTo(1);
            assertThat(db.dataDir().resolve(Database.BACKUP_FOLDER)).doesNotExist();
        }
    }
}
