package cn.fuyuan.desk.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.agency.Agency;
import cn.fuyuan.desk.report.DocumentFormat;
import cn.fuyuan.desk.report.ProgressListener;
import cn.fuyuan.desk.report.ReportService;
import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.store.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestionLetterReportTest {
    @TempDir
    Path tmp;
    Database db;
    SuggestionRepository repo;
    Agency agency;

    @BeforeEach
    void open() {
        db = Database.open(tmp.resolve("data"), Database.Mode.WRITE);
        repo = new SuggestionRepository(db);
        agency = SuggestionFixtures.setUp(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            cn.fuyuan.desk.agency.AgencyDirectoryReportTestAccess.assertA4AndEmbedded(doc);
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theSignedLetterReadsBackInTheOfficialOrder() throws Exception {
        int id = repo.saveDraft(SuggestionFixtures.draft(agency.id(), "关于规范土地征收程序的司法建议书"));
        repo.submit(id);
        repo.sign(id, Approver.PRESIDENT, LocalDate.of(2025, 3, 1));
        Suggestion s = repo.find(id).orElseThrow();
        Path pdf = tmp.resolve("letter.pdf");
        ReportService.shared().export(SuggestionLetterReport.fill(ReportService.shared(), new SettingsRepository(db).office(), s,
                List.of("征收公告照片.pdf")), DocumentFormat.PDF, pdf, ProgressListener.NONE);

        String text = pdfText(pdf);
        String flat = text.replaceAll("\\s+", "");
        assertThat(flat).contains("巴彦淖尔市中级人民法院关于规范土地征收程序的司法建议书", "巴法建〔2025〕1号",
                "五原县自然资源局：", "请在两个月内向我院书面反馈", "2025年3月1日", "（2025）内08行初12号",
                "联系人：李文静", "附件：征收公告照片", "抄送：五原县人民政府。");
        // each problem followed by its own suggestion, in order
        int p1 = flat.indexOf("一、征收公告未依法公示。");
        int a1 = flat.indexOf("建议：严格履行公告程序。");
        int p2 = flat.indexOf("二、补偿标准未告知被征收人。");
        int a2 = flat.indexOf("建议：依法告知补偿标准。");
        assertThat(p1).isPositive();
        assertThat(List.of(p1, a1, p2, a2)).isSorted();
        assertThat(flat.indexOf("请在两个月内")).isGreaterThan(a2);
        assertThat(flat.indexOf("2025年3月1日")).isGreaterThan(flat.indexOf("请在两个月内"));
        // the date line stands alone, right-aligned: a line of its own
        assertThat(text.lines().map(String::strip)).contains("2025年3月1日", "巴彦淖尔市中级人民法院");
    }

    @Test
    void aDraftPrintsWithoutANumberAndAPrefixWithoutFaJianGetsIt() throws Exception {
        new SettingsRepository(db).put(cn.fuyuan.desk.settings.SettingKey.SUGGESTION_PREFIX, "巴");
        int id = repo.saveDraft(SuggestionFixtures.draft(agency.id(), "关于甲的司法建议书"));
        assertThat(SuggestionLetterReport.number(repo.find(id).orElseThrow())).isEqualTo("（签发时编号）");
        repo.submit(id);
        assertThat(repo.sign(id, Approver.VICE_PRESIDENT, LocalDate.of(2026, 1, 5)).number()).isEqualTo("巴法建〔2026〕1号");
        Path docx = tmp.resolve("letter.docx");
        ReportService.shared().export(SuggestionLetterReport.fill(ReportService.shared(), new SettingsRepository(db).office(),
                repo.find(id).orElseThrow(), List.of()), DocumentFormat.DOCX, docx, ProgressListener.NONE);
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(java.nio.file.Files.newInputStream(docx));
             var ex = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            assertThat(ex.getText().replaceAll("\\s+", "")).contains("巴法建〔2026〕1号", "一、征收公告未依法公示。");
        }
    }
}
