package cn.fuyuan.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.TestDb;
import cn.fuyuan.desk.agency.Agency;
import cn.fuyuan.desk.agency.AgencyRepository;
import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.importing.Sheets;
import cn.fuyuan.desk.store.Database;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class CliTest {
    @TempDir
    Path tmp;

    public record Result(int code, String out, String err) {
    }

    @AfterEach
    void chinese() {
        Messages.setLocale(Messages.CHINESE);
    }

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, (dir, bench) -> {
            throw new AssertionError("no window in tests");
        }, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private Result cli(Path dir, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return run(all);
    }

    private static List<Agency> agencies(Path dir) {
        try (Database db = Database.open(dir, Database.Mode.READ)) {
            return new AgencyRepository(db).list(true);
        }
    }

    @Test
    void demoThenCheckIsOk() {
        Path dir = tmp.resolve("data");
        Result demo = cli(dir, "demo");
        assertThat(demo.code()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("演示数据已写入").contains(dir.resolve(Database.FILE_NAME).toString());
        assertThat(agencies(dir)).hasSizeGreaterThan(50);

        Result check = cli(dir, "check");
        assertThat(check.code()).as(check.err()).isZero();
        assertThat(check.out()).contains("integrity_check: ok").contains("foreign_key_check: ok").endsWith("ok" + System.lineSeparator());
        assertThat(check.err()).isEmpty();
    }

    @Test
    void demoTwiceIsRefusedAsBadInput() {
        Path dir = tmp.resolve("data");
        assertThat(cli(dir, "demo").code()).isZero();
        int before = agencies(dir).size();

        Result again = cli(dir, "demo");

        assertThat(again.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(again.err()).contains("已有数据").contains(dir.resolve(Database.FILE_NAME).toString());
        assertThat(agencies(dir)).hasSize(before);
    }

    @Test
    void demoIsDeterministicForASeed() {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Path c = tmp.resolve("c");
        assertThat(cli(a, "demo", "--seed", "7").code()).isZero();
        assertThat(cli(b, "demo", "--seed", "7").code()).isZero();
        assertThat(cli(c, "demo", "--seed", "8").code()).isZero();

        List<String> la = agencies(a).stream().map(x -> x.name() + "|" + x.headName() + "|" + x.phone()).toList();
        List<String> lb = agencies(b).stream().map(x -> x.name() + "|" + x.headName() + "|" + x.phone()).toList();
        assertThat(la).isEqualTo(lb).isNotEmpty();
        assertThat(agencies(c).stream().map(Agency::headName).toList())
                .isNotEqualTo(agencies(a).stream().map(Agency::headName).toList());
    }

    @Test
    void demoScaleMultipliesAndBadScaleIsBadInput() {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        assertThat(cli(one, "demo").code()).isZero();
        assertThat(cli(two, "demo", "--scale", "2").code()).isZero();
        assertThat(agencies(two)).hasSize(2 * agencies(one).size());

        Result bad = cli(tmp.resolve("bad"), "demo", "--scale", "0");
        assertThat(bad.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(bad.err()).contains("--scale");
    }

    @Test
    void badImportNamesEachBadRowAndChangesNothing() throws Exception {
        Path dir = tmp.resolve("data");
        assertThat(cli(dir, "demo").code()).isZero();
        int before = agencies(dir).size();
        Path file = Sheets.csv(tmp.resolve("bad.csv"), StandardCharsets.UTF_8, true, List.of(
                List.of("名称", "层级", "所属地区"),
                List.of("新机关甲", "县", "临河区"),
                List.of("", "县", "临河区"),
                List.of("新机关乙", "省", "临河区"),
                List.of("新机关丙", "县", "火星")));

        Result r = cli(dir, "import", "agencies", file.toString());

        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains("第 3 行“名称”列").contains("第 4 行“层级”列").contains("第 5 行“所属地区”列").contains("火星");
        assertThat(r.err()).doesNotContain("第 2 行");
        assertThat(agencies(dir)).hasSize(before);
    }

    @Test
    void goodImportReportsItsCountsAndDryRunWritesNothing() throws Exception {
        Path dir = tmp.resolve("data");
        assertThat(cli(dir, "demo").code()).isZero();
        int before = agencies(dir).size();
        Path file = Sheets.csv(tmp.resolve("good.csv"), StandardCharsets.UTF_8, false, List.of(
                List.of("名称", "层级", "所属地区", "领域"),
                List.of("临河区信访局", "县", "临河区", "信访"),
                List.of("巴彦淖尔市公安局", "市", "市本级", "公安")));

        Result refused = cli(dir, "import", "agencies", file.toString(), "--dry-run");
        assertThat(refused.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(refused.err()).contains("第 2 行“领域”列").contains("信访");

        Result dry = cli(dir, "import", "agencies", file.toString(), "--dry-run", "--create-missing");
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("试运行").contains("2 行").contains("将新增 1");
        assertThat(agencies(dir)).hasSize(before);

        Result real = cli(dir, "import", "agencies", file.toString(), "--create-missing");
        assertThat(real.code()).as(real.err()).isZero();
        assertThat(real.out()).contains("已导入 2 行").contains("新增 1");
        assertThat(agencies(dir)).hasSize(before + 1);
    }

    @Test
    void unknownCommandIsBadInput() {
        Result r = cli(tmp.resolve("data"), "frobnicate");
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains("frobnicate");
        assertThat(run("import", "cases", "x.csv").code()).isEqualTo(Cli.BAD_INPUT);
    }

    @Test
    void backupChangeRestoreGivesTheDataAsAtBackupAndKeepsThePreviousAside() throws Exception {
        Path dir = tmp.resolve("data");
        assertThat(cli(dir, "demo").code()).isZero();
        List<String> atBackup = agencies(dir).stream().map(Agency::name).toList();
        Path out = tmp.resolve("backup").resolve("fuyuan-2025.db");

        Result backup = cli(dir, "backup", "--out", out.toString());
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(backup.out()).contains(out.toString());
        assertThat(out).isRegularFile();

        try (Database db = Database.open(dir, Database.Mode.WRITE)) {
            new AgencyRepository(db).save(TestDb.agency("备份之后新增的机关"));
        }
        assertThat(agencies(dir)).hasSize(atBackup.size() + 1);

        Result restore = cli(dir, "restore", out.toString());
        assertThat(restore.code()).as(restore.err()).isZero();

        assertThat(agencies(dir).stream().map(Agency::name).toList()).isEqualTo(atBackup);
        List<Path> kept;
        try (Stream<Path> s = Files.list(dir.resolve(Database.BACKUP_FOLDER))) {
            kept = s.toList();
        }
        assertThat(kept).singleElement().satisfies(p -> {
            assertThat(p.getFileName().toString()).startsWith("fuyuan-before-restore-");
            assertThat(restore.out()).contains(p.toString());
            assertThat(TestDb.column(p, "SELECT name FROM agency WHERE name = '备份之后新增的机关'")).hasSize(1);
        });
        assertThat(cli(dir, "check").code()).isZero();
    }

    @Test
    void restoreOfANonSqliteFileIsBadInputAndChangesNothing() throws Exception {
        Path dir = tmp.resolve("data");
        assertThat(cli(dir, "demo").code()).isZero();
        List<Agency> before = agencies(dir);
        Path junk = Files.writeString(tmp.resolve("junk.db"), "not a database at all, just text");

        Result r = cli(dir, "restore", junk.toString());

        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains(junk.toString()).contains("不是 SQLite");
        assertThat(agencies(dir)).isEqualTo(before);
        assertThat(dir.resolve(Database.BACKUP_FOLDER)).doesNotExist();
    }

    @Test
    void checkOnAFolderWithoutDatabaseIsBadInput() {
        Path dir = tmp.resolve("nothing-here");
        Result r = cli(dir, "check");
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains(dir.resolve(Database.FILE_NAME).toString());
        assertThat(r.out()).doesNotContain("ok");
        assertThat(dir).as("a reader creates nothing").doesNotExist();
    }

    @Test
    void backupWithoutDatabaseIsBadInput() {
        Path dir = tmp.resolve("nothing-here");
        Result r = cli(dir, "backup", "--out", tmp.resolve("x.db").toString());
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(tmp.resolve("x.db")).doesNotExist();
    }

    @Test
    void englishMessagesWithLang() {
        Path dir = tmp.resolve("data");
        Result r = cli(dir, "--lang", "en", "check");
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains("No database at");
    }
}
