package cn.fuyuan.desk.appearance;

import cn.fuyuan.desk.caseload.Rates;
import cn.fuyuan.desk.appearance.AppearanceStats.Ranked;
import cn.fuyuan.desk.report.ReportService;
import cn.fuyuan.desk.report.document.Cell;
import cn.fuyuan.desk.report.document.CellType;
import cn.fuyuan.desk.report.document.Chart;
import cn.fuyuan.desk.report.document.Column;
import cn.fuyuan.desk.report.document.DocumentRenderer;
import cn.fuyuan.desk.report.document.OfficialDocument;
import cn.fuyuan.desk.report.document.Table;
import cn.fuyuan.desk.settings.OfficeSettings;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 《××季度行政机关负责人出庭应诉情况通报》 as an official document (GB/T 9704), as published ones are (domain.md §10):
 * 主送 and the rules it rests on, the narrative, the overall table against the previous period, the quarter and the year
 * to date side by side (全部, 一审, 二审, each against the year before), the 旗县区 ranked with a bar chart, the 市直
 * agencies and the 旗县区 agencies ranked apart (typed cells: counts, rates, changes in points), those at 100%, the
 * lowest and the most improved named, the agencies with no appearance, the note on the figures.
 */
public final class BulletinReport {

    private BulletinReport() {
    }

    public static net.sf.jasperreports.engine.JasperPrint fill(ReportService service, OfficeSettings office, Bulletin b, LocalDate date) {
        return DocumentRenderer.print(document(office, b, date));
    }

    /** The bulletin's content, signed by the office (or the court) on {@code date}. */
    public static OfficialDocument document(OfficeSettings office, Bulletin b, LocalDate date) {
        String issuer = office == null || office.officeName() == null || office.officeName().isBlank()
                ? (office == null ? "" : office.courtName()) : office.officeName();
        String u = b.unitWord();
        String prevName = b.period().isYear() ? "上年" : "上季度";
        OfficialDocument.Builder d = OfficialDocument.builder(b.title()).author(issuer);
        if (b.recipient() != null && !b.recipient().isBlank()) {
            String r = b.recipient().strip();
            d.recipient(r.endsWith("：") ? r : r + "：");
        }
        String basis = b.basis() == null || b.basis().isBlank() ? "" : b.basis().strip().replaceAll("[，,。]$", "") + "，";
        d.paragraph(basis + "为推动行政机关负责人出庭应诉工作常态化，现将" + b.period().chinese() + "全市行政机关负责人出庭应诉情况通报如下。");
        d.heading(1, "一、总体情况");
        d.paragraph(b.narrative());
        AppearanceStats.Figures now = b.overall();
        AppearanceStats.Figures before = b.previousOverall();
        List<List<Cell>> overall = new ArrayList<>();
        overall.add(List.of(Cell.text("应出庭" + (u.equals("件") ? "案件数" : "庭次")), Cell.integer(now.units()), Cell.integer(before.units())));
        overall.add(List.of(Cell.text("负责人出庭"), Cell.integer(now.appeared()), Cell.integer(before.appeared())));
        overall.add(List.of(Cell.text("出庭率"), rate(now.appearanceRate()), rate(before.appearanceRate())));
        overall.add(List.of(Cell.text("出声率"), rate(now.spokeRate()), rate(before.spokeRate())));
        overall.add(List.of(Cell.text("正职出庭率"), rate(now.principalRate()), rate(before.principalRate())));
        d.table(Table.of("总体情况", List.of(new Column("项目", 2, CellType.TEXT, cn.fuyuan.desk.report.document.Align.CENTER),
                Column.of("本期", 1.2, CellType.PERCENT), Column.of(prevName, 1.2, CellType.PERCENT)), overall));
        d.table(overview(b));
        Bulletin.Parts parts = b.parts();
        d.heading(1, "二、各旗县区出庭应诉情况");
        if (parts.counties().isEmpty()) {
            d.paragraph("本期无数据。");
        } else {
            d.table(Table.of("各旗县区", columns("旗县区", u), parts.counties().stream().map(BulletinReport::rankedRow).toList()));
            d.paragraph(named("旗县区", parts.counties()));
            d.chart(new Chart("各旗县区出庭率", Chart.Kind.BAR, parts.counties().stream().map(r -> r.now().group()).toList(),
                    List.of(new Chart.Series("出庭率", parts.counties().stream()
                            .map(r -> r.now().appearanceRate() == null ? null : r.now().appearanceRate().doubleValue()).toList())),
                    100, "%"));
        }
        agencies(d, b, "三、市直单位出庭应诉情况", "市直单位", parts.cityAgencies(), u);
        agencies(d, b, "四、旗县区被诉机关出庭应诉情况", "旗县区机关", parts.countyAgencies(), u);
        d.heading(1, "五、负责人未出庭应诉的机关");
        d.paragraph(b.withoutAppearance().isEmpty() ? "本期各被诉机关均有负责人出庭应诉。"
                : "本期有被诉案件但负责人均未出庭应诉的机关（" + b.withoutAppearance().size() + "个）：" + String.join("、", b.withoutAppearance()) + "。");
        d.paragraph("说明：出庭率＝负责人出庭数÷应出庭数；出声率、正职出庭率分母相同；"
                + (b.unit() == AppearanceStats.Unit.CASE ? "按案件统计，每案每被告机关计一件，以本期首次开庭为准；" : "按庭次统计，每次开庭每被告机关计一次；")
                + "一审含行初、行赔初案件，二审含行终、行赔终案件；市直单位为市级机关，旗县区按其县级、乡镇机关统计；"
                + "排名按出庭率，出庭率相同的并列同一名次、按名称拼音排列；“较上期”“同比”为百分点；“—”表示无可统计数据。");
        d.signature(issuer, date);
        return d.build();
    }

