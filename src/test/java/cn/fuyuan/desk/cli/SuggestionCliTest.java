package cn.fuyuan.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.TestDb;
import cn.fuyuan.desk.agency.AgencyRepository;
import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.settings.SettingKey;
import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.store.Database;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The suggestion commands on a small imported register, against a count made by hand. */
class SuggestionCliTest {
    @TempDir
    Path tmp;
    Path dir;

    record Result(int code, String out, String err) {
    }

    /*
     * The register below, counted by hand for 2025 as of 2025-12-31:
     *  1号 A 五原县公安局 issued 01-10, due 03-10, reply 03-01 采纳     replied, on time, adopted
     *  2号 B 五原县公安局 issued 03-31, due 05-31, reply 06-05 部分采纳 replied, late, partly
     *  3号 C 临河区住建局 issued 06-01, due 08-01, no reply            overdue (152 days)
     *  4号 D 临河区住建局 issued 10-31, due 12-31 (given), no reply    not overdue: due = D
     *  2024年9号 E 临河区住建局 issued 2024-11-01, due 2025-01-01     other year; overdue as of D (364 days)
     *  F a draft without a number
     * 2025 overall: issued 4, replied 2, on time 1, overdue 1, adopted 1, partly 1, not 0, rate 2/4 = 50.00
     * 临河区住建局: 2 issued, 0 replied, 1 overdue, rate 0.00; 五原县公安局: 2, 2, on time 1, rate 100.00
     * Chase as of 2025-12-31: C and E overdue -> 2 pages, E first (more days overdue).
     */
    static final String REGISTER = String.join("\n",
            "文号,标题,类型,案号,被建议单位,抄送,签发日期,回复期限,回复日期,采纳情况,状态",
            "巴法建〔2025〕1号,关于规范甲事项的司法建议书,个案,(2025)内08行初1号,五原县公安局,五原县人民政府,2025-01-10,,2025-03-01,采纳,已办结",
            "巴法建[2025]2号,关于规范乙事项的司法建议书,类案,\"(2025)内08行初2号、（2025）内08行初3号\",五原县公安局,,2025/3/31,,2025-06-05,部分采纳,已回复",
            "巴法建〔2025〕3号,关于规范丙事项的司法建议书,个案,,临河区住建局,,2025-06-01,,,,已送达",
            "巴法建〔2025〕4号,关于规范丁事项的司法建议书,个案,,临河区住建局,,2025-10-31,2025-12-31,,,已送达",
            "巴法建〔2024〕9号,关于规范戊事项的司法建议书,个案,,临河区住建局,,2024-11-01,,,,已送达",
            ",关于规范己事项的司法建议书,个案,,临河区住建局,,,,,,草稿") + "\n";

    @BeforeEach
    void setUp() {
        dir = tmp.resolve("data");
        try (Database db = Database.open(dir, Database.Mode.WRITE)) {
            new SettingsRepository(db).put(SettingKey.COURT_NAME, "巴彦淖尔市中级人民法院");
            new SettingsRepository(db).put(SettingKey.SUGGESTION_PREFIX, "巴法建");
            new AgencyRepository(db).save(TestDb.agency("五原县公安局"));
        }
    }

    @AfterEach
    void chinese() {
        Messages.setLocale(Messages.CHINESE);
    }

