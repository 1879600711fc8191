package cn.fuyuan.desk.caseload;

import cn.fuyuan.desk.caseload.CaseQueries.HearingRow;
import cn.fuyuan.desk.report.ReportService;
import cn.fuyuan.desk.report.document.DocumentRenderer;
import cn.fuyuan.desk.report.document.Gbt9704;
import cn.fuyuan.desk.report.document.OfficialDocument;
import cn.fuyuan.desk.settings.OfficeSettings;
import cn.fuyuan.desk.settings.SettingKey;
import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.store.Database;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * 出庭应诉通知书 (one per hearing and defendant, printable as a batch for a date range) and 提示函 (to an agency whose
 * head was absent without a legitimate reason), domain.md §2; each letter an {@link OfficialDocument} (GB/T 9704),
 * a batch one print with every letter starting on its own page.
 */
public final class NoticeLetters {

    /**
     * One letter: title, 主送 recipient, body paragraphs separated by newlines, 落款, 成文日期 (the issue date),
     * contact line (the 附注).
     */
    public record Letter(String title, String recipient, String body, String signer, LocalDate date, String contact) {
        /** The letter as a document. */
        public OfficialDocument document() {
            OfficialDocument.Builder b = OfficialDocument.builder(title).recipient(recipient).author(signer);
            for (String p : body.split("\n")) {
                if (!p.isBlank()) {
                    b.paragraph(p.strip());
                }
            }
            return b.signature(signer, date).note(contact == null || contact.isBlank() ? null : contact).build();
        }
    }

    private NoticeLetters() {
    }

    static String chineseDate(LocalDate d) {
        return Gbt9704.date(d);
    }

    static String chineseTime(LocalTime t) {
        return t == null ? "" : t.getHour() + "时" + (t.getMinute() == 0 ? "" : t.getMinute() + "分");
    }

    /** The notices for every defendant at every hearing from {@code from} to {@code to}, read as they stand. */
    public static List<Letter> hearingNotices(Database db, OfficeSettings office, LocalDate from, LocalDate to, LocalDate today) {
        return hearingNotices(db, office, from, to, today, false);
    }

    /**
     * As {@link #hearingNotices(Database, OfficeSettings, LocalDate, LocalDate, LocalDate)}; with {@code onlyUnserved}
     * only the notices still to send: required (not 无须通知) and not served yet ({@link Appearance#noticeUnserved}).
     */
    public static List<Letter> hearingNotices(Database db, OfficeSettings office, LocalDate from, LocalDate to, LocalDate today,
                                              boolean onlyUnserved) {
        return hearingNotices(db, office, rows(db, from, to, onlyUnserved), today);
    }

    /** The notices of {@link #hearingNotices(Database, OfficeSettings, LocalDate, LocalDate, LocalDate, boolean)}, issued. */
    public static List<Letter> issueNotices(Database db, OfficeSettings office, LocalDate from, LocalDate to, LocalDate today,
                                            boolean onlyUnserved) {
        return issueNotices(db, office, rows(db, from, to, onlyUnserved), today);
    }

    private static List<HearingRow> rows(Database db, LocalDate from, LocalDate to, boolean onlyUnserved) {
        List<HearingRow> rows = new CaseQueries(db).hearings(from, to);
        return onlyUnserved ? rows.stream().filter(h -> h.appearance().noticeUnserved()).toList() : rows;
    }

    /**
     * The notices for these hearing rows (one hearing and defendant each), e.g. the one row a clerk chose, read as they
     * stand: each dated its stored 成文日期, or the day it would be issued on {@code today} ({@link NoticeIssueWriter}).
     */
    public static List<Letter> hearingNotices(Database db, OfficeSettings office, List<HearingRow> rows, LocalDate today) {
        return notices(db, office, rows, dates(db, NoticeIssueWriter.Letter.NOTICE, rows, today, false));
    }

    /** The notices for these rows, issued: a notice issued before keeps its 成文日期, the others are issued {@code today}. */
    public static List<Letter> issueNotices(Database db, OfficeSettings office, List<HearingRow> rows, LocalDate today) {
        return notices(db, office, rows, dates(db, NoticeIssueWriter.Letter.NOTICE, rows, today, true));
    }

    /** Each row's 成文日期: stored (issuing those without one when {@code issue}), else the day it would be issued. */
    private static Map<Integer, LocalDate> dates(Database db, NoticeIssueWriter.Letter letter, List<HearingRow> rows, LocalDate today,
                                                 boolean issue) {
        List<Integer> ids = rows.stream().map(h -> h.appearance().id()).filter(java.util.Objects::nonNull).toList();
        Map<Integer, LocalDate> stored = issue ? NoticeIssueWriter.issue(db, letter, ids, today)
                : new HashMap<>(NoticeIssueWriter.issued(db.dsl(), letter, ids));
        for (HearingRow h : rows) {
            stored.computeIfAbsent(h.appearance().id(), id -> NoticeIssueWriter.firstIssue(letter, h.appearance().noticeServed(), today));
        }
        return stored;
    }

