package cn.fuyuan.desk.meeting;

import cn.fuyuan.desk.i18n.ChineseNumerals;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.report.DocumentFormat;
import cn.fuyuan.desk.report.ProgressListener;
import cn.fuyuan.desk.report.ReportService;
import cn.fuyuan.desk.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import net.sf.jasperreports.engine.JasperPrint;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MinutesReportTest {
    @TempDir
    Path tmp;
    Database db;
    MeetingRepository repo;
    MeetingFixtures fx;
    Meeting second;

    @BeforeEach
    void open() {
        Messages.setLocale(Messages.CHINESE);
        db = Database.open(tmp.resolve("data"), Database.Mode.WRITE);
        repo = new MeetingRepository(db);
        fx = new MeetingFixtures(db);
        Meeting first = repo.create(fx.meeting("2025年第一季度府院联席会议", LocalDateTime.of(2025, 3, 20, 9, 0),
                fx.item("建立征收补偿争议诉前会商机制", fx.housing, LocalDate.of(2025, 5, 31))));
        second = repo.create(fx.meeting("2025年第二季度府院联席会议", LocalDateTime.of(2025, 6, 25, 15, 0),
                fx.item("完善行政机关负责人出庭应诉提醒制度", fx.police, LocalDate.of(2025, 9, 30)),
                fx.item("联合开展征收补偿政策宣讲", fx.housing, LocalDate.of(2025, 8, 31))));
        assertThat(second.carried()).hasSize(1);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void pdfReadsBackWithTitleNumberTopicsItemsInOrderAndTheThreeGroups() throws IOException {
        JasperPrint print = MinutesReport.fill(ReportService.shared(), repo, second, "府院联席会议纪要", "府院联动办公室");
        Path pdf = tmp.resolve("纪要.pdf");
        ReportService.shared().export(print, DocumentFormat.PDF, pdf, ProgressListener.NONE);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // line breaks fall anywhere: compare without white space; a paragraph may run on to the next page, so the
            // page numbers (— 1 —) are read out of the text
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "").replaceAll("—\\d+—", "");
            assertThat(text).contains("府院联席会议纪要", "〔2025〕2号", "2025年6月25日");
            assertThat(text).containsSubsequence(java.util.stream.Stream.of(
                    "2025年6月25日下午，2025年第二季度府院联席会议在市中级人民法院第一会议室召开，会议由王建国主持。",
                    "议题一：前次议定事项落实情况",
                    // hand working: deadline 2025-05-31, meeting 2025-06-25 → June 1..25 = 25 days overdue
                    "1. 建立征收补偿争议诉前会商机制（〔2025〕1号议定；承办单位：临河区住房和城乡建设局；时限：2025年5月31日）。落实情况：未开始，已逾期25天。",
                    "议题二：征地拆迁类行政争议实质性化解",
                    "议题三：行政机关负责人出庭应诉工作",
                    "一、完善行政机关负责人出庭应诉提醒制度。（承办单位：临河区公安局；完成时限：2025年9月30日前）",
                    "二、联合开展征收补偿政策宣讲。",
                    "出席：巴彦淖尔市中级人民法院 王建国，临河区公安局 张志强",
                    "请假：临河区住房和城乡建设局 李丽娟",
                    "列席：市司法局 赵海军").map(x -> x.replaceAll("\\s+", "")).toArray(String[]::new));
            Set<String> fonts = new HashSet<>();
            for (PDPage page : doc.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(842f, org.assertj.core.data.Offset.offset(1f));
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            // 仿宋/宋体 body, 楷体 topics, 黑体 labels (names of the shipped faces)
            assertThat(fonts).anyMatch(f -> f.contains("Bousung"));
            assertThat(fonts).anyMatch(f -> f.contains("Droid"));
            assertThat(fonts).anyMatch(f -> f.contains("ZenKai"));
            assertThat(fonts.size()).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void docxOpensWithTheSameText() throws IOException {
        JasperPrint print = MinutesReport.fill(ReportService.shared(), repo, second, "府院联席会议纪要", "府院联动办公室");
        Path docx = tmp.resolve("纪要.docx");
        ReportService.shared().export(print, DocumentFormat.DOCX, docx, ProgressListener.NONE);
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx));
             XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            String text = ex.getText().replaceAll("\\s+", "");
            assertThat(text).containsSubsequence("府院联席会议纪要", "〔2025〕2号", "议题一：前次议定事项落实情况",
                    "一、完善行政机关负责人出庭应诉提醒制度", "二、联合开展征收补偿政策宣讲", "出席：", "请假：", "列席：");
        }
    }

    @Test
    void carriedItemsPrintWhatTheMeetingHeardNotWhatHappenedLater() {
        int carried = second.carried().get(0).id();
        // closed two weeks after the meeting: the minutes of the meeting still say 未开始 and overdue on its day
        repo.recordProgress(carried, null, LocalDate.of(2025, 7, 10), "已建立会商机制", ItemStatus.DONE);
        assertThat(MinutesReport.lines(repo.find(second.id()).orElseThrow(), repo.progressAt(second.id())))
                .extracting(MinutesReport.Line::text)
                .anyMatch(t -> t.startsWith("1. 建立征收补偿争议诉前会商机制") && t.endsWith("落实情况：未开始，已逾期25天。"));
        // reported at the meeting: printed with its note
        repo.recordProgress(carried, second.id(), LocalDate.of(2025, 6, 25), "已起草会商办法", ItemStatus.IN_PROGRESS);
        assertThat(MinutesReport.lines(repo.find(second.id()).orElseThrow(), repo.progressAt(second.id())))
                .extracting(MinutesReport.Line::text)
                .anyMatch(t -> t.endsWith("落实情况：推进中，已起草会商办法，已逾期25天。"));
    }

    @Test
    void chineseNumerals() {
        assertThat(ChineseNumerals.of(1)).isEqualTo("一");
        assertThat(ChineseNumerals.of(10)).isEqualTo("十");
        assertThat(ChineseNumerals.of(12)).isEqualTo("十二");
        assertThat(ChineseNumerals.of(20)).isEqualTo("二十");
        assertThat(ChineseNumerals.of(35)).isEqualTo("三十五");
    }
}
