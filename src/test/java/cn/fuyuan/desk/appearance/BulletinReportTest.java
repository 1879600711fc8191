package cn.fuyuan.desk.appearance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.caseload.HearingImportTest;
import cn.fuyuan.desk.report.DocumentFormat;
import cn.fuyuan.desk.report.ProgressListener;
import cn.fuyuan.desk.report.ReportService;
import cn.fuyuan.desk.settings.OfficeSettings;
import cn.fuyuan.desk.store.Database;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import net.sf.jasperreports.engine.JasperPrint;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quarterly bulletin for the small table of AppearanceStatsTest / HearingImportTest (figures worked by hand there):
 * 2025Q3, CASE units — overall 4 units, 3 appeared → 75.00%, 出声率 50.00%, 正职出庭率 50.00%; Q2 had 1 unit (3,C),
 * not appeared → 0.00%, so +75.00 points; by region 临河区 100.00% (3 units), 五原县 0.00% (1); 五原县公安局 had units
 * but no appearance.
 */
class BulletinReportTest {
    static final OfficeSettings OFFICE = new OfficeSettings("巴彦淖尔市中级人民法院", "内08", "巴法建",
            "巴彦淖尔市中级人民法院府院联动办公室", "张三", "0478-8123456", "临河区");

    @TempDir
    Path tmp;
    Database db;

    @BeforeEach
    void importTable() throws Exception {
        // the directory and the file of HearingImportTest
        db = Database.open(tmp.resolve("data"), Database.Mode.WRITE);
        new cn.fuyuan.desk.caseload.HearingImportTestSetup(db).directoryAndTable(tmp);
    }

    @AfterEach
    void close() {
        db.close();
    }

    JasperPrint print() {
        Bulletin b = Bulletin.of(db, Period.parse("2025Q3"), AppearanceStats.Unit.CASE, AppearanceStats.Scope.ALL);
        return BulletinReport.fill(ReportService.shared(), OFFICE, b, LocalDate.of(2025, 10, 10));
    }

    @Test
    void narrativeAndTablesCarryTheHandWorkedFigures() {
        Bulletin b = Bulletin.of(db, Period.parse("2025Q3"), AppearanceStats.Unit.CASE, AppearanceStats.Scope.ALL);
        assertThat(b.title()).isEqualTo("2025年第三季度行政机关负责人出庭应诉情况通报");
        assertThat(b.narrative()).contains("共4件").contains("出庭应诉3件").contains("出庭率75.00%").contains("较上季度上升75.00个百分点")
                .contains("出声率50.00%").contains("正职出庭率50.00%").contains("临河区出庭率最高（100.00%）").contains("五原县最低（0.00%）")
                .contains("五原县公安局1个机关");
        assertThat(b.byRegion()).extracting(r -> r.now().group()).containsExactly("临河区", "五原县");
    }

    @Test
    void pdfIsA4WithEmbeddedFontsAndTheFigures() throws Exception {
        Path pdf = tmp.resolve("通报.pdf");
        ReportService.shared().export(print(), DocumentFormat.PDF, pdf, ProgressListener.NONE);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(842f, org.assertj.core.data.Offset.offset(1f));
                for (COSName n : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(n);
                    assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                }
            }
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertThat(text).contains("2025年第三季度行政机关负责人出庭应诉情况通报")
                    .contains("一、总体情况")
                    .contains("出庭率75.00%0.00%")          // overall table: this quarter, last quarter
                    .contains("1临河区33100.00%66.67%66.67%—")  // rank, region, units, appeared, rates, no Q2 figures
                    .contains("2五原县100.00%0.00%0.00%0.00")  // 1 unit, 0 appeared, 0.00% ×3, change 0.00 points
                    .contains("五原县公安局")
                    .contains("2025年10月10日")
                    // issue 10: 主送 and the rules it rests on (defaults), who is at 100% and who is lowest
                    .contains("各旗县区人民政府，市直各有关单位：")
                    .contains("根据《中华人民共和国行政诉讼法》第三条第三款")
                    .contains("本期出庭率达到100%的旗县区（1个）：临河区。出庭率最低的是五原县（0.00%）。")
                    // the agencies 临河区公安局 (2 of 2) and 临河区住房和城乡建设局 (1 of 1) share rank 1, in pinyin order
                    .contains("本期出庭率达到100%的旗县区机关（2个）：临河区公安局、临河区住房和城乡建设局。")
                    // issue 10 §6: the quarter and the year to date side by side (Q3: 4 units, 3 appeared; 1–9月 adds
                    // the unit first heard in Q2, 5 units and 4 appeared), the directory's agencies are all 县级 so the 市直 part is empty
                    .contains("全部本季度4375.00%").contains("全部1—9月累计5480.00%").contains("三、市直单位出庭应诉情况（按出庭率排名）本期无数据。")
                    .contains("1临河区公安局22100.00%").contains("1临河区住房和城乡建设局11100.00%").contains("3五原县公安局");
        }
    }

    @Test
    void aLongAgencyRankingCanBeCutToItsFirstAndLastRows() throws Exception {
        // Q3 by agency: 1 临河区公安局 (2 of 2), 2 临河区住房和城乡建设局 (1 of 1), 3 五原县公安局 (0 of 1)
        new cn.fuyuan.desk.settings.SettingsRepository(db).put(cn.fuyuan.desk.settings.SettingKey.APPEARANCE_BULLETIN_AGENCY_ROWS, "1");
        Bulletin b = Bulletin.of(db, Period.parse("2025Q3"), AppearanceStats.Unit.CASE, AppearanceStats.Scope.ALL);
        assertThat(b.byAgency()).hasSize(3);
        assertThat(b.printedAgencies()).extracting(r -> r.rank() + r.now().group()).containsExactly("1临河区公安局", "3五原县公安局");

        Path pdf = tmp.resolve("通报.pdf");
        ReportService.shared().export(BulletinReport.fill(ReportService.shared(), OFFICE, b, LocalDate.of(2025, 10, 10)),
                DocumentFormat.PDF, pdf, ProgressListener.NONE);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertThat(text).contains("按出庭率排名，列前1名和后1名")
                    .contains("1临河区公安局22100.00%")
                    .contains("第2名至第2名共1个机关从略")
                    .contains("3五原县公安局100.00%")
                    .doesNotContain("2临河区住房和城乡建设局");
        }
        // with the whole ranking (the default) every agency is printed
        assertThat(b.withAgencyLimit(0).printedAgencies()).hasSize(3);
        assertThat(b.withAgencyLimit(2).printedAgencies()).as("3 agencies are not more than 2 × 2").hasSize(3);
    }

    @Test
    void docxAndXlsxHoldTheSameTables() throws Exception {
        JasperPrint print = print();
        Path docx = tmp.resolve("通报.docx");
        Path xlsx = tmp.resolve("通报.xlsx");
        ReportService.shared().export(print, DocumentFormat.DOCX, docx, ProgressListener.NONE);
        ReportService.shared().export(print, DocumentFormat.XLSX, xlsx, ProgressListener.NONE);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in);
             XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            assertThat(x.getText()).contains("出庭应诉情况通报").contains("75.00%").contains("临河区").contains("100.00%");
        }
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in);
             XSSFExcelExtractor x = new XSSFExcelExtractor(wb)) {
            assertThat(x.getText()).contains("临河区").contains("100.00%").contains("五原县公安局");
        }
        assertThat(List.of(docx, xlsx)).allMatch(Files::exists);
    }
}
