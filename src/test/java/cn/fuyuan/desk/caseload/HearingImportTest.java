package cn.fuyuan.desk.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fuyuan.desk.TestDb;
import cn.fuyuan.desk.appearance.AppearanceStats;
import cn.fuyuan.desk.appearance.Grouping;
import cn.fuyuan.desk.appearance.LossStats;
import cn.fuyuan.desk.appearance.Period;
import cn.fuyuan.desk.appearance.StatsData;
import cn.fuyuan.desk.cli.Cli;
import cn.fuyuan.desk.importing.ImportRejected;
import cn.fuyuan.desk.importing.ImportSummary;
import cn.fuyuan.desk.importing.Sheets;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.store.Problem;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import of hearings (one row per hearing × defendant), and the figures computed from an imported file — the same
 * table as AppearanceStatsTest, where the figures are worked by hand.
 */
public class HearingImportTest {
    static final List<String> HEADER = HearingImport.HEADERS;

    @TempDir
    Path tmp;
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        dir = tmp.resolve("data");
        db = Database.open(dir, Database.Mode.WRITE);
        new HearingImportTestSetup(db).directory();
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** 案号, 法院, 原告, 被告, 案由, 行为类别, 立案日期, 开庭日期, 通知送达日期, 负责人是否出庭, 出庭负责人, 职务, 负责人级别, 是否出声, 未出庭理由, 情况说明, 应诉人员, 一审结果, 结案日期 */
    static List<String> row(String... cells) {
        List<String> r = new ArrayList<>(Arrays.asList(cells));
        while (r.size() < HEADER.size()) {
            r.add("");
        }
        return r;
    }

    static final String A = "临河区公安局";
    static final String B = "临河住建局"; // by its short name
    static final String C = "五原县公安局";

