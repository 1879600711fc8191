package cn.fuyuan.desk.suggestion;

import cn.fuyuan.desk.report.ReportService;
import cn.fuyuan.desk.settings.OfficeSettings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * 司法建议书, laid out after the 2023 SPC annex and GB/T 9704 (domain.md §1, §6): title, number, recipient
 * with a full-width colon, background, each problem (一、二、…) followed by its suggestion, the reply
 * request, court name and date right-aligned, contact line, attachments, 抄送.
 */
public final class SuggestionLetterReport {
    public static final String TEMPLATE = "cn/fuyuan/desk/suggestion/suggestion-letter.jrxml";

    /** One printed paragraph: kind selects the band's font and alignment. */
    public record Paragraph(String kind, String text) {
    }

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

    /** The letter's paragraphs in printed order. */
    public static List<Paragraph> paragraphs(OfficeSettings office, Suggestion s, List<String> attachmentNames) {
        LetterDraft d = s.draft();
        List<Paragraph> out = new ArrayList<>();
        out.add(new Paragraph("RECIPIENT", (s.recipientName() == null ? "" : s.recipientName()) + "："));
        String cases = String.join("、", d.caseNumbers());
        if (d.background() != null && !d.background().isBlank()) {
            for (String p : d.background().strip().split("\\R+")) {
                if (!p.isBlank()) {
                    out.add(new Paragraph("BODY", p.strip()));
                }
            }
        }
        String intro = (cases.isEmpty() ? "本院在审理行政案件中" : "本院在审理" + cases + "行政案件中")
                + "发现，贵单位在相关工作中存在以下问题。为促进依法行政、源头预防和化解行政争议，根据《最高人民法院关于综合治理类司法建议工作若干问题的规定》，现提出如下司法建议：";
        out.add(new Paragraph("BODY", intro));
        int n = 1;
        for (LetterItem it : d.items()) {
            out.add(new Paragraph("HEADING", SuggestionText.chinese(n) + "、" + it.problem().strip()));
            out.add(new Paragraph("BODY", "建议：" + it.advice().strip()));
            n++;
        }
        out.add(new Paragraph("BODY", "请在" + SuggestionText.months(d.replyMonths()) + "内向我院书面反馈。"));
        if (attachmentNames != null && !attachmentNames.isEmpty()) {
            out.add(new Paragraph("GAP", ""));
            for (int i = 0; i < attachmentNames.size(); i++) {
                String prefix = i == 0 ? "附件：" : "　　　";
                String num = attachmentNames.size() > 1 ? (i + 1) + ". " : "";
                out.add(new Paragraph("ATTACH", prefix + num + stripExtension(attachmentNames.get(i))));
            }
        }
        out.add(new Paragraph("GAP", ""));
        out.add(new Paragraph("GAP", ""));
        out.add(new Paragraph("SIGN", office == null || office.courtName() == null ? "" : office.courtName()));
        LocalDate dated = s.approvedOn() != null ? s.approvedOn() : LocalDate.now();
        out.add(new Paragraph("SIGN", SuggestionText.date(dated)));
        String person = d.contactPerson() != null ? d.contactPerson() : office == null ? null : office.contactPerson();
        String phone = d.contactPhone() != null ? d.contactPhone() : office == null ? null : office.phone();
        if (person != null && !person.isBlank() || phone != null && !phone.isBlank()) {
            out.add(new Paragraph("NOTE", "（联系人：" + nz(person) + "，联系电话：" + nz(phone) + "）"));
        }
        if (!d.cc().isEmpty()) {
            out.add(new Paragraph("GAP", ""));
            out.add(new Paragraph("CC", "抄送：" + String.join("，", d.cc().stream().map(CcUnit::name).toList()) + "。"));
        }
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    public static JasperPrint fill(ReportService service, OfficeSettings office, Suggestion s, List<String> attachmentNames) {
        Map<String, Object> params = new HashMap<>();
        params.put("TITLE", title(office, s));
        params.put("NUMBER", number(s));
        JasperPrint print = service.fill(TEMPLATE, params, paragraphs(office, s, attachmentNames));
        print.setProperty(ReportService.PROPERTY_TITLE, title(office, s));
        return print;
    }
}
