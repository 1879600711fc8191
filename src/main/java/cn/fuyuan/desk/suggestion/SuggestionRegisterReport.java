package cn.fuyuan.desk.suggestion;

import cn.fuyuan.desk.report.ReportService;
import cn.fuyuan.desk.settings.OfficeSettings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JasperPrint;

/** 司法建议台账: the year's series, number by number (voids included), and the year's figures. */
public final class SuggestionRegisterReport {
    public static final String TEMPLATE = "cn/fuyuan/desk/suggestion/suggestion-register.jrxml";

    /** One line of the register. */
    public record Row(String number, String issuedOn, String recipient, String title, String dueOn, String replyOn,
                      String adoption, String status) {
    }

    private SuggestionRegisterReport() {
    }

    static String d(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** Rows in series order; a letter overdue as of the day shows 逾期 N 日 beside its status. */
    public static List<Row> rows(SuggestionRepository repo, int year, LocalDate asOf) {
        List<Row> out = new ArrayList<>();
        for (SuggestionRepository.NumberEntry n : repo.numbers(year)) {
            if (n.suggestionId() == null) {
                out.add(new Row(n.text(), "", "", "（作废：" + n.voidReason() + "）", "", "", "", "作废"));
                continue;
            }
            Suggestion s = repo.find(n.suggestionId()).orElseThrow();
            String status = s.status().zh() + (s.overdue(asOf) ? "（逾期" + s.daysOverdue(asOf) + "日）" : "");
            out.add(new Row(n.text(), d(s.issuedOn()), s.recipientName(), s.title(), d(s.dueOn()), d(s.replyOn()),
                    s.adoption() == null ? "" : s.adoption().zh(), status));
        }
        return out;
    }

    /** The summary line, from SuggestionStats (the same figures as the screen and the command line). */
    public static String figuresLine(SuggestionStats.Figures f, LocalDate asOf) {
        return "截至" + SuggestionText.date(asOf) + "：本年发出 " + f.issued() + " 件，已回复 " + f.replied() + " 件（按期 " + f.onTime()
                + " 件），逾期未回复 " + f.overdue() + " 件；采纳 " + f.adopted() + " 件，部分采纳 " + f.partlyAdopted()
                + " 件，未采纳 " + f.notAdopted() + " 件；回复率 " + (f.replyRate() == null ? "—" : f.replyRate() + "%") + "。";
    }

    public static JasperPrint fill(ReportService service, OfficeSettings office, SuggestionRepository repo, int year, LocalDate asOf) {
        SuggestionStats.Figures f = SuggestionStats.compute(repo.statLetters(), year, asOf, SuggestionStats.GroupBy.OVERALL).get(0);
        Map<String, Object> params = new HashMap<>();
        params.put("COURT_NAME", office == null ? null : office.courtName());
        params.put("TITLE", "司法建议台账（" + year + "年）");
        params.put("FIGURES", figuresLine(f, asOf));
        params.put("PRINTED_ON", "打印日期：" + SuggestionText.date(LocalDate.now()));
        return service.fill(TEMPLATE, params, rows(repo, year, asOf));
    }
}