    /** The hand-worked table of AppearanceStatsTest (case 4's head stayed away without a legitimate reason; staff came). */
    public static List<List<String>> table() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        rows.add(row("（2025）内08行初1号", "", "王某", A, "行政处罚", "行政处罚", "2025-06-01", "2025-07-10", "2025-07-01", "否", "", "", "", "", "需要履行他人不能代替的公务", "是", "法制科科长", "撤销", "2025-09-30"));
        rows.add(row("(2025)内08行初1号", "", "王某", A, "行政处罚", "行政处罚", "2025-06-01", "2025-08-20", "", "是", "李副", "副局长", "副职", "是", "", "", "", "撤销", "2025-09-30"));
        rows.add(row("（2025）内08行初1号", "", "王某", B, "", "", "", "2025-07-10 09:30", "2025-07-01", "是", "乙", "局长", "正职", "否", "", "", "", "", ""));
        rows.add(row("（2025）内08行初1号", "", "王某", B, "", "", "", "2025-08-20", "", "否", "", "", "", "", "其他正当事由", "是", "", "", ""));
        rows.add(row("（2025）内08行初2号", "", "李某", A, "", "行政强制", "2025-08-01", "2025-09-25", "2025-09-20", "是", "甲", "局长", "正职", "是", "", "", "", "撤诉", "2025-11-01"));
        rows.add(row("（2025）内08行初2号", "", "李某", A, "", "行政强制", "2025-08-01", "2025-10-15", "2025-10-14", "否", "", "", "", "", "意外事件", "否", "", "撤诉", "2025-11-01"));
        rows.add(row("（2025）内08行初3号", "", "张某", C, "", "", "2025-05-01", "2025-06-20", "2025-06-10", "否", "", "", "", "", "不可抗力", "", "", "", ""));
        rows.add(row("（2025）内08行初3号", "", "张某", C, "", "", "2025-05-01", "2025-07-05", "", "是", "丁", "党组成员", "其他负责人", "是", "", "", "", "", ""));
        rows.add(row("（2025）内08行初4号", "", "赵某", C, "", "", "2025-07-01", "2025-08-01", "", "否", "", "", "", "", "无正当理由", "否", "法制科工作人员", "驳回诉讼请求", "2025-12-01"));
        return rows;
    }

    Path csv(List<List<String>> rows) throws Exception {
        return Sheets.csv(tmp.resolve("开庭.csv"), StandardCharsets.UTF_8, true, rows);
    }

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void importedTableGivesTheHandWorkedFigures() throws Exception {
        ImportSummary s = HearingImport.run(db, csv(table()), false, false);
        assertThat(s.rows()).isEqualTo(9);
        assertThat(s.inserted()).isEqualTo(9);
        assertThat(TestDb.count(db, "admin_case")).isEqualTo(4);
        assertThat(TestDb.count(db, "hearing")).isEqualTo(7);
        assertThat(TestDb.count(db, "hearing_appearance")).isEqualTo(9);
        assertThat(TestDb.count(db, "case_defendant")).isEqualTo(5);
        assertThat(TestDb.string(db, "SELECT hearing_time FROM hearing WHERE hearing_date = '2025-07-10'")).isEqualTo("09:30");

        Period q3 = Period.parse("2025Q3");
        assertThat(StatsData.appearance(db, q3, AppearanceStats.Unit.CASE, AppearanceStats.Scope.ALL, Grouping.OVERALL))
                .containsExactly(new AppearanceStats.Figures("全部", 4, 3, 2, 2, d("75.00"), d("50.00"), d("50.00")));
        assertThat(StatsData.appearance(db, q3, AppearanceStats.Unit.HEARING, AppearanceStats.Scope.ALL, Grouping.OVERALL))
                .containsExactly(new AppearanceStats.Figures("全部", 7, 4, 3, 2, d("57.14"), d("42.86"), d("28.57")));
        assertThat(StatsData.appearance(db, q3, AppearanceStats.Unit.CASE, AppearanceStats.Scope.ALL, Grouping.REGION))
                .containsExactly(new AppearanceStats.Figures("临河区", 3, 3, 2, 2, d("100.00"), d("66.67"), d("66.67")),
                        new AppearanceStats.Figures("五原县", 1, 0, 0, 0, d("0.00"), d("0.00"), d("0.00")));
        // loss 2025: 行初1 (A, B) 撤销 → 2 lost; 行初2 (A) 撤诉; 行初4 (C) 驳回诉讼请求; 行初3 open. 4 closed → 50.00, 调撤 1/4 = 25.00
        assertThat(StatsData.loss(db, 2025, false, LossStats.Denominator.ALL_CLOSED, Grouping.OVERALL))
                .containsExactly(new LossStats.Figures("全部", 4, 2, 1, 4, d("50.00"), d("25.00")));
    }

    @Test
    void anImportedCaseHasOneHistoryEntryThatReadsAsTheCaseItsHearingsAndTheFile() throws Exception {
        HearingImport.run(db, csv(table()), false, false);
        String id = TestDb.string(db, "SELECT id FROM admin_case WHERE case_number = '（2025）内08行初1号'");
        List<cn.fuyuan.desk.store.AuditRepository.Entry> history = new cn.fuyuan.desk.store.AuditRepository(db)
                .forRecord("admin_case", id, cn.fuyuan.desk.store.Vocabulary.childrenOf("admin_case"));
        assertThat(history).hasSize(1);
        String words = cn.fuyuan.desk.history.HistoryWords.describe(history.get(0), cn.fuyuan.desk.history.HistoryWords.names(db));
        // the case's columns, then its defendants and hearings in words (not JSON), then the file with its hash
        assertThat(words).contains("案号: （2025）内08行初1号", "被告（导入时）: " + A + ", 临河区住房和城乡建设局", "开庭及出庭情况（导入时）: 2025-07-10 09:30",
                "负责人出庭: 是", "导入文件: 开庭.csv", "导入文件 SHA-256: " + HearingImport.sha256(tmp.resolve("开庭.csv")))
                .doesNotContain("{", "agency_id");
    }

    @Test
    void reimportingTheSameFileChangesNothing() throws Exception {
        Path file = csv(table());
        HearingImport.run(db, file, false, false);
        long history = TestDb.count(db, "audit_log");

        ImportSummary again = HearingImport.run(db, file, false, false);

        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(9);
        assertThat(TestDb.count(db, "audit_log")).isEqualTo(history);
        assertThat(TestDb.count(db, "hearing_appearance")).isEqualTo(9);
    }

    @Test
    void newCasesBesideUpdatedOnesGetFreshIdsAndTheirHistory() throws Exception {
        // cases 1 and 2 first; the newest case is then deleted, so its ids must not be given again
        List<List<String>> first = new ArrayList<>(table().subList(0, 7));
        HearingImport.run(db, csv(first), false, false);
        long oldMaxCase = TestDb.count(db, "admin_case");
        TestDb.execute(db, "DELETE FROM hearing_appearance WHERE hearing_id IN (SELECT h.id FROM hearing h JOIN admin_case c ON c.id = h.case_id"
                + " WHERE c.case_number = '（2025）内08行初2号')");
        TestDb.execute(db, "DELETE FROM hearing WHERE case_id = (SELECT id FROM admin_case WHERE case_number = '（2025）内08行初2号')");
        TestDb.execute(db, "DELETE FROM case_defendant WHERE case_id = (SELECT id FROM admin_case WHERE case_number = '（2025）内08行初2号')");
        TestDb.execute(db, "DELETE FROM admin_case WHERE case_number = '（2025）内08行初2号'");
        long history = TestDb.count(db, "audit_log");
        String lastHistory = TestDb.string(db, "SELECT max(id) FROM audit_log");

        // the whole table with new and updated cases interleaved: case 3 (new), case 1 (one row changed), case 2 (new
        // again), case 4 (new)
        List<List<String>> t = table();
        t.get(1).set(HEADER.indexOf("应诉人员"), "法制科副科长");
        List<List<String>> all = new ArrayList<>(List.of(t.get(0), t.get(7), t.get(8)));
        all.addAll(t.subList(1, 7));
        all.add(t.get(9));
        ImportSummary s = HearingImport.run(db, csv(all), false, false);

        assertThat(s.updated()).isEqualTo(1);
        assertThat(s.unchanged()).isEqualTo(3);
        assertThat(s.inserted()).isEqualTo(5);
        assertThat(TestDb.count(db, "admin_case")).isEqualTo(4);
        assertThat(TestDb.count(db, "hearing_appearance")).isEqualTo(9);
        assertThat(TestDb.string(db, "SELECT min(id) FROM admin_case WHERE case_number <> '（2025）内08行初1号'"))
                .as("a deleted case's id is not given again").isEqualTo(String.valueOf(oldMaxCase + 1));
        // every new case has ONE history entry (issue 16 §1), with the id it got, holding its hearings and appearances
        // as written (their ids too) and the file's name and hash; no entry of its own for each of their rows
        assertThat(TestDb.string(db, "SELECT count(*) FROM admin_case t WHERE t.case_number <> '（2025）内08行初1号' AND NOT EXISTS "
                + "(SELECT 1 FROM audit_log l WHERE l.id > " + lastHistory + " AND l.table_name = 'admin_case' AND l.action = 'INSERT' "
                + "AND l.record_id = CAST(t.id AS TEXT) AND json_extract(l.after_json, '$.id') = t.id "
                + "AND json_extract(l.after_json, '$.import_file') = '开庭.csv' AND length(json_extract(l.after_json, '$.import_sha256')) = 64)"))
                .isEqualTo("0");
        assertThat(TestDb.string(db, "SELECT count(*) FROM hearing_appearance a JOIN hearing h ON h.id = a.hearing_id WHERE h.case_id > "
                + oldMaxCase + " AND NOT EXISTS (SELECT 1 FROM audit_log l, json_each(l.after_json, '$.hearings') jh, "
                + "json_each(jh.value, '$.appearances') ja WHERE l.table_name = 'admin_case' AND l.record_id = CAST(h.case_id AS TEXT) "
                + "AND json_extract(jh.value, '$.id') = h.id AND json_extract(ja.value, '$.id') = a.id)")).isEqualTo("0");
        assertThat(TestDb.string(db, "SELECT count(*) FROM audit_log WHERE id > " + lastHistory + " AND action = 'INSERT' AND ("
                + "table_name IN ('case_defendant', 'hearing') AND json_extract(after_json, '$.case_id') > " + oldMaxCase
                + " OR table_name = 'hearing_appearance' AND json_extract(after_json, '$.hearing_id') IN "
                + "(SELECT id FROM hearing WHERE case_id > " + oldMaxCase + "))")).isEqualTo("0");
        assertThat(TestDb.count(db, "audit_log")).isGreaterThan(history + 3);
        assertThat(TestDb.string(db, "SELECT staff FROM hearing_appearance a JOIN hearing h ON h.id = a.hearing_id "
                + "WHERE h.hearing_date = '2025-07-10' AND a.agency_id = (SELECT id FROM agency WHERE name = '临河区公安局')"))
                .isEqualTo("法制科副科长");
    }

    @Test
    void closeNamesAreSuggestedForTyposAndShortForms() {
        List<String> names = List.of("临河区人民法院", "五原县人民法院", "临河区公安局", "五原县住房和城乡建设局", "五原县自然资源局");
        assertThat(HearingImport.closestName("临河区公安居", names)).as("one wrong character").isEqualTo("临河区公安局");
        assertThat(HearingImport.closestName("临河区法院", names)).as("a short form").isEqualTo("临河区人民法院");
        assertThat(HearingImport.closestName("五原县住建局", names)).isEqualTo("五原县住房和城乡建设局");
        assertThat(HearingImport.closestName("五原县局", names)).as("half of 五原县自然资源局 is too little").isNull();
        assertThat(HearingImport.closestName("五原县法院", List.of("五原县人民法院", "五原县中心法院"))).as("two as close: none").isNull();
        assertThat(HearingImport.closestName("法院", names)).as("too short to guess").isNull();
        assertThat(HearingImport.closestName("乌拉特前旗税务局", names)).isNull();
    }

    @Test
    void aChangedCellUpdatesOnlyItsRow() throws Exception {
        HearingImport.run(db, csv(table()), false, false);
        List<List<String>> changed = table();
        changed.get(9).set(HEADER.indexOf("未出庭理由"), "其他正当事由");

        ImportSummary s = HearingImport.run(db, csv(changed), false, false);

        assertThat(s.updated()).isEqualTo(1);
        assertThat(s.unchanged()).isEqualTo(8);
        assertThat(TestDb.string(db, "SELECT absence_reason FROM hearing_appearance a JOIN hearing h ON h.id = a.hearing_id WHERE h.hearing_date = '2025-08-01'"))
                .isEqualTo("OTHER_JUSTIFIED");
    }

    @Test
    void badCellsAreAllNamedAndNothingIsWritten() throws Exception {
        HearingImport.run(db, csv(table()), false, false);
        long history = TestDb.count(db, "audit_log");
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        rows.add(row("（2025）内08民初5号", "", "", A, "", "", "", "2025-07-10"));                       // row 2: bad 案号
        rows.add(row("（2025）内08行初6号", "", "", "临河区公按局", "", "", "", "2025-07-10"));           // row 3: unknown agency
        rows.add(row("（2025）内08行初7号", "", "", A, "", "", "", "2025-13-10"));                       // row 4: bad date
        rows.add(row("（2025）内08行初8号", "", "", A, "", "", "", "2025-07-10", "", "是", "某", "局长", "")); // row 5: no rank
        rows.add(row("（2025）内08行初9号", "", "", A, "", "", "", "2025-07-10", "", "是", "某", "局长", "正职")); // good

        assertThatThrownBy(() -> HearingImport.run(db, csv(rows), false, false))
                .isInstanceOfSatisfying(ImportRejected.class, e -> {
                    assertThat(e.problems()).extracting(Problem::row, Problem::field).containsExactly(
                            org.assertj.core.groups.Tuple.tuple(2, "案号"), org.assertj.core.groups.Tuple.tuple(3, "被告"),
                            org.assertj.core.groups.Tuple.tuple(4, "开庭日期"), org.assertj.core.groups.Tuple.tuple(5, "负责人级别"));
                    assertThat(e.problems().get(0).message()).contains("第 2 行").contains("案号").contains("民初");
                    assertThat(e.problems().get(1).message()).contains("临河区公按局").contains("临河区公安局");
                });
        assertThat(TestDb.count(db, "admin_case")).isEqualTo(4);
        assertThat(TestDb.count(db, "audit_log")).isEqualTo(history);
    }

    @Test
    void dryRunWritesNothingAndCreateMissingAddsAgenciesAndCourts() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        rows.add(row("（2025）内0802行初1号", "临河区人民法院", "", "临河区某镇人民政府", "", "", "", "2025-07-10"));
        Path file = csv(rows);
        assertThatThrownBy(() -> HearingImport.run(db, file, false, false)).isInstanceOf(ImportRejected.class);

        ImportSummary dry = HearingImport.run(db, file, true, true);
        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.inserted()).isEqualTo(1);
        assertThat(TestDb.count(db, "admin_case")).isZero();
        assertThat(TestDb.count(db, "court")).isZero();

        ImportSummary done = HearingImport.run(db, file, true, false);
        assertThat(done.created()).containsEntry("法院", 1).containsEntry("被告", 1);
        assertThat(TestDb.string(db, "SELECT c.name FROM admin_case a JOIN court c ON c.id = a.court_id")).isEqualTo("临河区人民法院");
    }

    @Test
    void xlsxWithExcelDates() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(HEADER));
        List<Object> r = new ArrayList<>(row("（2025）内08行初1号", "", "", A));
        r.set(HEADER.indexOf("开庭日期"), LocalDate.of(2025, 7, 10));
        r.set(HEADER.indexOf("负责人是否出庭"), "是");
        r.set(HEADER.indexOf("负责人级别"), "正职");
        rows.add(r);
        HearingImport.run(db, Sheets.xlsx(tmp.resolve("开庭.xlsx"), rows), false, false);
        assertThat(TestDb.string(db, "SELECT hearing_date FROM hearing")).isEqualTo("2025-07-10");
    }

    @Test
    void commandLineGivesTheFiguresAsJsonAndCsvAndABadFileExitsOne() throws Exception {
        db.close();
        Path file = csv(table());
        assertThat(cli("import", "hearings", file.toString()).code).isZero();
        Out json = cli("stats", "appearance", "--period", "2025Q3", "--by", "agency", "--unit", "CASE", "--format", "json");
        assertThat(json.code).as(json.err).isZero();
        assertThat(json.out.replaceAll("\\s", "")).isEqualTo(("[{\"group\":\"临河区公安局\",\"units\":2,\"appeared\":2,\"spoke\":2,\"principal\":1,"
                + "\"appearanceRate\":100.00,\"spokeRate\":100.00,\"principalRate\":50.00},"
                + "{\"group\":\"临河区住房和城乡建设局\",\"units\":1,\"appeared\":1,\"spoke\":0,\"principal\":1,"
                + "\"appearanceRate\":100.00,\"spokeRate\":0.00,\"principalRate\":100.00},"
                + "{\"group\":\"五原县公安局\",\"units\":1,\"appeared\":0,\"spoke\":0,\"principal\":0,"
                + "\"appearanceRate\":0.00,\"spokeRate\":0.00,\"principalRate\":0.00}]"));
        Out csv = cli("stats", "appearance", "--period", "2025Q4", "--unit", "CASE", "--format", "csv");
        assertThat(csv.out).isEqualTo("group,units,appeared,spoke,principal,appearanceRate,spokeRate,principalRate\r\n全部,0,0,0,0,,,\r\n");
        Out hearing = cli("stats", "appearance", "--period", "2025Q3", "--unit", "HEARING", "--format", "csv");
        assertThat(hearing.out).endsWith("全部,7,4,3,2,57.14,42.86,28.57\r\n");
        Out loss = cli("stats", "loss", "--year", "2025", "--format", "json");
        assertThat(loss.out.replaceAll("\\s", "")).isEqualTo(
                "[{\"group\":\"全部\",\"closed\":4,\"lost\":2,\"withdrawnOrMediated\":1,\"lossRate\":50.00,\"settlementRate\":25.00}]");

        List<List<String>> bad = table();
        bad.get(1).set(0, "2025内08行初1号");
        Path badFile = Sheets.csv(tmp.resolve("bad.csv"), StandardCharsets.UTF_8, false, bad);
        Out refused = cli("import", "hearings", badFile.toString());
        assertThat(refused.code).isEqualTo(Cli.BAD_INPUT);
        assertThat(refused.err).contains("第 2 行").contains("案号");
    }

    record Out(int code, String out, String err) {
    }

    Out cli(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(all, (d, b) -> 2, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Out(code, out.toString(), err.toString());
    }
}
