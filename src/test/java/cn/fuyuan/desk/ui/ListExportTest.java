package cn.fuyuan.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.report.DocumentFormat;
import cn.fuyuan.desk.report.ProgressListener;
import cn.fuyuan.desk.report.document.CellType;
import cn.fuyuan.desk.report.document.DocumentRenderer;
import cn.fuyuan.desk.report.document.OfficialDocument;
import cn.fuyuan.desk.report.document.Table;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A list is exported as the user sees it: the visible columns in the order shown, the filtered and sorted rows, counts
 * and dates as typed cells — checked on the XLSX and the PDF read back (POI, PDFBox).
 */
class ListExportTest {
    record Row(String caseNumber, String agency, String filed, String hearings, String phone, boolean absent, LocalDate closed) {
    }

    @TempDir
    Path dir;

    @BeforeAll
    static void fx() throws TimeoutException {
        FxTestToolkit.start();
    }

    private static <R> TableColumn<R, Object> col(String header, java.util.function.Function<R, Object> f) {
        TableColumn<R, Object> c = new TableColumn<>(header);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(f.apply(x.getValue())));
        c.setPrefWidth(100);
        return c;
    }

    /** A register of four cases filtered to three, sorted by case number descending, one column hidden, one moved. */
    private static TableView<Row> table() {
        List<Row> rows = List.of(
                new Row("（2025）内08行初1号", "巴彦淖尔市公安局", "2025-01-06", "2", "04788888888", true, LocalDate.of(2025, 6, 30)),
                new Row("（2025）内08行初2号", "临河区人民政府", "2025-02-10", "0", "0478-1234567", false, null),
                new Row("（2025）内08行初3号", "巴彦淖尔市自然资源局", "", "12", "", false, LocalDate.of(2025, 9, 1)),
                new Row("（2024）内08行初9号", "filtered out", "2024-12-01", "1", "", false, null));
        FilteredList<Row> filtered = new FilteredList<>(FXCollections.observableArrayList(rows), r -> r.caseNumber().startsWith("（2025）"));
        TableView<Row> t = new TableView<>();
        SortedList<Row> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(t.comparatorProperty());
        t.setItems(sorted);
        TableColumn<Row, Object> number = col("案号", Row::caseNumber);
        TableColumn<Row, Object> agency = col("被告", Row::agency);
        TableColumn<Row, Object> filed = col("立案日期", Row::filed);
        TableColumn<Row, Object> hearings = col("开庭次数", Row::hearings);
        TableColumn<Row, Object> phone = col("电话", Row::phone);
        TableColumn<Row, Object> absent = col("负责人未出庭", Row::absent);
        TableColumn<Row, Object> closed = col("结案日期", Row::closed);
        TableColumn<Row, Object> hidden = col("隐藏", r -> "secret");
        hidden.setVisible(false);
        t.getColumns().setAll(agency, number, filed, hearings, phone, absent, closed, hidden);
        number.setSortType(TableColumn.SortType.DESCENDING);
        t.getSortOrder().setAll(number);
        t.sort();
        return t;
    }

    @Test
    void theSnapshotIsWhatTheTableShowsWithTypedColumns() throws Exception {
        Table t = WaitForAsyncUtils.asyncFx(() -> ListExport.snapshot("案件登记", table())).get();

        assertThat(t.columns()).extracting(c -> c.header())
                .containsExactly("被告", "案号", "立案日期", "开庭次数", "电话", "负责人未出庭", "结案日期");
        assertThat(t.columns()).extracting(c -> c.type()).containsExactly(CellType.TEXT, CellType.TEXT, CellType.DATE,
                CellType.INTEGER, CellType.TEXT, CellType.TEXT, CellType.DATE);
        assertThat(t.rows()).extracting(r -> r.get(1).text())
                .containsExactly("（2025）内08行初3号", "（2025）内08行初2号", "（2025）内08行初1号");
        assertThat(t.rows().get(2).get(2).value()).isEqualTo(LocalDate.of(2025, 1, 6));
        assertThat(t.rows().get(0).get(3).value()).isEqualTo(12L);
        assertThat(t.rows().get(2).get(5).text()).isEqualTo("是");
        // on paper a column is as wide as its text needs: the dates do not wrap, the long names share the rest
        double date = t.columns().get(2).weight();
        assertThat(date).as("ten Latin characters").isGreaterThan(5.0);
        assertThat(t.columns().get(0).weight()).isGreaterThan(date);
        assertThat(t.columns().get(3).weight()).as("a count column: its header").isLessThan(date);
        // a phone number with a leading zero stays text
        assertThat(t.rows().get(2).get(4).value()).isNull();
        assertThat(t.rows().get(2).get(4).text()).isEqualTo("04788888888");
    }

    @Test
    void theXlsxHasTheShownColumnsTheFilteredRowsAndRealNumbersAndDates() throws Exception {
        OfficialDocument doc = WaitForAsyncUtils.asyncFx(() -> ListExport.document(
                new ListExport.Shown("案件登记", "case-register", table(), () -> "年份：2025"))).get();
        Path out = dir.resolve("register.xlsx");
        DocumentRenderer.write(doc, DocumentFormat.XLSX, out, ProgressListener.NONE);

        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("案件登记");
            assertThat(s.getLastRowNum()).as("header + the three rows of 2025").isEqualTo(3);
            List<String> headers = new java.util.ArrayList<>();
            s.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly("被告", "案号", "立案日期", "开庭次数", "电话", "负责人未出庭", "结案日期");
            XSSFCell filed = s.getRow(3).getCell(2);
            assertThat(DateUtil.isCellDateFormatted(filed)).isTrue();
            assertThat(filed.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 1, 6));
            XSSFCell hearings = s.getRow(1).getCell(3);
            assertThat(hearings.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(hearings.getNumericCellValue()).isEqualTo(12.0);
            assertThat(s.getRow(3).getCell(4).getStringCellValue()).isEqualTo("04788888888");
            assertThat(s.getRow(2).getCell(6).getStringCellValue()).as("no closing date: an empty cell").isEmpty();
            for (int r = 0; r <= 3; r++) {
                s.getRow(r).forEach(c -> assertThat(c.toString()).doesNotContain("secret", "filtered out"));
            }
        }
    }

    @Test
    void thePrintedListCarriesTheFilterTheCountAndEveryRow() throws Exception {
        OfficialDocument doc = WaitForAsyncUtils.asyncFx(() -> ListExport.document(
                new ListExport.Shown("案件登记", "case-register", table(), () -> "年份：2025"))).get();
        Path out = dir.resolve("register.pdf");
        DocumentRenderer.write(doc, DocumentFormat.PDF, out, ProgressListener.NONE);

        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s", "");
            assertThat(text).contains("案件登记", "共3行", "筛选条件：年份：2025", "（2025）内08行初1号", "（2025）内08行初3号",
                    "巴彦淖尔市自然资源局", "2025-01-06");
            assertThat(text).doesNotContain("secret", "（2024）内08行初9号");
        }
    }

    record Case(String number, String court, String plaintiff, String defendant, String cause, String result, String filed,
                String closed, String hearings, String lastHearing, String flags) {
    }

    /** The case register as the window shows it: its eleven columns, real-looking rows. */
    private static TableView<Case> register() {
        List<Case> rows = new java.util.ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            rows.add(new Case("（2025）内08行初" + i + "号", i % 2 == 0 ? "巴彦淖尔市中级人民法院" : "临河区人民法院",
                    "张某华等" + i + "人", "巴彦淖尔市自然资源局、临河区人民政府", "行政处罚", i % 3 == 0 ? "撤销" : "驳回诉讼请求",
                    "2025-0" + (1 + i % 9) + "-1" + (i % 10), i % 4 == 0 ? "" : "2025-1" + (i % 3) + "-2" + (i % 8),
                    String.valueOf(i % 4), "2025-06-" + (10 + i % 20), i % 5 == 0 ? "负责人未出庭 败诉" : ""));
        }
        TableView<Case> t = new TableView<>(FXCollections.observableArrayList(rows));
        t.getColumns().setAll(List.of(col("案号", Case::number), col("法院", Case::court), col("原告", Case::plaintiff),
                col("被告", Case::defendant), col("案由", Case::cause), col("结果", Case::result), col("立案日期", Case::filed),
                col("结案日期", Case::closed), col("开庭次数", Case::hearings), col("最近开庭", Case::lastHearing),
                col("标记", Case::flags)));
        return t;
    }

    @Test
    void aWideListPrintsAcrossTheTurnedPageAndNoDateWraps() throws Exception {
        TableView<Case> register = WaitForAsyncUtils.asyncFx(ListExportTest::register).get();
        OfficialDocument doc = WaitForAsyncUtils.asyncFx(() -> ListExport.document(
                new ListExport.Shown("案件登记", "case-register", register, () -> ""))).get();
        assertThat(doc.landscape()).as("eleven columns: landscape").isTrue();
        OfficialDocument narrow = WaitForAsyncUtils.asyncFx(() -> {
            TableView<Case> t = register();
            t.getColumns().remove(3, t.getColumns().size());
            return ListExport.document(new ListExport.Shown("案件登记", "case-register", t, () -> ""));
        }).get();
        assertThat(narrow.landscape()).as("three columns: upright").isFalse();

        Path pdf = dir.resolve("register-wide.pdf");
        DocumentRenderer.write(doc, DocumentFormat.PDF, pdf, ProgressListener.NONE);
        List<String> dates = new java.util.ArrayList<>();
        for (Case c : register.getItems()) {
            for (String d : List.of(c.filed(), c.closed(), c.lastHearing())) {
                if (!d.isEmpty()) {
                    dates.add(d);
                }
            }
        }
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            // landscape as a viewer shows and a printer prints it: the A4 page turned (JasperReports writes the
            // upright media box turned by /Rotate)
            var page = d.getPage(0);
            boolean turned = page.getRotation() % 180 != 0;
            float across = turned ? page.getMediaBox().getHeight() : page.getMediaBox().getWidth();
            float down = turned ? page.getMediaBox().getWidth() : page.getMediaBox().getHeight();
            assertThat(across).as("landscape A4").isCloseTo(842f, org.assertj.core.data.Offset.offset(2f));
            assertThat(down).isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            String text = s.getText(d);
            java.util.Map<String, Long> wanted = dates.stream()
                    .collect(java.util.stream.Collectors.groupingBy(x -> x, java.util.stream.Collectors.counting()));
            assertThat(dates.size()).isGreaterThan(60);
            for (var e : wanted.entrySet()) {
                // a date that wrapped would stand as 2025-01 on one line and -16 on the next
                long seen = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(e.getKey())).matcher(text).results().count();
                assertThat(seen).as("date %s whole on its line, every time", e.getKey()).isGreaterThanOrEqualTo(e.getValue());
            }
        }
        Path docx = dir.resolve("register-wide.docx");
        DocumentRenderer.write(doc, DocumentFormat.DOCX, docx, ProgressListener.NONE);
        try (var zip = new java.util.zip.ZipFile(docx.toFile())) {
            String body = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(body).contains("w:orient=\"landscape\"");
        }
    }
}
