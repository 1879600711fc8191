package cn.fuyuan.desk.suggestion;

import cn.fuyuan.desk.report.ReportService;
import cn.fuyuan.desk.report.document.Cell;
import cn.fuyuan.desk.report.document.CellType;
import cn.fuyuan.desk.report.document.Column;
import cn.fuyuan.desk.report.document.DocumentRenderer;
import cn.fuyuan.desk.report.document.OfficialDocument;
import cn.fuyuan.desk.report.document.Table;
import cn.fuyuan.desk.settings.OfficeSettings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.sf.jasperreports.engine.JasperPrint;

/** 司法建议台账: the year's series, number by number (voids included), and the year's figures. */
public final class SuggestionRegisterReport {
    /** One line of the register. */
    public record Row(String number, LocalDate issuedOn, String recipient, String title, LocalDate dueOn, LocalDate replyOn,
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
                out.add(new Row(n.text(), null, "", "（作废：" + n.voidReason() + "）", null, null, "", "作废"));
                continue;
            }
            Suggestion s = repo.find(n.suggestionId()).orElseThrow();
            String status = s.status().zh() + (s.overdue(asOf) ? "（逾期" + s.daysOverdue(asOf) + "日）" : "");
            out.add(new Row(n.text(), s.issuedOn(), s.recipientName(), s.title(), s.dueOn(), s.replyOn(),
                    s.adoption() == null ? "" : s.adoption().zh(), status));
        }
        return out;
    }

    /** The summary line, from SuggestionStats (the same figures as the screen and the command line). */
    public static String figuresLine(SuggestionStats.Figures f, LocalDate asOf) {
        return "截至" + SuggestionText.date(asOf) + "：本年发出" + f.issued() + "件，已回复" + f.replied() + "件（按期" + f.onTime()
                + "件），逾期未回复" + f.overdue() + "件；采纳" + f.adopted() + "件，部分采纳" + f.partlyAdopted()
                + "件，未采纳" + f.notAdopted() + "件；回复率" + (f.replyRate() == null ? "—" : f.replyRate() + "%") + "。";
    }

    /** The register as a document: the year's figures, then the table (dates as date cells). */
    public static OfficialDocument document(OfficeSettings office, SuggestionRepository repo, int year, LocalDate asOf) {
        SuggestionStats.Figures f = SuggestionStats.compute(repo.statLetters(), year, asOf, SuggestionStats.GroupBy.OVERALL).get(0);
        String court = office == null ? null : office.courtName();
        List<List<Cell>> rows = new ArrayList<>();
        int n = 1;
        for (Row r : rows(repo, year, asOf)) {
            rows.add(List.of(Cell.integer(n++), Cell.text(r.number()), Cell.date(r.issuedOn()), Cell.text(nz(r.recipient())),
                    Cell.text(nz(r.title())), Cell.date(r.dueOn()), Cell.date(r.replyOn()), Cell.text(nz(r.adoption())),
                    Cell.text(nz(r.status()))));
        }
        Table table = Table.of("司法建议台账" + year, List.of(Column.of("序号", 0.7, CellType.INTEGER), Column.text("文号", 2.2),
                Column.of("发出日期", 1.55, CellType.DATE), Column.text("被建议单位", 2), Column.text("标题", 2.8),
                Column.of("回复期限", 1.55, CellType.DATE), Column.of("回复日期", 1.55, CellType.DATE), Column.of("采纳情况", 1.1, CellType.TEXT),
                Column.of("状态", 1.4, CellType.TEXT)), rows);
        return OfficialDocument.builder("司法建议台账（" + year + "年）").author(court)
                .paragraph(figuresLine(f, asOf)).table(table).build();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public static JasperPrint fill(ReportService service, OfficeSettings office, SuggestionRepository repo, int year, LocalDate asOf) {
        return DocumentRenderer.print(document(office, repo, year, asOf));
    }
}