    /**
     * The quarter and the year to date side by side (a year: the year alone), all cases, 一审 and 二审, each with the
     * same period of the year before and the change in points.
     */
    static Table overview(Bulletin b) {
        String u = b.unitWord();
        List<List<Cell>> rows = new ArrayList<>();
        for (Bulletin.Line l : b.parts().overview()) {
            rows.add(overviewRow(l.kind().zh(), b.period().isYear() ? "全年" : "本季度", l.quarter(), l.quarterYearBefore(), l.quarterChange()));
            if (!b.period().isYear()) {
                rows.add(overviewRow(l.kind().zh(), "1—" + b.period().quarter() * 3 + "月累计", l.toDate(), l.toDateYearBefore(), l.toDateChange()));
            }
        }
        return Table.of("本期与年度累计", List.of(Column.text("类别", 0.9), Column.text("期间", 1.6),
                Column.of("应出庭（" + u + "）", 1.25, CellType.INTEGER), Column.of("出庭", 1, CellType.INTEGER),
                Column.of("出庭率", 1.25, CellType.PERCENT), Column.of("上年同期", 1.25, CellType.PERCENT),
                Column.of("同比", 1.2, CellType.POINTS)), rows);
    }

    private static List<Cell> overviewRow(String kind, String span, AppearanceStats.Figures f, AppearanceStats.Figures yearBefore,
                                          BigDecimal change) {
        return List.of(Cell.text(kind), Cell.text(span), Cell.integer(f.units()), Cell.integer(f.appeared()), rate(f.appearanceRate()),
                rate(yearBefore.appearanceRate()), Cell.number(Rates.showChange(change), change));
    }

    /** A part of agencies ranked by 出庭率, in full or cut to its first and last rows ({@link Bulletin#printed}). */
    private static void agencies(OfficialDocument.Builder d, Bulletin b, String heading, String name, List<Ranked> ranking, String u) {
        List<Ranked> printed = b.printed(ranking);
        int left = ranking.size() - printed.size();
        d.heading(1, heading + "（按出庭率排名" + (left > 0 ? "，列前" + b.agencyLimit() + "名和后" + b.agencyLimit() + "名" : "") + "）");
        if (ranking.isEmpty()) {
            d.paragraph("本期无数据。");
            return;
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < printed.size(); i++) {
            if (left > 0 && i == b.agencyLimit()) {
                List<Cell> gap = new ArrayList<>();
                gap.add(Cell.text("…"));
                gap.add(Cell.text("（第" + (b.agencyLimit() + 1) + "名至第" + (b.agencyLimit() + left) + "名共" + left + "个机关从略）"));
                for (int k = 0; k < 6; k++) {
                    gap.add(Cell.text(""));
                }
                rows.add(gap);
            }
            rows.add(rankedRow(printed.get(i)));
        }
        d.table(Table.of(name, columns("机关", u), rows));
        d.paragraph(named(name, ranking));
    }

    /** Who is at 100%, who is lowest, who improved most (domain.md §10), from AppearanceStats. */
    static String named(String what, List<Ranked> ranked) {
        StringBuilder s = new StringBuilder();
        List<String> full = AppearanceStats.atFullRate(ranked);
        s.append(full.isEmpty() ? "本期没有出庭率达到100%的" + what + "。"
                : "本期出庭率达到100%的" + what + "（" + full.size() + "个）：" + String.join("、", full) + "。");
        Ranked lowest = ranked.stream().filter(r -> r.now().appearanceRate() != null).reduce((a, c) -> c).orElse(null);
        if (lowest != null && !full.contains(lowest.now().group())) {
            s.append("出庭率最低的是").append(lowest.now().group()).append("（").append(Rates.show(lowest.now().appearanceRate())).append("）。");
        }
        List<Ranked> best = AppearanceStats.mostImproved(ranked);
        if (!best.isEmpty()) {
            s.append("较上期提升最多的是").append(String.join("、", best.stream().map(r -> r.now().group()).toList()))
                    .append("（上升").append(best.get(0).change().toPlainString()).append("个百分点）。");
        }
        return s.toString();
    }

    private static Cell rate(BigDecimal r) {
        return Cell.number(Rates.show(r), r);
    }

    private static List<Column> columns(String name, String u) {
        return List.of(Column.of("排名", 0.7, CellType.INTEGER), Column.text(name, 3.1), Column.of("应出庭（" + u + "）", 1.25, CellType.INTEGER),
                Column.of("出庭", 1, CellType.INTEGER), Column.of("出庭率", 1.25, CellType.PERCENT),
                Column.of("出声率", 1.25, CellType.PERCENT), Column.of("正职出庭率", 1.25, CellType.PERCENT),
                Column.of("较上期", 1.2, CellType.POINTS));
    }

    private static List<Cell> rankedRow(Ranked r) {
        AppearanceStats.Figures f = r.now();
        return List.of(Cell.integer(r.rank()), Cell.text(f.group()), Cell.integer(f.units()), Cell.integer(f.appeared()),
                rate(f.appearanceRate()), rate(f.spokeRate()), rate(f.principalRate()), Cell.number(Rates.showChange(r.change()), r.change()));
    }
}
