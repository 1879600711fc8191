package cn.fuyuan.desk.meeting;

import cn.fuyuan.desk.report.ReportService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * 议定事项督办表: the agreed items by responsible unit (an item with two units appears under both), with
 * deadline, status, days overdue ({@link ItemRules}) and the latest progress. Used by the open-items board,
 * the printed table (PDF/XLSX) and {@code report items}.
 */
public final class FollowUpTable {
    public static final String TEMPLATE = "cn/fuyuan/desk/meeting/follow-up.jrxml";

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

    public static JasperPrint fill(ReportService service, String courtName, List<Row> rows, LocalDate asOf, String scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("COURT_NAME", courtName);
        params.put("AS_OF", asOf);
        params.put("SCOPE", scope);
        return service.fill(TEMPLATE, params, rows);
    }
}
