package cn.fuyuan.desk.meeting;

import cn.fuyuan.desk.report.ReportService;
import cn.fuyuan.desk.report.document.Cell;
import cn.fuyuan.desk.report.document.CellType;
import cn.fuyuan.desk.report.document.Column;
import cn.fuyuan.desk.report.document.DocumentRenderer;
import cn.fuyuan.desk.report.document.Gbt9704;
import cn.fuyuan.desk.report.document.OfficialDocument;
import cn.fuyuan.desk.report.document.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * 议定事项督办表: the agreed items by responsible unit (an item with two units appears under both), with
 * deadline, status, days overdue ({@link ItemRules}) and the latest progress. Used by the open-items board,
 * the printed table (PDF/XLSX) and {@code report items}.
 */
public final class FollowUpTable {
    /** The document's title (also the file's metadata title). */
    public static final String TITLE = "府院联席会议议定事项督办表";

    /** One row: a unit and one of its items. {@code overdueDays} is null when not overdue. */
    public record Row(String unit, int itemId, String meetingNumber, String text, LocalDate deadline, String deadlineText,
                      ItemStatus status, String statusText, Integer overdueDays, String latestProgress) {
        public boolean overdue() {
            return overdueDays != null;
        }
    }

    /** Per unit: how many open items and how many of them overdue. */
    public record UnitCount(String unit, int open, int overdue) {
    }

    private FollowUpTable() {
    }

    /**
     * @param openOnly   only 未开始 / 推进中 items
     * @param unitFilter null or blank for every unit; otherwise units whose name contains it
     */
    public static List<Row> rows(MeetingRepository repo, LocalDate asOf, boolean openOnly, String unitFilter) {
        Map<Integer, Progress> latest = repo.latestProgress();
        List<Row> out = new ArrayList<>();
        for (AgreedItem it : repo.items(openOnly)) {
            for (Unit u : it.units()) {
                String name = u.name() == null ? "" : u.name();
                if (unitFilter != null && !unitFilter.isBlank() && !name.contains(unitFilter.strip())) {
                    continue;
                }
                Progress p = latest.get(it.id());
                boolean overdue = it.overdue(asOf);
                out.add(new Row(name, it.id(), it.meetingNumber(), it.text(), it.deadline(),
                        it.deadline() == null ? "" : it.deadline().toString(), it.status(), it.status().label(),
                        overdue ? (int) ItemRules.daysOverdue(it.status(), it.deadline(), asOf) : null,
                        p == null ? null : p.notedOn() + " " + p.note()));
            }
        }
        out.sort(Comparator.comparing(Row::unit).thenComparing(Row::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Row::meetingNumber).thenComparing(Row::itemId));
        return out;
    }

    public static List<UnitCount> counts(List<Row> rows) {
        Map<String, int[]> m = new java.util.LinkedHashMap<>();
        for (Row r : rows) {
            int[] c = m.computeIfAbsent(r.unit(), k -> new int[2]);
            if (r.status().open()) {
                c[0]++;
            }
            if (r.overdue()) {
                c[1]++;
            }
        }
        return m.entrySet().stream().map(e -> new UnitCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    /**
     * The table as a document on the GB/T 9704 page: the scope and the totals, one table row per unit and item
     * (the header row repeated on every page), the units' subtotals, signed by the court on the day of the figures.
     *
     * @param scope what the rows are (全部事项, 未办结事项 …), or null
     */
    public static OfficialDocument document(String courtName, List<Row> rows, LocalDate asOf, String scope) {
        List<Row> list = rows == null ? List.of() : List.copyOf(rows);
        long overdue = list.stream().filter(Row::overdue).count();
        String what = scope == null || scope.isBlank() ? "议定事项" : scope.strip();
        OfficialDocument.Builder b = OfficialDocument.builder(TITLE).author(courtName);
        if (list.isEmpty()) {
            b.paragraph("截至" + Gbt9704.date(asOf) + "，" + what + "无记录。");
        } else {
            b.paragraph("截至" + Gbt9704.date(asOf) + "，" + what + "按承办单位计共" + list.size() + "项，其中逾期" + overdue
                    + "项。各承办单位的事项数、未办结数和逾期数见文末小计表。");
        }
        List<List<Cell>> cells = new ArrayList<>();
        int n = 1;
        for (Row r : list) {
            cells.add(List.of(Cell.integer(n++), Cell.text(r.unit()), Cell.text(nz(r.text())), Cell.text(nz(r.meetingNumber())),
                    Cell.date(r.deadline()), Cell.text(nz(r.statusText())),
                    r.overdueDays() == null ? Cell.text("") : Cell.integer(r.overdueDays()), Cell.text(nz(r.latestProgress()))));
        }
        // widths in points of the 156 mm block: the short columns hold their longest value on one line
        b.table(Table.of("督办表", List.of(Column.of("序号", 28, CellType.INTEGER), Column.text("承办单位", 75),
                Column.text("议定事项", 80), Column.of("会议", 66, CellType.TEXT), Column.of("完成时限", 60, CellType.DATE),
                Column.of("状态", 39, CellType.TEXT), Column.of("逾期天数", 30, CellType.INTEGER), Column.text("最新进展", 64)), cells));
        if (!list.isEmpty()) {
            List<List<Cell>> units = new ArrayList<>();
            Map<String, Long> items = new java.util.LinkedHashMap<>();
            list.forEach(r -> items.merge(r.unit(), 1L, Long::sum));
            for (UnitCount c : counts(list)) {
                units.add(List.of(Cell.text(c.unit()), Cell.integer(items.get(c.unit())), Cell.integer(c.open()),
                        Cell.integer(c.overdue())));
            }
            b.table(Table.of("各承办单位小计", List.of(Column.text("承办单位", 3), Column.of("事项", 1, CellType.INTEGER),
                    Column.of("未办结", 1, CellType.INTEGER), Column.of("逾期", 1, CellType.INTEGER)), units).withCaption());
        }
        return b.signature(courtName, asOf).build();
    }

    /** The table as a print (PDF, preview, printer; DOCX and XLSX written from the document itself). */
    public static JasperPrint fill(ReportService service, String courtName, List<Row> rows, LocalDate asOf, String scope) {
        java.util.Objects.requireNonNull(service, "service");
        return DocumentRenderer.print(document(courtName, rows, asOf, scope));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
