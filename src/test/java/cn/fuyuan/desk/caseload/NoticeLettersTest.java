package cn.fuyuan.desk.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.report.DocumentFormat;
import cn.fuyuan.desk.report.ProgressListener;
import cn.fuyuan.desk.report.ReportService;
import cn.fuyuan.desk.settings.OfficeSettings;
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

/** 出庭应诉通知书 and 提示函 for the small table of HearingImportTest. */
class NoticeLettersTest {
    static final OfficeSettings OFFICE = new OfficeSettings("巴彦淖尔市中级人民法院", "内08", "巴法建", "府院联动办公室", "李文静",
            "0478-8210000", "临河区");
    @TempDir
    Path tmp;
    Database db;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(tmp.resolve("data"), Database.Mode.WRITE);
        new HearingImportTestSetup(db).directoryAndTable(tmp);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void oneNoticePerDefendantAndHearingOnePagePerLetter() throws Exception {
        // hearings 2025-07-01 … 07-31: case 1 on 07-10 (two defendants) and case 3 on 07-05 → 3 notices
        List<NoticeLetters.Letter> letters = NoticeLetters.hearingNotices(db, OFFICE, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 31),
                LocalDate.of(2025, 6, 25));
        assertThat(letters).extracting(NoticeLetters.Letter::recipient)
                .containsExactly("五原县公安局：", "临河区公安局：", "临河区住房和城乡建设局：");
        assertThat(letters.get(1).body()).contains("（2025）内08行初1号").contains("2025年7月10日9时30分").contains("原告王某");
        Path pdf = tmp.resolve("通知书.pdf");
        ReportService.shared().export(NoticeLetters.fill(ReportService.shared(), letters), DocumentFormat.PDF, pdf, ProgressListener.NONE);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(3);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertThat(text).contains("行政机关负责人出庭应诉通知书").contains("临河区公安局：").contains("联系人：李文静");
        }
    }

    @Test
    void remindersOnlyForAbsenceWithoutLegitimateReason() {
        List<NoticeLetters.Letter> letters = NoticeLetters.reminders(db, OFFICE, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                LocalDate.of(2025, 8, 5));
        assertThat(letters).singleElement().satisfies(l -> {
            assertThat(l.recipient()).isEqualTo("五原县公安局：");
            assertThat(l.body()).contains("2025年8月1日").contains("（2025）内08行初4号").contains("未提交书面情况说明");
        });
    }
}
