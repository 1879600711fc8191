package cn.fuyuan.desk.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.report.DocumentFormat;
import cn.fuyuan.desk.report.ProgressListener;
import cn.fuyuan.desk.report.ReportService;
import cn.fuyuan.desk.settings.SettingKey;
import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.store.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 §5 on a real file: a letter signed by a basic court carries that court's contact, not the middle court's;
 * a letter's 成文日期 is the day it was issued, and a reprint on a later day keeps it.
 * The register is HearingImportTest's, plus two cases heard by basic courts, each with an absence without a reason:
 * （2025）内0821行初5号 at 五原县人民法院 (a contact in the setting) and （2025）内0802行初6号 at 临河区人民法院 (none).
 */
class LetterIssueTest {
    @TempDir
    Path tmp;
    Database db;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(tmp.resolve("data"), Database.Mode.WRITE);
        new HearingImportTestSetup(db).directory();
        List<List<String>> rows = new ArrayList<>(HearingImportTest.table());
        rows.add(HearingImportTest.row("（2025）内0821行初5号", "五原县人民法院", "钱某", HearingImportTest.C, "", "", "2025-07-01", "2025-08-05",
                "", "否", "", "", "", "", "无正当理由", "否"));
        rows.add(HearingImportTest.row("（2025）内0802行初6号", "临河区人民法院", "孙某", HearingImportTest.A, "", "", "2025-07-01", "2025-08-06",
                "", "否", "", "", "", "", "无正当理由", "否"));
        HearingImport.run(db, cn.fuyuan.desk.importing.Sheets.csv(tmp.resolve("t.csv"), java.nio.charset.StandardCharsets.UTF_8, false, rows),
                true, false); // the two basic courts added to the court list
        SettingsRepository s = new SettingsRepository(db);
        s.put(SettingKey.COURT_NAME, "巴彦淖尔市中级人民法院");
        s.put(SettingKey.CONTACT_PERSON, "李文静");
        s.put(SettingKey.PHONE, "0478-8210000");
        s.put(SettingKey.REPORT_COURT_CONTACTS, "五原县人民法院：赵敏，0478-5201234；乌拉特前旗人民法院：钱进，0478-3201111");
    }

    @AfterEach
    void close() {
        db.close();
    }

    CaseDocumentsViewModel batch(boolean reminders, String from, String to, LocalDate today) {
        CaseDocumentsViewModel vm = new CaseDocumentsViewModel(db, reminders, today);
        vm.fromProperty().set(LocalDate.parse(from));
        vm.toProperty().set(LocalDate.parse(to));
        vm.onlyUnservedProperty().set(false);
        return vm;
    }

    @Test
    void aBasicCourtsLetterCarriesThatCourtsContactNotTheMiddleCourts() throws Exception {
        List<NoticeLetters.Letter> letters = batch(true, "2025-08-01", "2025-08-31", LocalDate.of(2025, 8, 10)).letters(LocalDate.of(2025, 8, 10));
        assertThat(letters).extracting(l -> l.signer() + " " + l.contact()).containsExactly(
                "巴彦淖尔市中级人民法院 联系人：李文静，联系电话：0478-8210000", // （2025）内08行初4号, the office's own court
                "五原县人民法院 联系人：赵敏，联系电话：0478-5201234",
                "临河区人民法院 "); // no contact of its own: none, rather than the middle court's
        Path pdf = tmp.resolve("提示函.pdf");
        ReportService.shared().export(NoticeLetters.fill(ReportService.shared(), letters.subList(1, 2)), DocumentFormat.PDF, pdf,
                ProgressListener.NONE);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertThat(text).contains("五原县人民法院").contains("联系人：赵敏，联系电话：0478-5201234").doesNotContain("李文静")
                    .doesNotContain("0478-8210000");
        }
        // the basic court's hearing notice too
        List<NoticeLetters.Letter> notices = batch(false, "2025-08-05", "2025-08-05", LocalDate.of(2025, 8, 1)).letters(LocalDate.of(2025, 8, 1));
        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.signer()).isEqualTo("五原县人民法院");
            assertThat(n.contact()).isEqualTo("联系人：赵敏，联系电话：0478-5201234");
        });
    }

    @Test
    void aReprintOnALaterDayKeepsTheIssueDate() throws Exception {
        // notices for 2025-07-05 … 07-10: case 3 on 07-05 (not served), case 1 on 07-10 (two defendants, both served 07-01)
        List<NoticeLetters.Letter> first = batch(false, "2025-07-05", "2025-07-10", LocalDate.of(2025, 7, 2)).letters(LocalDate.of(2025, 7, 2));
        assertThat(first).extracting(l -> l.recipient() + l.date()).containsExactly(
                "五原县公安局：2025-07-02", // issued now
                "临河区公安局：2025-07-01", // served on 07-01 before it was first printed here: issued no later than that
                "临河区住房和城乡建设局：2025-07-01");
        // a month later, the clock moved on: the reprint carries the same 成文日期
        List<NoticeLetters.Letter> reprint = batch(false, "2025-07-05", "2025-07-10", LocalDate.of(2025, 8, 3)).letters(LocalDate.of(2025, 8, 3));
        assertThat(reprint).extracting(NoticeLetters.Letter::date).containsExactlyElementsOf(first.stream().map(NoticeLetters.Letter::date).toList());
        // editing the hearing's results in the grid keeps it too
        CaseRepository cases = new CaseRepository(db);
        List<CaseQueries.HearingRow> rows = new CaseQueries(db).hearings(LocalDate.of(2025, 7, 5), LocalDate.of(2025, 7, 5));
        cases.saveAppearances(rows.stream().map(r -> r.appearance()).map(a -> new Appearance(a.id(), a.agencyId(), a.agencyName(),
                a.noticeRequired(), a.noticeServed(), a.headAppeared(), a.headName(), a.headTitle(), a.rank(), a.spoke(), a.staff(), a.reason(),
                a.explanationReceived(), "评价已改")).toList());
        assertThat(CaseDocumentsViewModel.noticeOf(db, new CaseQueries(db).hearings(LocalDate.of(2025, 7, 5), LocalDate.of(2025, 7, 5)).get(0),
                LocalDate.of(2025, 9, 9))).singleElement().extracting(NoticeLetters.Letter::date).isEqualTo(LocalDate.of(2025, 7, 2));
        // and the printed page says it
        Path pdf = tmp.resolve("通知书.pdf");
        ReportService.shared().export(NoticeLetters.fill(ReportService.shared(), reprint.subList(0, 1)), DocumentFormat.PDF, pdf,
                ProgressListener.NONE);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s", "")).contains("2025年7月2日").doesNotContain("2025年8月3日");
        }

        // 提示函 are issued on their own: the first print issues it, a later one keeps the date
        assertThat(batch(true, "2025-08-01", "2025-08-01", LocalDate.of(2025, 8, 4)).letters(LocalDate.of(2025, 8, 4)))
                .singleElement().extracting(NoticeLetters.Letter::date).isEqualTo(LocalDate.of(2025, 8, 4));
        assertThat(batch(true, "2025-08-01", "2025-08-01", LocalDate.of(2025, 10, 1)).letters(LocalDate.of(2025, 10, 1)))
                .singleElement().extracting(NoticeLetters.Letter::date).isEqualTo(LocalDate.of(2025, 8, 4));
    }

    @Test
    void readingWithoutIssuingStoresNothing() {
        // the command line reads: a letter never issued is dated the day it is read, and stays unissued
        LocalDate d1 = LocalDate.of(2025, 7, 2);
        assertThat(NoticeLetters.hearingNotices(db, new SettingsRepository(db).office(), LocalDate.of(2025, 7, 5), LocalDate.of(2025, 7, 5), d1))
                .singleElement().extracting(NoticeLetters.Letter::date).isEqualTo(d1);
        LocalDate d2 = LocalDate.of(2025, 7, 3);
        assertThat(NoticeLetters.hearingNotices(db, new SettingsRepository(db).office(), LocalDate.of(2025, 7, 5), LocalDate.of(2025, 7, 5), d2))
                .singleElement().extracting(NoticeLetters.Letter::date).isEqualTo(d2);
    }

    @Test
    void aMovedHearingsNextNoticeIsANewLetterDatedTheDayItIsIssued() throws Exception {
        // issued on 07-02: case 3's notice (07-05, not served) and case 1's two (07-10, served 07-01)
        batch(false, "2025-07-05", "2025-07-10", LocalDate.of(2025, 7, 2)).letters(LocalDate.of(2025, 7, 2));
        CaseRepository cases = new CaseRepository(db);
        CaseQueries.HearingRow moved = new CaseQueries(db).hearings(LocalDate.of(2025, 7, 10), LocalDate.of(2025, 7, 10)).get(0);
        CaseQueries.HearingRow kept = new CaseQueries(db).hearings(LocalDate.of(2025, 7, 5), LocalDate.of(2025, 7, 5)).get(0);
        // on 07-03 the hearing of 07-10 is put off to 07-24
        AdminCase c = cases.find(moved.caseId()).orElseThrow();
        cases.save(c.withHearings(c.hearings().stream().map(h -> h.id() == moved.hearingId()
                ? new Hearing(h.id(), LocalDate.of(2025, 7, 24), h.time(), h.place(), h.appearances()) : h).toList()));
        // printed on 07-05: the moved hearing's notices are new letters of that day, no longer served; the other keeps 07-02
        List<NoticeLetters.Letter> after = batch(false, "2025-07-05", "2025-07-31", LocalDate.of(2025, 7, 5)).letters(LocalDate.of(2025, 7, 5));
        assertThat(after).extracting(l -> l.recipient() + l.date()).containsExactly(
                "五原县公安局：2025-07-02",
                "临河区公安局：2025-07-05",
                "临河区住房和城乡建设局：2025-07-05");
        assertThat(new CaseQueries(db).hearings(LocalDate.of(2025, 7, 24), LocalDate.of(2025, 7, 24)))
                .allSatisfy(r -> assertThat(r.appearance().noticeServed()).as("served for the old sitting").isNull());
        // and a reprint later keeps the new date; an edit that does not move it keeps it too
        assertThat(batch(false, "2025-07-05", "2025-07-31", LocalDate.of(2025, 7, 20)).letters(LocalDate.of(2025, 7, 20)))
                .extracting(NoticeLetters.Letter::date).containsExactly(LocalDate.of(2025, 7, 2), LocalDate.of(2025, 7, 5), LocalDate.of(2025, 7, 5));
        AdminCase k = cases.find(kept.caseId()).orElseThrow();
        cases.save(k);
        assertThat(batch(false, "2025-07-05", "2025-07-05", LocalDate.of(2025, 7, 21)).letters(LocalDate.of(2025, 7, 21)))
                .singleElement().extracting(NoticeLetters.Letter::date).isEqualTo(LocalDate.of(2025, 7, 2));
    }
}
