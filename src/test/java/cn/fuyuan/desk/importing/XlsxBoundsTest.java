package cn.fuyuan.desk.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fuyuan.desk.Main;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 15 §2 and §6: a sheet is read by what it holds, within Excel's limits, in its own date system. */
class XlsxBoundsTest {
    @TempDir
    Path tmp;

    private static String text(String ref, String value) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + value + "</t></is></c>";
    }

    private static final String HEADER = "<row r=\"1\">" + text("A1", "标题") + text("B1", "被建议单位") + "</row>";

    /** The hostile files of issue 15 §2, by name: each sheet's data after the header row. */
    static String hostile(String name) {
        return switch (name) {
            case "row2147483647" -> "<row r=\"2147483647\">" + text("A2147483647", "建议") + text("B2147483647", "某局") + "</row>";
            case "row50000000" -> "<row r=\"50000000\">" + text("A50000000", "建议") + text("B50000000", "某局") + "</row>";
            case "cellZZZZZZ2" -> "<row r=\"2\">" + text("A2", "建议") + text("ZZZZZZ2", "某局") + "</row>";
            default -> throw new IllegalArgumentException(name);
        };
    }

    /**
     * Each hostile file through the real command line in a JVM of 256 MB: refused with exit 1 and a message naming the
     * file, quickly (before the fix the first took 6 GB and ran out of memory; the timeout is only a guard).
     */
    @ParameterizedTest
    @ValueSource(strings = {"row2147483647", "row50000000", "cellZZZZZZ2"})
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void hostileCoordinatesAreRefusedWithExit1InA256MbJvm(String name) throws Exception {
        Path file = Sheets.xlsxWithSheetData(tmp.resolve(name + ".xlsx"), HEADER + hostile(name));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--data", tmp.resolve("data").toString(), "import", "suggestions", file.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(100, TimeUnit.SECONDS)).as("ended").isTrue();
            assertThat(p.exitValue()).as(err).isEqualTo(1);
            assertThat(err).contains(file.toString()).contains("超出 Excel 的最后").doesNotContain("Exception");
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void aRowFarDownAndACellAtXfdCostNothingAndKeepTheirPlace() throws Exception {
        Path file = Sheets.xlsxWithSheetData(tmp.resolve("gaps.xlsx"), "<row r=\"3\">" + text("C3", "标题") + text("XFD3", "备注")
                + "</row><row r=\"1048576\">" + text("C1048576", "最后一行") + text("XFD1048576", "最后一列") + "</row>");

        TabularFile.Content c = TabularFile.read(file);

        assertThat(c.headers()).hasSize(16_384).startsWith("", "", "标题").endsWith("备注");
        assertThat(c.rows()).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(1_048_576);
            assertThat(r.get("标题")).isEqualTo("最后一行");
            assertThat(r.get("备注")).isEqualTo("最后一列");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"<row r=\"abc\">", "<row r=\"-1\">", "<row r=\"2\"><c r=\"1A\"><v>1</v></c>", "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>-1</v></c>"})
    void damagedReferencesAreRefusedInTheUsersWords(String start) throws Exception {
        String data = HEADER + start + (start.endsWith("</c>") ? "" : text("A2", "x")) + "</row>";
        Path file = Sheets.xlsxWithSheetData(tmp.resolve("damaged.xlsx"), data);

        assertThatThrownBy(() -> TabularFile.read(file)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("已损坏")
                .hasMessageNotContaining("For input string").hasMessageNotContaining("out of bounds");
    }

    @Test
    void datesOfA1904WorkbookAreReadInItsOwnDateSystem() throws Exception {
        Path file = tmp.resolve("mac.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.getCTWorkbook().getWorkbookPr().setDate1904(true);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sheet = wb.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("签发日期");
            Row r = sheet.createRow(1);
            r.createCell(0).setCellValue(LocalDate.of(2025, 7, 10)); // POI writes the 1904 serial of a 1904 workbook
            r.getCell(0).setCellStyle(date);
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        assertThat(Files.readString(tmpUnzip(file, "xl/workbook.xml"))).contains("date1904=\"true\"");

        assertThat(TabularFile.read(file).rows()).singleElement()
                .satisfies(row -> assertThat(row.get("签发日期")).isEqualTo("2025-07-10"));
    }

    private Path tmpUnzip(Path zip, String entry) throws Exception {
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zip.toFile())) {
            Path out = tmp.resolve("entry.xml");
            Files.write(out, z.getInputStream(z.getEntry(entry)).readAllBytes());
            return out;
        }
    }

    @Test
    void anExcelErrorCellIsRefusedNamingRowAndColumn() throws Exception {
        Path file = Sheets.xlsxWithSheetData(tmp.resolve("na.xlsx"), HEADER
                + "<row r=\"2\">" + text("A2", "建议") + "<c r=\"B2\" t=\"e\"><f>VLOOKUP(X1,Y:Z,2,0)</f><v>#N/A</v></c></row>");

        assertThatThrownBy(() -> TabularFile.read(file)).isInstanceOf(ImportRejected.class)
                .hasMessageContaining("第 2 行“被建议单位”列").hasMessageContaining("#N/A").hasMessageNotContaining("ERROR:");
    }

    @Test
    void aCellWithNoReferenceTakesTheColumnAfterTheLastOne() throws Exception {
        Path file = Sheets.xlsxWithSheetData(tmp.resolve("noref.xlsx"), "<row>" + "<c t=\"inlineStr\"><is><t>标题</t></is></c>"
                + "<c t=\"inlineStr\"><is><t>被建议单位</t></is></c></row><row><c/><c t=\"inlineStr\"><is><t>某局</t></is></c></row>");

        assertThat(TabularFile.read(file).rows()).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(2);
            assertThat(r.get("被建议单位")).isEqualTo("某局");
            assertThat(r.get("标题")).isEmpty();
        });
    }

    /** A sheet whose XML starts with {@code doctype} (then the header row and one row holding {@code cell}). */
    private Path sheetWithDoctype(String name, String doctype, String cell) throws Exception {
        Path plain = Sheets.xlsx(tmp.resolve(name + ".plain.xlsx"), java.util.List.of(java.util.List.of("标题")));
        Path file = tmp.resolve(name + ".xlsx");
        Sheets.replaceEntry(plain, file, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + HEADER
                + "<row r=\"2\">" + text("A2", "建议") + text("B2", cell) + "</row></sheetData></worksheet>");
        return file;
    }

    @Test
    void anExternalEntityIsNeverFollowed() throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "机密内容");
        Path file = sheetWithDoctype("xxe", "<!DOCTYPE worksheet [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>", "&x;");

        assertThatThrownBy(() -> TabularFile.read(file)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("已损坏").hasMessageNotContaining("机密内容");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void entitiesThatMultiplyAreRefusedNotExpanded() throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY l0 \"哈哈哈哈哈哈哈哈哈哈\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        Path file = sheetWithDoctype("laughs", dtd.append("]>").toString(), "&l9;");

        assertThatThrownBy(() -> TabularFile.read(file)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("已损坏");
    }

    @Test
    void characterReferencesAndTheFiveXmlEntitiesReadAsTheirCharacters() throws Exception {
        Path file = Sheets.xlsxWithSheetData(tmp.resolve("refs.xlsx"), HEADER + "<row r=\"2\">" + text("A2", "建议")
                + text("B2", "&#x5E02;&#24066;&amp;&lt;&gt;&quot;&apos;局") + "</row>");

        assertThat(TabularFile.read(file).rows()).singleElement()
                .satisfies(r -> assertThat(r.get("被建议单位")).isEqualTo("市市&<>\"'局"));
    }
}
