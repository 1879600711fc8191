package cn.fuyuan.desk.whitepaper;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.report.document.CellType;
import cn.fuyuan.desk.report.document.Column;
import cn.fuyuan.desk.report.document.OfficialDocument;
import cn.fuyuan.desk.report.document.Paragraph;
import cn.fuyuan.desk.report.document.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The white paper's document: the per-agency tables bounded on paper and full in the XLSX, typed columns. */
class WhitePaperDocumentTest {
    @TempDir
    Path tmp;

    /** A paper of one chapter whose 败诉较多的行政机关 lists 25 agencies, agency k with k losses. */
    static WhitePaper paper() {
        List<List<String>> rows = new ArrayList<>();
        for (int k = 1; k <= 25; k++) {
            rows.add(List.of("机关" + k, Integer.toString(30 + k), Integer.toString(k), k + ".00%"));
        }
        ChapterFigures f = new ChapterFigures.Builder()
                .table(new ChapterFigures.Table("agencies", "败诉案件较多的行政机关", List.of("行政机关", "审结", "败诉", "败诉率"), rows))
                .table(new ChapterFigures.Table("field", "各领域行政机关败诉情况", List.of("领域", "审结", "败诉", "败诉率", "调撤率"),
                        List.of(List.of("公安", "10", "2", "20.00%", "—"), List.of("自然资源", "4", "0", "0.00%", "25.00%"))))
                .build();
        return new WhitePaper(null, 2025, "巴彦淖尔市中级人民法院行政审判白皮书（2025年）", WhitePaper.State.DRAFT, LocalDate.of(2026, 3, 31),
                null, null, List.of(new WhitePaper.Part(Chapter.LOSS, Chapter.LOSS.heading(), "## （一）总体\n败诉情况如下。", f)));
    }

    @Test
    void agencyTablesPrintTheFirstRowsAndSaySo() {
        OfficialDocument d = WhitePaperDocument.build(paper(), new WhitePaperDocument.Options("巴彦淖尔市中级人民法院", 10), false);
        Table agencies = d.tables().get(0);
        assertThat(agencies.name()).isEqualTo("表1　败诉案件较多的行政机关（前10名）");
        assertThat(agencies.rows()).hasSize(10);
        // most losses first
        assertThat(agencies.rows().get(0).get(0).text()).isEqualTo("机关25");
        assertThat(agencies.rows().get(9).get(0).text()).isEqualTo("机关16");
        assertThat(d.body().stream().filter(Paragraph.class::isInstance).map(b -> ((Paragraph) b).text()))
                .anyMatch(t -> t.contains("共25个") && t.contains("前10名") && t.contains("Excel"));
        // a table that is not by agency is printed whole
        assertThat(d.tables().get(1).rows()).hasSize(2);

        OfficialDocument all = WhitePaperDocument.build(paper(), new WhitePaperDocument.Options("巴彦淖尔市中级人民法院", 0), false);
        assertThat(all.tables().get(0).rows()).hasSize(25);
        assertThat(all.tables().get(0).name()).isEqualTo("表1　败诉案件较多的行政机关");
    }

    @Test
    void columnsAreTypedFromTheirCells() {
        Table t = WhitePaperDocument.build(paper(), new WhitePaperDocument.Options("", 0), false).tables().get(1);
        assertThat(t.columns().stream().map(Column::type)).containsExactly(CellType.TEXT, CellType.INTEGER, CellType.INTEGER,
                CellType.PERCENT, CellType.PERCENT);
        assertThat(t.rows().get(0).get(4).value()).isNull();
        assertThat(t.rows().get(0).get(4).text()).isEqualTo("—");
        assertThat(t.rows().get(1).get(4).value()).isEqualTo(new java.math.BigDecimal("25.00"));
    }

    @Test
    void thePdfIsBoundedAndTheXlsxHoldsEveryAgency() throws Exception {
        WhitePaperDocument.Options o = new WhitePaperDocument.Options("巴彦淖尔市中级人民法院", 10);
        Path pdf = tmp.resolve("w.pdf");
        Path xlsx = tmp.resolve("w.xlsx");
        WhitePaperDocument.write(paper(), o, pdf, false);
        WhitePaperDocument.write(paper(), o, xlsx, false);
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(d);
            assertThat(text).contains("机关25").contains("机关16").doesNotContain("机关15").contains("前10名");
            // cover, contents, then the chapter on page — 1 —
            PDFTextStripper cover = new PDFTextStripper();
            cover.setEndPage(1);
            assertThat(cover.getText(d)).contains("行政审判白皮书（2025年）").contains("巴彦淖尔市中级人民法院").doesNotContain("—");
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            var s = wb.getSheetAt(0);
            assertThat(s.getLastRowNum()).isEqualTo(25);
            assertThat(s.getRow(25).getCell(2).getNumericCellValue()).isEqualTo(25);
        }
    }
}
