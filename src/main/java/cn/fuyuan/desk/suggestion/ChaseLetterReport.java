package cn.fuyuan.desk.suggestion;

import cn.fuyuan.desk.report.ReportService;
import cn.fuyuan.desk.report.document.DocumentRenderer;
import cn.fuyuan.desk.report.document.Imprint;
import cn.fuyuan.desk.report.document.OfficialDocument;
import cn.fuyuan.desk.settings.OfficeSettings;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import net.sf.jasperreports.engine.JasperPrint;

/** 催办函: one letter per overdue suggestion, each an official document (domain.md §1: the court follows up a letter with no reply). */
public final class ChaseLetterReport {
    /** One chase letter. */
    public record Chase(Integer id, String title, String recipient, String body, String dateLine, String contact, String cc) {
    }

    private ChaseLetterReport() {
    }

    /** The letters overdue as of the day, most days overdue first. */
    public static List<Suggestion> overdue(List<Suggestion> all, LocalDate asOf) {
        return all.stream().filter(s -> s.overdue(asOf))
                .sorted(Comparator.comparingLong((Suggestion s) -> s.daysOverdue(asOf)).reversed().thenComparing(Suggestion::id))
                .toList();
    }

    public static Chase chase(OfficeSettings office, Suggestion s, LocalDate asOf) {
        String body = "本院于" + SuggestionText.date(s.issuedOn()) + "向贵单位发出《" + SuggestionLetterReport.title(office, s) + "》（"
                + s.number() + "），请贵单位在" + SuggestionText.months(s.draft().replyMonths()) + "内书面反馈。截至"
                + SuggestionText.date(asOf) + "，回复期限（" + SuggestionText.date(s.dueOn()) + "）已过" + s.daysOverdue(asOf)
                + "日，本院尚未收到贵单位的书面反馈。请贵单位抓紧研究落实，于收到本函之日起十五日内将落实情况书面反馈本院。";
        String person = s.draft().contactPerson() != null ? s.draft().contactPerson() : office == null ? null : office.contactPerson();
        String phone = s.draft().contactPhone() != null ? s.draft().contactPhone() : office == null ? null : office.phone();
        String contact = "（联系人：" + (person == null ? "" : person) + "，联系电话：" + (phone == null ? "" : phone) + "）";
        String cc = s.draft().cc().isEmpty() ? null
                : "抄送：" + String.join("，", s.draft().cc().stream().map(CcUnit::name).toList()) + "。";
        return new Chase(s.id(), "关于督促反馈司法建议落实情况的函", s.recipientName() == null ? "" : s.recipientName(), body,
                SuggestionText.date(asOf), contact, cc);
    }

    /** The chase letter as an official document: dated the day it is written, 抄送 in the 版记. */
    public static OfficialDocument document(OfficeSettings office, Suggestion s, LocalDate asOf) {
        Chase c = chase(office, s, asOf);
        String court = office == null || office.courtName() == null ? "" : office.courtName();
        OfficialDocument.Builder b = OfficialDocument.builder(c.title()).recipient(c.recipient() + "：").author(court)
                .paragraph(c.body()).signature(court, asOf)
                .note(c.contact().replaceAll("^（|）$", ""));
        if (!s.draft().cc().isEmpty()) {
            b.imprint(new Imprint(s.draft().cc().stream().map(CcUnit::name).toList(), court, asOf));
        }
        return b.build();
    }

    /** One print, each letter on its own pages; the letters are those given (usually {@link #overdue}). */
    public static JasperPrint fill(ReportService service, OfficeSettings office, List<Suggestion> letters, LocalDate asOf) {
        return DocumentRenderer.print(letters.stream().map(s -> document(office, s, asOf)).toList(), "关于督促反馈司法建议落实情况的函");
    }
}
