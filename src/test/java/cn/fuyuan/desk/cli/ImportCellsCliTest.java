package cn.fuyuan.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.agency.Agency;
import cn.fuyuan.desk.agency.AgencyRepository;
import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.importing.Sheets;
import cn.fuyuan.desk.store.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 §12 and §1 (import side), through the command line: each bad cell gives exit 1 and a message naming the
 * file's row and column, never exit 2, a stack trace or a library's English.
 */
class ImportCellsCliTest {
    @TempDir
    Path tmp;

    @AfterEach
    void chinese() {
        Messages.setLocale(Messages.CHINESE);
    }

    private CliTest.Result cli(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = tmp.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliTest.run(all);
    }

    private Path csv(String name, String text) throws Exception {
        return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
    }

    private List<Agency> agencies() {
        try (Database db = Database.open(tmp.resolve("data"), Database.Mode.READ)) {
            return new AgencyRepository(db).list(true);
        }
    }

    private static void badInput(CliTest.Result r, String... fragments) {
        assertThat(r.code()).as(r.err()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains(fragments).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aNulByteInANameIsBadInputNamingRowAndColumn() throws Exception {
        Path f = csv("nul.csv", "名称,层级\r\n测试局\u0000甲,县\r\n");

        badInput(cli("import", "agencies", f.toString()), "第 2 行“名称”列", "U+0000");
        assertThat(agencies()).isEmpty();
    }

    @Test
    void aNoBreakSpaceDoesNotMakeASecondAgency() throws Exception {
        assertThat(cli("import", "agencies", csv("a.csv", "名称,层级\r\n测试局甲,县\r\n").toString()).code()).isZero();

        CliTest.Result again = cli("import", "agencies", csv("b.csv", "名称,层级\r\n测试局甲\u00a0,县\r\n\u3000测试局甲 ,县\r\n").toString());

        badInput(again, "第 3 行“名称”列", "与第 2 行重复"); // the two rows are one name
        CliTest.Result once = cli("import", "agencies", csv("c.csv", "名称,层级\r\n测试局甲\u00a0,县\r\n").toString());
        assertThat(once.code()).as(once.err()).isZero();
        assertThat(once.out()).contains("未变 1");
        assertThat(agencies()).extracting(Agency::name).containsExactly("测试局甲");
    }

    @Test
    void aHeaderGivenTwiceIsBadInputNamingBothColumns() throws Exception {
        Path f = csv("twice.csv", "名称,层级,名称\r\n甲局,县,乙局\r\n");

        badInput(cli("import", "agencies", f.toString()), f.toString(), "“名称”", "A 列和 C 列");
    }

    @Test
    void aNameOverTwoHundredCharactersIsRefusedNamingRowAndColumn() throws Exception {
        Path f = csv("long.csv", "名称,层级,职务\r\n甲局,县," + "长".repeat(201) + "\r\n");

        badInput(cli("import", "agencies", f.toString()), "第 2 行“职务”列", "201", "200");
    }

    @Test
    void anExcelErrorCellIsRefusedNotImportedAsText() throws Exception {
        Path f = Sheets.xlsxWithSheetData(tmp.resolve("na.xlsx"),
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>名称</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>层级</t></is></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"e\"><v>#N/A</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>县</t></is></c></row>");

        badInput(cli("import", "agencies", f.toString()), "第 2 行“名称”列", "#N/A");
        assertThat(agencies()).isEmpty();
    }

    private static final String HEARING_HEADER = "案号,被告,开庭日期,立案日期\r\n";

    @Test
    void hearingDatesOutsideThePlausibleRangeAreRefused() throws Exception {
        String late = LocalDate.now().plusYears(2).plusDays(1).toString();
        Path f = csv("dates.csv", HEARING_HEADER
                + "（2025）内08行初1号,测试局甲,0001-01-01,\r\n"
                + "（2025）内08行初2号,测试局甲,2099-07-01,\r\n"
                + "（2025）内08行初3号,测试局甲," + late + ",1989-12-31\r\n");

        CliTest.Result r = cli("import", "hearings", f.toString(), "--create-missing");

        badInput(r, "第 2 行“开庭日期”列：日期 0001-01-01 不在合理范围内（1990-01-01 至", "第 3 行“开庭日期”列：日期 2099-07-01",
                "第 4 行“开庭日期”列", "第 4 行“立案日期”列：日期 1989-12-31");
    }

    @Test
    void hearingDatesInEveryFormAClerkTypesAreRead() throws Exception {
        Path f = csv("forms.csv", HEARING_HEADER
                + "（2025）内08行初1号,测试局甲,2025/7/10 9:30,20250105\r\n"
                + "（2025）内08行初2号,测试局甲,2025年7月11日,2025.1.6\r\n"
                + "（2025）内08行初3号,测试局甲,２０２５－０７－１２,2025-01-07\r\n");

        CliTest.Result r = cli("import", "hearings", f.toString(), "--create-missing");

        assertThat(r.code()).as(r.err()).isZero();
        try (Database db = Database.open(tmp.resolve("data"), Database.Mode.READ)) {
            var cases = new cn.fuyuan.desk.caseload.CaseRepository(db);
            assertThat(cases.findByNumber("（2025）内08行初1号").orElseThrow().hearings().get(0))
                    .satisfies(h -> {
                        assertThat(h.date()).isEqualTo(LocalDate.of(2025, 7, 10));
                        assertThat(h.time()).isEqualTo(java.time.LocalTime.of(9, 30));
                    });
            assertThat(cases.findByNumber("（2025）内08行初1号").orElseThrow().filingDate()).isEqualTo(LocalDate.of(2025, 1, 5));
            assertThat(cases.findByNumber("（2025）内08行初2号").orElseThrow().hearings().get(0).date()).isEqualTo(LocalDate.of(2025, 7, 11));
            assertThat(cases.findByNumber("（2025）内08行初2号").orElseThrow().filingDate()).isEqualTo(LocalDate.of(2025, 1, 6));
            assertThat(cases.findByNumber("（2025）内08行初3号").orElseThrow().hearings().get(0).date()).isEqualTo(LocalDate.of(2025, 7, 12));
        }
    }

    @Test
    void aDateInNoAcceptedFormIsRefusedListingTheForms() throws Exception {
        Path f = csv("bad.csv", HEARING_HEADER + "（2025）内08行初1号,测试局甲,10/7/2025,2025-02-30\r\n");

        badInput(cli("import", "hearings", f.toString(), "--create-missing"),
                "第 2 行“开庭日期”列：日期“10/7/2025”无法识别：请写作 2026-12-05、2026/12/5、2026.12.5、2026年12月5日、20261205 之一",
                "第 2 行“立案日期”列：日期“2025-02-30”无法识别");
    }

    @Test
    void twoIdenticalUnnumberedSuggestionRowsAreRefusedAsDuplicates() throws Exception {
        Path f = csv("dup.csv", "标题,被建议单位\r\n关于规范执法的司法建议,测试局甲\r\n关于规范执法的司法建议,测试局甲\r\n关于规范执法的司法建议,测试局乙\r\n");

        badInput(cli("import", "suggestions", f.toString(), "--create-missing"), "第 3 行“标题”列：与第 2 行相同");
        assertThat(cli("import", "suggestions", f.toString(), "--create-missing").err()).doesNotContain("第 4 行");
    }

    @Test
    void aSuggestionNumberTooLongForAnyRegisterIsRefusedNamingRowAndColumn() throws Exception {
        Path f = csv("num.csv", "文号,标题,被建议单位,签发日期\r\n巴法建〔2025〕99999999999999999999号,建议,测试局甲,2025-03-01\r\n");

        badInput(cli("import", "suggestions", f.toString(), "--create-missing"), "第 2 行“文号”列");
    }

    @Test
    void inEnglishTheRefusalIsEnglish() throws Exception {
        Path f = csv("nul.csv", "名称,层级\r\n测试局\u0000甲,县\r\n");

        badInput(cli("--lang", "en", "import", "agencies", f.toString()), "Row 2, column \"名称\"", "control character U+0000");
    }

    @Test
    void oldFormCaseNumbersImportAndNonAdministrativeOnesAreRefusedSayingWhy() throws Exception {
        Path ok = csv("old.csv", HEARING_HEADER + "(1998)海行初字第00142号,测试局甲,2025-07-10,\r\n");
        CliTest.Result r = cli("import", "hearings", ok.toString(), "--create-missing");
        assertThat(r.code()).as(r.err()).isZero();
        try (Database db = Database.open(tmp.resolve("data"), Database.Mode.READ)) {
            assertThat(new cn.fuyuan.desk.caseload.CaseRepository(db).findByNumber("（1998）海行初字第142号")).isPresent();
        }

        Path bad = csv("kinds.csv", HEARING_HEADER + "（2020）内08行保1号,测试局甲,2025-07-10,\r\n（2020）内08民初5号,测试局甲,2025-07-10,\r\n");
        badInput(cli("import", "hearings", bad.toString(), "--create-missing"), "第 2 行“案号”列：“（2020）内08行保1号”是非诉行为保全",
                "第 3 行“案号”列：“（2020）内08民初5号”是民事案件的案号");
    }

    /** Issue 15 §3 through the command line: names that are formulas or hold a line break, out of stats … --format csv. */
    @Test
    void statsCsvGuardsFormulasAndQuotesLineBreaks() throws Exception {
        Path f = csv("names.csv", HEARING_HEADER
                + "（2025）内08行初1号,=1+1,2025-07-10,\r\n"
                + "（2025）内08行初2号,+cmd|' /C calc'!A0,2025-07-11,\r\n"
                + "（2025）内08行初3号,@SUM(1),2025-07-12,\r\n"
                + "（2025）内08行初4号,\"测试局\n甲\",2025-07-13,\r\n");
        CliTest.Result imp = cli("import", "hearings", f.toString(), "--create-missing");
        assertThat(imp.code()).as(imp.err()).isZero();

        CliTest.Result r = cli("stats", "appearance", "--period", "2025Q3", "--by", "agency", "--format", "csv");

        assertThat(r.code()).as(r.err()).isZero();
        List<org.apache.commons.csv.CSVRecord> records = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().get()
                .parse(new java.io.StringReader(r.out())).getRecords();
        assertThat(records).extracting(rec -> rec.get("group"))
                .containsExactlyInAnyOrder("'=1+1", "'+cmd|' /C calc'!A0", "'@SUM(1)", "测试局\n甲");
        assertThat(r.out()).doesNotContain("\n=").doesNotContain(",=").startsWith("group,units,");
    }

    @Test
    void dateOptionsTakeTheFormsAClerkTypes() throws Exception {
        Database.open(tmp.resolve("data"), Database.Mode.WRITE).close();
        CliTest.Result ok = cli("stats", "suggestions", "--year", "2025", "--as-of", "2025年12月31日", "--format", "csv");
        assertThat(ok.code()).as(ok.err()).isZero();

        CliTest.Result bad = cli("stats", "suggestions", "--year", "2025", "--as-of", "31/12/2025");
        assertThat(bad.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(bad.err()).contains("--as-of").contains("日期“31/12/2025”无法识别").doesNotContain("DateTimeParseException");
    }
}