    Result cli(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(all, (d, b) -> {
            throw new AssertionError("no window");
        }, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    Path register() throws Exception {
        Path f = tmp.resolve("台账.csv");
        Files.writeString(f, REGISTER, StandardCharsets.UTF_8);
        return f;
    }

    long letters() {
        try (Database db = Database.open(dir, Database.Mode.READ)) {
            return TestDb.count(db, "suggestion");
        }
    }

    @Test
    void anUnknownRecipientIsRefusedWithRowAndColumnAndNothingIsWritten() throws Exception {
        Result r = cli("import", "suggestions", register().toString());
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains("第 4 行“被建议单位”列", "临河区住建局", "--create-missing");
        assertThat(letters()).isZero();
    }

    @Test
    void badCellsAreAllReported() throws Exception {
        Path f = tmp.resolve("bad.csv");
        Files.writeString(f, String.join("\n",
                "文号,标题,类型,案号,被建议单位,签发日期,回复日期,采纳情况,状态",
                "巴法建2025-1,关于甲的司法建议书,个案,2025行初1,五原县公安局,2025-13-01,,,已送达",
                "巴法建〔2025〕2号,,大案,,五原县公安局,2025-01-01,,好,已回复") + "\n");
        Result r = cli("import", "suggestions", f.toString());
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains("第 2 行“文号”列", "第 2 行“案号”列", "第 2 行“签发日期”列",
                "第 3 行“标题”列", "第 3 行“类型”列", "第 3 行“采纳情况”列", "第 3 行“回复日期”列");
        assertThat(letters()).isZero();
    }

    @Test
    void statsMatchTheHandCountOfAnImportedRegister() throws Exception {
        Result imp = cli("import", "suggestions", register().toString(), "--create-missing");
        assertThat(imp.code()).as(imp.err()).isZero();
        assertThat(letters()).isEqualTo(6);
        // the same file again changes nothing
        assertThat(cli("import", "suggestions", register().toString()).code()).isZero();
        assertThat(letters()).isEqualTo(6);

        Result json = cli("stats", "suggestions", "--year", "2025", "--as-of", "2025-12-31", "--format", "json");
        assertThat(json.code()).as(json.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(json.out());
        assertThat(rows).hasSize(1);
        JsonNode all = rows.get(0);
        List<String> keys = new ArrayList<>();
        all.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("group", "issued", "replied", "onTime", "overdue", "adopted", "partlyAdopted", "notAdopted", "replyRate");
        assertThat(all.get("group").asText()).isEqualTo("全部");
        assertThat(List.of(all.get("issued").asInt(), all.get("replied").asInt(), all.get("onTime").asInt(), all.get("overdue").asInt(),
                all.get("adopted").asInt(), all.get("partlyAdopted").asInt(), all.get("notAdopted").asInt()))
                .containsExactly(4, 2, 1, 1, 1, 1, 0);
        assertThat(all.get("replyRate").decimalValue()).isEqualByComparingTo("50.00");

        Result csv = cli("stats", "suggestions", "--year", "2025", "--by", "recipient", "--as-of", "2025-12-31", "--format", "csv");
        assertThat(csv.out().lines().toList()).containsExactly(
                "group,issued,replied,onTime,overdue,adopted,partlyAdopted,notAdopted,replyRate",
                "临河区住建局,2,0,0,1,0,0,0,0.00",
                "五原县公安局,2,2,1,0,1,1,0,100.00");

        Result none = cli("stats", "suggestions", "--year", "2030", "--format", "json");
        assertThat(new ObjectMapper().readTree(none.out()).get(0).get("replyRate").isNull()).isTrue();
    }

    @Test
    void chasePrintsOnePagePerOverdueLetterAndRegisterAndLetterPrint() throws Exception {
        assertThat(cli("import", "suggestions", register().toString(), "--create-missing").code()).isZero();

        Path chase = tmp.resolve("催办.pdf");
        Result r = cli("report", "chase", "--overdue", "--as-of", "2025-12-31", "--out", chase.toString());
        assertThat(r.code()).as(r.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(chase.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(1);
            s.setEndPage(1);
            String first = s.getText(doc).replaceAll("\\s+", "");
            assertThat(first).contains("临河区住建局：", "关于规范戊事项的司法建议书", "巴法建〔2024〕9号", "已过364日");
            s.setStartPage(2);
            s.setEndPage(2);
            assertThat(s.getText(doc).replaceAll("\\s+", "")).contains("关于规范丙事项的司法建议书", "已过152日")
                    .doesNotContain("戊事项");
        }
        // nobody overdue on an early day: no file, a message
        Path none = tmp.resolve("none.pdf");
        Result early = cli("report", "chase", "--overdue", "--as-of", "2025-01-01", "--out", none.toString());
        assertThat(early.code()).isZero();
        assertThat(early.out()).contains("没有逾期");
        assertThat(none).doesNotExist();

        Path xlsx = tmp.resolve("台账.xlsx");
        assertThat(cli("report", "register", "--year", "2025", "--as-of", "2025-12-31", "--out", xlsx.toString()).code()).isZero();
        List<String> numbers = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            DataFormatter f = new DataFormatter();
            for (Row row : wb.getSheetAt(0)) {
                for (var cell : row) {
                    String v = f.formatCellValue(cell);
                    if (v.startsWith("巴法建")) {
                        numbers.add(v);
                    }
                }
            }
        }
        assertThat(numbers).containsExactly("巴法建〔2025〕1号", "巴法建〔2025〕2号", "巴法建〔2025〕3号", "巴法建〔2025〕4号");
        Path pdf = tmp.resolve("台账.pdf");
        assertThat(cli("report", "register", "--year", "2025", "--as-of", "2025-12-31", "--out", pdf.toString()).code()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("司法建议台账（2025年）", "逾期152日", "回复率50.00%", "本年发出4件");
        }

        Path letter = tmp.resolve("建议书.pdf");
        Result lr = cli("report", "suggestion", "--number", "巴法建〔2025〕2号", "--out", letter.toString());
        assertThat(lr.code()).as(lr.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(letter.toFile())) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", ""))
                    .contains("巴彦淖尔市中级人民法院关于规范乙事项的司法建议书", "巴法建〔2025〕2号", "五原县公安局：");
        }
        assertThat(cli("report", "suggestion", "--number", "巴法建〔2025〕99号", "--out", letter.toString()).code()).isEqualTo(Cli.BAD_INPUT);
    }
}
