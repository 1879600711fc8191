package cn.fuyuan.desk.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TabularFileTest {
    @TempDir
    Path tmp;

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    @Test
    void xlsxRowsKeepTheirSheetRowNumbersAndColumnsAndDatesReadAsIso() throws Exception {
        Path f = Sheets.xlsx(tmp.resolve("名录.xlsx"), List.of(
                row("名称", "层级", "成立日期", "编号"),
                row("临河区公安局", "县", LocalDate.of(1984, 3, 7), 42),
                row(),                                        // an empty row is skipped
                row("五原县住建局", null, null, 7)));          // gaps stay in their columns

        TabularFile.Content c = TabularFile.read(f);

        assertThat(c.headers()).containsExactly("名称", "层级", "成立日期", "编号");
        assertThat(c.rows()).hasSize(2);
        TabularFile.Row first = c.rows().get(0);
        assertThat(first.number()).isEqualTo(2);
        assertThat(first.get("名称")).isEqualTo("临河区公安局");
        assertThat(first.get("成立日期")).isEqualTo("1984-03-07");
        assertThat(first.get("编号")).isEqualTo("42");
        TabularFile.Row second = c.rows().get(1);
        assertThat(second.number()).isEqualTo(4);
        assertThat(second.get("层级")).isEmpty();
        assertThat(second.get("编号")).isEqualTo("7");
        assertThat(second.get("不存在的列")).isEmpty();
    }

    @Test
    void csvWithAndWithoutBomReadTheFirstHeader() throws Exception {
        List<List<String>> rows = List.of(List.of("名称", "层级"), List.of(" 临河区公安局 ", "县"));
        for (boolean bom : new boolean[] {true, false}) {
            Path f = Sheets.csv(tmp.resolve("bom-" + bom + ".csv"), StandardCharsets.UTF_8, bom, rows);
            TabularFile.Content c = TabularFile.read(f);
            assertThat(c.headers()).as("bom=" + bom).containsExactly("名称", "层级");
            assertThat(c.rows()).singleElement().satisfies(r -> {
                assertThat(r.number()).isEqualTo(2);
                assertThat(r.get("名称")).isEqualTo("临河区公安局");
            });
        }
    }

    @Test
    void aCsvWrittenByOurOwnWriterReadsBackAsWrittenDespiteTheFormulaGuard() throws Exception {
        StringBuilder csv = new StringBuilder();
        cn.fuyuan.desk.report.CsvTable.write(csv, List.of("名称", "备注"), List.of(
                List.of("=HYPERLINK(1)", "-3 天"), List.of("@某局", "'原样'"), List.of("+1", "'是用户的引号")));
        Path f = tmp.resolve("export.csv");
        Files.writeString(f, csv, StandardCharsets.UTF_8);
        TabularFile.Content c = TabularFile.read(f);
        assertThat(c.rows()).extracting(r -> r.get("名称")).containsExactly("=HYPERLINK(1)", "@某局", "+1");
        // a quote the user typed is kept; only the guard's own quote goes
        assertThat(c.rows()).extracting(r -> r.get("备注")).containsExactly("-3 天", "'原样'", "'是用户的引号");
    }

    @Test
    void gbkCsvIsRefusedNamingTheFile() throws Exception {
        Path f = Sheets.csv(tmp.resolve("gbk名录.csv"), Charset.forName("GBK"), false,
                List.of(List.of("名称", "层级"), List.of("临河区公安局", "县")));
        assertThatThrownBy(() -> TabularFile.read(f))
                .isInstanceOf(ImportFileException.class)
                .hasMessageContaining(f.toString())
                .hasMessageContaining("UTF-8");
    }

    @Test
    void missingEmptyAndUnknownFilesAreRefusedNamingTheFile() throws Exception {
        Path missing = tmp.resolve("nope.xlsx");
        assertThatThrownBy(() -> TabularFile.read(missing)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining(missing.toString());
        Path empty = Files.writeString(tmp.resolve("empty.csv"), "\r\n , \r\n");
        assertThatThrownBy(() -> TabularFile.read(empty)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining(empty.toString()).hasMessageContaining("没有内容");
        Path doc = Files.writeString(tmp.resolve("名录.docx"), "x");
        assertThatThrownBy(() -> TabularFile.read(doc)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining(doc.toString());
        Path fakeXlsx = Files.writeString(tmp.resolve("fake.xlsx"), "名称,层级\n");
        assertThatThrownBy(() -> TabularFile.read(fakeXlsx)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining(fakeXlsx.toString());
    }

    /** Every kind of cell, in a workbook written with shared strings (as Excel does) and one with inline strings (SXSSF). */
    private static void writeEveryKindOfCell(org.apache.poi.ss.usermodel.Workbook wb, Path file) throws Exception {
        var helper = wb.getCreationHelper();
        var chinese = wb.createCellStyle();
        chinese.setDataFormat(helper.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
        var builtin = wb.createCellStyle();
        builtin.setDataFormat((short) 14); // m/d/yy, a built-in date format
        var withTime = wb.createCellStyle();
        withTime.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        var twoDecimals = wb.createCellStyle();
        twoDecimals.setDataFormat(helper.createDataFormat().getFormat("0.00"));
        var sheet = wb.createSheet("开庭");
        var h = sheet.createRow(0);
        String[] headers = {"文本", "日期", "内置日期", "日期时间", "整数", "小数", "两位小数", "是否", "公式"};
        for (int i = 0; i < headers.length; i++) {
            h.createCell(i).setCellValue(headers[i]);
        }
        var r = sheet.createRow(2); // row 2 left out: the data row is row 3 of the sheet
        r.createCell(0).setCellValue(helper.createRichTextString("（2025）内08行初12号"));
        r.createCell(1).setCellValue(LocalDate.of(2025, 7, 10));
        r.getCell(1).setCellStyle(chinese);
        r.createCell(2).setCellValue(LocalDate.of(2025, 1, 31));
        r.getCell(2).setCellStyle(builtin);
        r.createCell(3).setCellValue(java.time.LocalDateTime.of(2025, 7, 10, 9, 30));
        r.getCell(3).setCellStyle(withTime);
        r.createCell(4).setCellValue(42);
        r.createCell(5).setCellValue(3.5);
        r.createCell(6).setCellValue(2);
        r.getCell(6).setCellStyle(twoDecimals);
        r.createCell(7).setCellValue(true);
        r.createCell(8).setCellFormula("\"临河\"&\"区\"");
        helper.createFormulaEvaluator().evaluateFormulaCell(r.getCell(8)); // its cached result, as Excel saves it
        // column J (index 9) left empty, then K: a cell beyond a gap keeps its column
        r.createCell(10).setCellValue("尾");
        try (var out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
    }

    @Test
    void sharedAndInlineStringWorkbooksReadTheSame() throws Exception {
        Path shared = tmp.resolve("shared.xlsx");
        var xssf = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        writeEveryKindOfCell(xssf, shared);
        Path inline = tmp.resolve("inline.xlsx");
        var sxssf = new org.apache.poi.xssf.streaming.SXSSFWorkbook(10);
        writeEveryKindOfCell(sxssf, inline);
        sxssf.dispose();

        for (Path f : List.of(shared, inline)) {
            TabularFile.Content c = TabularFile.read(f);
            assertThat(c.rows()).as(f.toString()).hasSize(1);
            TabularFile.Row row = c.rows().get(0);
            assertThat(row.number()).isEqualTo(3);
            assertThat(row.get("文本")).isEqualTo("（2025）内08行初12号");
            assertThat(row.get("日期")).isEqualTo("2025-07-10");
            assertThat(row.get("内置日期")).isEqualTo("2025-01-31");
            assertThat(row.get("日期时间")).isEqualTo("2025-07-10 09:30");
            assertThat(row.get("整数")).isEqualTo("42");
            assertThat(row.get("小数")).isEqualTo("3.5");
            assertThat(row.get("两位小数")).isEqualTo("2.00");
            assertThat(row.get("是否")).isEqualTo("TRUE");
            assertThat(row.get("公式")).as("a formula reads as its result").isEqualTo("临河区");
        }
    }
}