    private static List<Letter> notices(Database db, OfficeSettings office, List<HearingRow> rows, Map<Integer, LocalDate> dates) {
        CourtContacts contacts = contacts(db, office);
        List<Letter> out = new ArrayList<>();
        Map<Integer, AdminCase> cache = new HashMap<>();
        for (HearingRow h : rows) {
            AdminCase c = cache.computeIfAbsent(h.caseId(), id -> CaseRepository.find(db.dsl(), id).orElseThrow());
            String court = c.courtName() == null ? office.courtName() : c.courtName();
            String plaintiffs = c.plaintiffs() == null ? "原告" : "原告" + c.plaintiffs();
            String cause = c.cause() == null ? "行政" : c.cause();
            String body = plaintiffs + "诉你单位" + cause + "一案，本院已依法受理，案号为" + c.number() + "。本院定于" + chineseDate(h.date())
                    + chineseTime(h.time()) + (h.place() == null ? "" : "在" + h.place()) + "开庭审理。\n"
                    + "根据《中华人民共和国行政诉讼法》第三条第三款和《最高人民法院关于行政机关负责人出庭应诉若干问题的规定》，被诉行政机关负责人应当出庭应诉。"
                    + "请你单位负责人（正职、副职或者其他参与分管的负责人）按时出庭应诉，并于开庭前将出庭负责人的姓名、职务告知本院。\n"
                    + "行政机关负责人有不可抗力、意外事件、需要履行他人不能代替的公务等正当理由不能出庭的，应当在开庭前提交加盖行政机关印章或者由行政机关主要负责人签字认可的书面情况说明，"
                    + "并委托相应的工作人员出庭，不得仅委托律师出庭。\n"
                    + "行政机关负责人无正当理由不出庭应诉的，本院将记录在案并在裁判文书中载明，依法向监察机关、被诉行政机关的上一级行政机关提出司法建议，并可以予以公告。";
            out.add(new Letter("行政机关负责人出庭应诉通知书", h.appearance().agencyName() + "：", body, court, dates.get(h.appearance().id()),
                    contacts.of(court)));
        }
        return out;
    }

    /**
     * The 提示函 for every absence without a legitimate reason at hearings from {@code from} to {@code to}, read as they
     * stand (dated as {@link #hearingNotices(Database, OfficeSettings, List, LocalDate)} says).
     */
    public static List<Letter> reminders(Database db, OfficeSettings office, LocalDate from, LocalDate to, LocalDate today) {
        return reminders(db, office, from, to, today, false);
    }

    /** The 提示函 as {@link #reminders(Database, OfficeSettings, LocalDate, LocalDate, LocalDate)}, issued when {@code issue}. */
    public static List<Letter> reminders(Database db, OfficeSettings office, LocalDate from, LocalDate to, LocalDate today, boolean issue) {
        List<HearingRow> rows = new CaseQueries(db).hearings(from, to).stream().filter(h -> h.appearance().unjustifiedAbsence()).toList();
        Map<Integer, LocalDate> dates = dates(db, NoticeIssueWriter.Letter.REMINDER, rows, today, issue);
        CourtContacts contacts = contacts(db, office);
        List<Letter> out = new ArrayList<>();
        Map<Integer, AdminCase> cache = new HashMap<>();
        for (HearingRow h : rows) {
            AdminCase c = cache.computeIfAbsent(h.caseId(), id -> CaseRepository.find(db.dsl(), id).orElseThrow());
            String court = c.courtName() == null ? office.courtName() : c.courtName();
            String body = "本院于" + chineseDate(h.date()) + "开庭审理的" + c.number() + (c.plaintiffs() == null ? "" : "原告" + c.plaintiffs() + "诉你单位")
                    + (c.cause() == null ? "" : c.cause()) + "一案，你单位负责人未出庭应诉，且未提出正当理由"
                    + (h.appearance().explanationReceived() ? "" : "，亦未提交书面情况说明") + "。\n"
                    + "行政机关负责人出庭应诉是法定义务，是推进法治政府建设、实质性化解行政争议的重要举措。根据《最高人民法院关于行政机关负责人出庭应诉若干问题的规定》，"
                    + "行政机关负责人无正当理由不出庭应诉的，人民法院应当记录在案并在裁判文书中载明，可以向监察机关、上一级行政机关提出司法建议。\n"
                    + "请你单位高度重视，于收到本函之日起十五日内将有关情况书面反馈本院，并在今后的行政诉讼中依法履行负责人出庭应诉义务。";
            out.add(new Letter("关于行政机关负责人出庭应诉的提示函", h.appearance().agencyName() + "：", body, court, dates.get(h.appearance().id()),
                    contacts.of(court)));
        }
        return out;
    }

    private static CourtContacts contacts(Database db, OfficeSettings office) {
        return new CourtContacts(office, new SettingsRepository(db).get(SettingKey.REPORT_COURT_CONTACTS));
    }

    /** The letters as one print, each on its own pages; the print is named after the letters' title. */
    public static JasperPrint fill(ReportService service, List<Letter> letters) {
        String name = letters.isEmpty() ? "行政机关负责人出庭应诉通知书" : letters.get(0).title();
        return DocumentRenderer.print(letters.stream().map(Letter::document).toList(), name);
    }
}
