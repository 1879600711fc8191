package cn.fuyuan.desk.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import cn.fuyuan.desk.report.DocumentFormat;
import cn.fuyuan.desk.report.ProgressListener;
import cn.fuyuan.desk.report.ReportService;
import cn.fuyuan.desk.settings.OfficeSettings;
import net.sf.jasperreports.engine.JasperPrint;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgencyDirectoryReportTest {

    static final OfficeSettings OFFICE = new OfficeSettings("巴彦淖尔市中级人民法院", "内08", "巴法建",
            "府院联动办公室", "张三", "0478-8123456", "内蒙古自治区巴彦淖尔市临河区");
    static final LocalDate PRINTED_ON = LocalDate.of(2026, 11, 22);

    static final List<Agency> SAMPLE = List.of(
            new Agency(1, "巴彦淖尔市公安局", "市公安局", 1, "巴彦淖尔市", 1, "公安", AgencyLevel.CITY,
                    "王建国", "党委书记、局长", "0478-8612345", true),
            new Agency(2, "巴彦淖尔市自然资源局乌拉特前旗分局国土空间规划与不动产登记中心", "前旗不动产中心", 2,
                    "乌拉特前旗", 2, "自然资源", AgencyLevel.COUNTY, "李娜", "主任", "0478-3212345", true),
            new Agency(3, "临河区干召庙镇人民政府", null, 3, "临河区", null, null, AgencyLevel.TOWNSHIP,
                    null, null, null, false));

    @TempDir
    Path dir;

    final ReportService service = ReportService.shared();

    static List<Agency> many(int n) {
        List<Agency> list = new ArrayList<>(SAMPLE);
        for (int i = list.size() + 1; i <= n; i++) {
            list.add(new Agency(i, "测试机关第" + i + "号", "测" + i, 1, "杭锦后旗", 1, "住建",
                    AgencyLevel.values()[i % 3], "负责人" + i, "局长", "0478-" + (7000000 + i), i % 7 != 0));
        }
        return list;
    }

    @Test
    void pdfHasTheChineseTextEmbeddedFontsAndA4Pages() throws IOException {
        Path pdf = dir.resolve("名录.pdf");
        service.export(AgencyDirectoryReport.fill(service, OFFICE, SAMPLE, PRINTED_ON), DocumentFormat.PDF, pdf,
                ProgressListener.NONE);

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            // the 公文 page number (§7.5), the court's name and the day printed as 署名 and 成文日期
            assertThat(text).contains("巴彦淖尔市中级人民法院", "机关名录", "— 1 —",
                    "序号", "联系电话", "负责人", "2026年11月22日", "乡镇", "0478-8612345").doesNotContain("第 1 页");
            // cells wrap: compare the long ones without the line breaks
            assertThat(text.replaceAll("\\s+", "")).contains("巴彦淖尔市公安局", "临河区干召庙镇人民政府（已停用）",
                    "巴彦淖尔市自然资源局乌拉特前旗分局国土空间规划与不动产登记中心", "党委书记、局长",
                    "截至2026年11月22日，名录共收录机关3个，其中已停用1个。");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("机关名录");
            assertThat(doc.getDocumentInformation().getCreator()).isEqualTo("FuYuan Desk");
            assertA4AndEmbedded(doc);
        }
    }

    @Test
    void threeHundredAgenciesSpanSeveralPagesEachWithItsNumberAndTheHeaderRow() throws IOException {
        Path pdf = dir.resolve("many.pdf");
        JasperPrint print = AgencyDirectoryReport.fill(service, OFFICE, many(300), PRINTED_ON);
        int pages = print.getPages().size();
        assertThat(pages).isGreaterThan(1);
        service.export(print, DocumentFormat.PDF, pdf, ProgressListener.NONE);

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(pages);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String page = stripper.getText(doc);
                assertThat(page).as("page %d", p).contains("— " + p + " —", "机关名称", "联系电话");
            }
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertThat(stripper.getText(doc).replaceAll("\\s+", "")).contains("名录共收录机关300个，其中已停用43个。");
            stripper.setStartPage(pages);
            stripper.setEndPage(pages);
            assertThat(stripper.getText(doc).replaceAll("\\s+", "")).contains("测试机关第300号", "巴彦淖尔市中级人民法院", "2026年11月22日");
            assertA4AndEmbedded(doc);
        }
    }

    @Test
    void noAgenciesStillGivesOnePageSaying无记录() throws IOException {
        Path pdf = dir.resolve("empty.pdf");
        service.export(AgencyDirectoryReport.fill(service, OFFICE, List.of(), PRINTED_ON), DocumentFormat.PDF, pdf,
                ProgressListener.NONE);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(doc))
                    .contains("机关名录", "序号", "无记录", "— 1 —")
                    .doesNotContain("个机关", "共收录");
            assertA4AndEmbedded(doc);
        }
    }

    @Test
    void docxIsOneRealTableWithARepeatedHeaderRowAndTheChineseFontNames() throws IOException {
        Path docx = dir.resolve("名录.docx");
        service.export(AgencyDirectoryReport.fill(service, OFFICE, SAMPLE, PRINTED_ON), DocumentFormat.DOCX, docx,
                ProgressListener.NONE);

        try (XWPFDocument doc = new XWPFDocument(java.nio.file.Files.newInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertThat(extractor.getText()).contains("巴彦淖尔市中级人民法院", "机关名录", "巴彦淖尔市公安局",
                    "临河区干召庙镇人民政府（已停用）", "负责人", "2026年11月22日");
            assertThat(doc.getTables()).hasSize(1);
            var table = doc.getTables().get(0);
            assertThat(table.getNumberOfRows()).isEqualTo(1 + SAMPLE.size());
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(0).getTableCells()).extracting(c -> c.getText())
                    .containsExactly("序号", "机关名称", "简称", "所属地区", "领域", "层级", "负责人", "职务", "联系电话");
        }
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            String styles = new String(zip.getInputStream(zip.getEntry("word/styles.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            String body = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(styles).contains("w:eastAsia=\"仿宋_GB2312\"", "w:eastAsia=\"黑体\"");
            assertThat(styles + body).doesNotContain("FY Song", "FY Hei");
        }
    }

    @Test
    void xlsxIsOneSheetWithTheHeaderRowAndOneTypedRowPerAgency() throws IOException {
        Path xlsx = dir.resolve("名录.xlsx");
        service.export(AgencyDirectoryReport.fill(service, OFFICE, many(60), PRINTED_ON), DocumentFormat.XLSX, xlsx,
                ProgressListener.NONE);

        try (XSSFWorkbook wb = new XSSFWorkbook(java.nio.file.Files.newInputStream(xlsx))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = wb.getSheet("机关名录");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getNumMergedRegions()).isZero();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            DataFormatter fmt = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    cells.add(fmt.formatCellValue(cell).strip());
                }
                rows.add(cells);
            }
            assertThat(rows.get(0)).containsExactly("序号", "机关名称", "简称", "所属地区", "领域", "层级", "负责人", "职务",
                    "联系电话");
            assertThat(rows).hasSize(61);
            assertThat(rows.get(1)).containsExactly("1", "巴彦淖尔市公安局", "市公安局", "巴彦淖尔市", "公安", "市", "王建国",
                    "党委书记、局长", "0478-8612345");
            for (int r = 1; r <= 60; r++) {
                Cell number = sheet.getRow(r).getCell(0);
                assertThat(number.getCellType()).as("row %d 序号", r).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
                assertThat(number.getNumericCellValue()).isEqualTo(r);
                assertThat(sheet.getRow(r).getCell(8).getCellType()).as("a telephone number stays text")
                        .isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            }
        }
    }

    static void assertA4AndEmbedded(PDDocument doc) throws IOException {
        int i = 0;
        for (PDPage page : doc.getPages()) {
            i++;
            PDRectangle box = page.getMediaBox();
            assertThat(box.getWidth()).as("page %d width", i).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
            assertThat(box.getHeight()).as("page %d height", i).isCloseTo(842f, org.assertj.core.data.Offset.offset(1f));
            int fonts = 0;
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                fonts++;
                assertThat(font).as("font %s on page %d", font.getName(), i)
                        .isNotInstanceOf(PDType3Font.class).isNotInstanceOf(PDType1Font.class);
                assertThat(font.isEmbedded()).as("font %s on page %d embedded", font.getName(), i).isTrue();
            }
            assertThat(fonts).as("fonts on page %d", i).isPositive();
        }
    }
}
