package cn.fuyuan.desk.suggestion;

import cn.fuyuan.desk.report.ReportService;
import cn.fuyuan.desk.report.document.DocumentRenderer;
import cn.fuyuan.desk.report.document.Imprint;
import cn.fuyuan.desk.report.document.OfficialDocument;
import cn.fuyuan.desk.settings.OfficeSettings;
import java.time.LocalDate;
import java.util.List;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * 司法建议书, laid out after the 2023 SPC annex and GB/T 9704 (domain.md §1, §6): title, number, recipient
 * with a full-width colon, background, each problem (一、二、…) followed by its suggestion, the reply
 * request, attachments, court name and date, contact line (附注), 抄送 in the 版记.
 */
public final class SuggestionLetterReport {
    private SuggestionLetterReport() {
    }

    /** The printed title: 巴彦淖尔市中级人民法院关于××的司法建议书 (the court name is not doubled). */
    public static String title(OfficeSettings office, Suggestion s) {
        String court = office == null || office.courtName() == null ? "" : office.courtName().strip();
        String t = s.title().strip();
        return t.startsWith(court) ? t : court + t;
    }

    /** The number line; a letter not yet signed shows where the number will go. */
    public static String number(Suggestion s) {
        return s.number() != null ? s.number() : "（签发时编号）";
    }

    /**
     * The letter as an official document: recipient, background, intro, each problem (一、…) followed by its
     * suggestion, the reply request, attachments, court and 成文日期 (the day it was signed), contact (附注), and the
     * 抄送 in the 版记 at the last page's foot. Archival (PDF/A) from 已签发 on.
     */
    public static OfficialDocument document(OfficeSettings office, Suggestion s, List<String> attachmentNames) {
        LetterDraft d = s.draft();
        String court = office == null || office.courtName() == null ? "" : office.courtName();
        OfficialDocument.Builder b = OfficialDocument.builder(title(office, s)).number(number(s))
                .recipient((s.recipientName() == null ? "" : s.recipientName()) + "：").author(court);
        String cases = String.join("、", d.caseNumbers());
        if (d.background() != null && !d.background().isBlank()) {
            for (String p : d.background().strip().split("\\R+")) {
                if (!p.isBlank()) {
                    b.paragraph(p.strip());
                }
            }
        }
        b.paragraph((cases.isEmpty() ? "本院在审理行政案件中" : "本院在审理" + cases + "行政案件中")
                + "发现，贵单位在相关工作中存在以下问题。为促进依法行政、源头预防和化解行政争议，根据《最高人民法院关于综合治理类司法建议工作若干问题的规定》，现提出如下司法建议：");
        int n = 1;
        for (LetterItem it : d.items()) {
            b.heading(1, SuggestionText.chinese(n) + "、" + it.problem().strip());
            b.paragraph("建议：" + it.advice().strip());
            n++;
        }
        b.paragraph("请在" + SuggestionText.months(d.replyMonths()) + "内向我院书面反馈。");
        if (attachmentNames != null) {
            attachmentNames.forEach(a -> b.attachment(stripExtension(a)));
        }
        LocalDate dated = s.approvedOn() != null ? s.approvedOn() : LocalDate.now();
        b.signature(court, dated);
        String person = d.contactPerson() != null ? d.contactPerson() : office == null ? null : office.contactPerson();
        String phone = d.contactPhone() != null ? d.contactPhone() : office == null ? null : office.phone();
        if (person != null && !person.isBlank() || phone != null && !phone.isBlank()) {
            b.note("联系人：" + nz(person) + "，联系电话：" + nz(phone));
        }
        if (!d.cc().isEmpty()) {
            b.imprint(new Imprint(d.cc().stream().map(CcUnit::name).toList(), court, dated));
        }
        return b.archival(issued(s)).build();
    }

    /** Whether the letter has been issued (已签发 or later): its PDF is then archival. */
    static boolean issued(Suggestion s) {
        return s.status() != null && s.status() != SuggestionStatus.DRAFT && s.status() != SuggestionStatus.PENDING
                && s.status() != SuggestionStatus.WITHDRAWN;
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    public static JasperPrint fill(ReportService service, OfficeSettings office, Suggestion s, List<String> attachmentNames) {
        return DocumentRenderer.print(document(office, s, attachmentNames));
    }
}
