package cn.fuyuan.desk.whitepaper;

import cn.fuyuan.desk.report.DocumentFormat;
import cn.fuyuan.desk.report.ProgressListener;
import cn.fuyuan.desk.report.ReportService;
import cn.fuyuan.desk.report.document.Align;
import cn.fuyuan.desk.report.document.Cell;
import cn.fuyuan.desk.report.document.CellType;
import cn.fuyuan.desk.report.document.Chart;
import cn.fuyuan.desk.report.document.Column;
import cn.fuyuan.desk.report.document.Contents;
import cn.fuyuan.desk.report.document.Cover;
import cn.fuyuan.desk.report.document.DocumentRenderer;
import cn.fuyuan.desk.report.document.Face;
import cn.fuyuan.desk.report.document.Gbt9704;
import cn.fuyuan.desk.report.document.OfficialDocument;
import cn.fuyuan.desk.report.document.Paragraph;
import cn.fuyuan.desk.report.document.Run;
import cn.fuyuan.desk.report.document.Table;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * The white paper as one {@code report.document} document, built once from the saved chapters and rendered by the
 * shared renderers: a cover (title, court, date), the contents with page numbers, the chapters — headings of the
 * GB/T 9704 levels, the office's words, vector charts, tables with repeated header rows — numbered from the first
 * chapter's page. PDF, preview and printer through {@link DocumentRenderer#print}, PDF/A-2b for 定稿, DOCX (heading
 * styles, a filled TOC field) and XLSX (every table of figures, a sheet each, typed cells).
 *
 * <p>The per-agency tables (败诉较多的机关, 无负责人出庭的机关, 各被建议单位) print only their first
 * {@code agencyRows} rows (setting {@code whitepaper.agencyRows}; 0 = all), said under the caption; the XLSX keeps
 * the full lists.
 */
public final class WhitePaperDocument {
    /** The tables listed by agency, bounded on paper: chapter and table id. */
    static final Set<String> AGENCY_TABLES = Set.of("LOSS.agencies", "APPEARANCE.without", "SUGGESTION.recipient");
    /** The column that ranks an agency table's rows for print (most first). */
    static final java.util.Map<String, Integer> RANK_COLUMN = java.util.Map.of("LOSS.agencies", 2, "APPEARANCE.without", 1,
            "SUGGESTION.recipient", 1);

    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,12}");
    private static final Pattern PERCENT = Pattern.compile("-?\\d{1,9}(\\.\\d+)?%");
    private static final Pattern POINTS = Pattern.compile("[+-]\\d{1,9}\\.\\d+");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern LEVEL3 = Pattern.compile("^\\d+[.．、].*");
    private static final Pattern LEVEL4 = Pattern.compile("^（\\d+）.*");

    /**
     * What the document is built with besides the paper: the court (cover and author) and how many agencies a
     * per-agency table prints (0 = all).
     */
    public record Options(String court, int agencyRows) {
        /** Every row of every table: the XLSX. */
        Options unbounded() {
            return new Options(court, 0);
        }
    }

    private WhitePaperDocument() {
    }

    /** The cover's date line: the month of 定稿, or of the figures for a draft (2026年3月). */
    static String dateText(WhitePaper p) {
        LocalDate d = p.isFinal() && p.finalizedOn() != null ? p.finalizedOn() : p.figuresOn();
        return d.getYear() + "年" + d.getMonthValue() + "月";
    }

    /** The level of a sub-heading from its numbering: （一） 2, 1. 3, （1） 4; unnumbered ones are level 2. */
    static int level(String heading) {
        if (LEVEL4.matcher(heading).matches()) {
            return 4;
        }
        if (LEVEL3.matcher(heading).matches()) {
            return 3;
        }
        return 2;
    }

    /** The white paper as a document; {@code archival} writes the PDF as PDF/A-2b. */
    public static OfficialDocument build(WhitePaper p, Options o, boolean archival) {
        OfficialDocument.Builder d = OfficialDocument.builder(p.title()).author(o.court()).archival(archival);
        // the cover sets the court's name on a line of its own above 行政审判白皮书（2025年）
        int cut = p.title().indexOf("行政审判白皮书");
        d.add(new Cover(cut > 0 ? p.title().substring(0, cut) + "\n" + p.title().substring(cut) : p.title(),
                List.of(o.court() == null ? "" : o.court(), dateText(p),
                        p.isFinal() ? "" : "（征求意见稿 · 数据截至" + Gbt9704.date(p.figuresOn()) + "）")));
        d.add(new Contents("目　　录", 2));
        int tableNo = 0;
        int chartNo = 0;
        for (WhitePaper.Part part : p.parts()) {
            d.heading(1, part.heading());
            for (Narrative.Block b : Narrative.blocks(part.narrative())) {
                if (b.subheading()) {
                    d.heading(level(b.text()), b.text());
                } else {
                    d.paragraph(b.text());
                }
            }
            for (ChapterFigures.Chart c : part.figures().charts()) {
                if (!c.categories().isEmpty()) {
                    d.chart(chart("图" + ++chartNo + "　" + c.title(), c));
                }
            }
            for (ChapterFigures.Table t : part.figures().tables()) {
                if (t.rows().isEmpty()) {
                    continue;
                }
                tableNo++;
                String key = part.chapter().name() + "." + t.id();
                List<List<String>> rows = t.rows();
                String caption = "表" + tableNo + "　" + t.title();
                if (AGENCY_TABLES.contains(key) && o.agencyRows() > 0 && rows.size() > o.agencyRows()) {
                    int rank = RANK_COLUMN.get(key);
                    rows = rows.stream().sorted(Comparator.comparingLong((List<String> r) -> -number(r.get(rank)))).limit(o.agencyRows())
                            .toList();
                    caption += "（前" + o.agencyRows() + "名）";
                    d.table(table(caption, t.header(), rows));
                    d.add(new Paragraph(List.of(Run.of("注：", Face.HEI), Run.of("共" + t.rows().size() + "个，按“" + t.header().get(rank)
                            + "”由多到少列出前" + o.agencyRows() + "名；完整名单见白皮书的Excel表格（表" + tableNo + "）。")),
                            Align.JUSTIFY, 2, 0, 0, false));
                    continue;
                }
                d.table(table(caption, t.header(), rows));
            }
            for (ChapterFigures.TypicalCase c : part.figures().cases()) {
                d.heading(2, c.title());
                d.add(labelled("【案号】", c.caseNumber()));
                d.add(labelled("【基本案情】", c.basicFacts()));
                d.add(labelled("【裁判结果】", c.judgment()));
                d.add(labelled("【典型意义】", c.significance()));
            }
        }
        return d.build();
    }

    private static Paragraph labelled(String label, String text) {
        return new Paragraph(List.of(Run.of(label, Face.HEI), Run.of(text == null ? "" : text)), Align.JUSTIFY, 2, 0, 0, false);
    }

    private static long number(String s) {
        return s != null && INTEGER.matcher(s).matches() ? Long.parseLong(s) : Long.MIN_VALUE + 1;
    }

    /** A chart of the figures as the model's bar chart: rates on a 0–100 axis, counts on a round maximum. */
    static Chart chart(String caption, ChapterFigures.Chart c) {
        List<Chart.Series> series = new ArrayList<>();
        double max = 0;
        for (int s = 0; s < c.series().size(); s++) {
            List<Double> values = new ArrayList<>(c.values().get(s));
            while (values.size() < c.categories().size()) {
                values.add(null);
            }
            for (Double v : values) {
                max = v == null ? max : Math.max(max, v);
            }
            series.add(new Chart.Series(c.series().get(s), values.subList(0, c.categories().size())));
        }
        boolean percent = "%".equals(c.unit());
        return new Chart(caption, Chart.Kind.BAR, c.categories(), series, percent ? 100 : niceMax(max), percent ? "%" : "");
    }

    static double niceMax(double max) {
        if (max <= 0) {
            return 4;
        }
        double p = Math.pow(10, Math.floor(Math.log10(max)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * p >= max) {
                return m * p;
            }
        }
        return 10 * p;
    }

    /**
     * A table of printed figures as a typed table: a column whose cells are all counts (or —) is an integer column,
     * all rates a percent column, all changes in points a points column, all dates a date column; — is a cell
     * without a value. The first column and text columns are wider, by the length of their longest cell.
     */
    static Table table(String caption, List<String> header, List<List<String>> rows) {
        int n = header.size();
        List<Column> columns = new ArrayList<>();
        CellType[] types = new CellType[n];
        for (int c = 0; c < n; c++) {
            types[c] = type(rows, c);
            double longest = Gbt9704.cells(header.get(c));
            for (List<String> r : rows) {
                longest = Math.max(longest, c < r.size() && r.get(c) != null ? Gbt9704.cells(r.get(c)) : 0);
            }
            // weights in cells: a text column as wide as its longest cell (4 to 14), a figure with a cell to spare
            double weight = types[c] == CellType.TEXT ? Math.max(4, Math.min(14, longest)) : Math.max(3, Math.min(6, longest + 1));
            columns.add(types[c] == CellType.TEXT ? Column.text(header.get(c), weight) : Column.of(header.get(c), weight, types[c]));
        }
        List<List<Cell>> cells = new ArrayList<>();
        for (List<String> r : rows) {
            List<Cell> row = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                row.add(cell(c < r.size() ? r.get(c) : "", types[c]));
            }
            cells.add(row);
        }
        return new Table(caption, true, columns, cells);
    }

    private static CellType type(List<List<String>> rows, int c) {
        CellType found = null;
        for (List<String> r : rows) {
            String v = c < r.size() ? r.get(c) : null;
            if (v == null || v.isEmpty() || "—".equals(v)) {
                continue;
            }
            CellType t = INTEGER.matcher(v).matches() ? CellType.INTEGER : PERCENT.matcher(v).matches() ? CellType.PERCENT
                    : POINTS.matcher(v).matches() ? CellType.POINTS : DATE.matcher(v).matches() ? CellType.DATE : CellType.TEXT;
            if (found != null && found != t) {
                return CellType.TEXT;
            }
            found = t;
        }
        return found == null ? CellType.TEXT : found;
    }

    private static Cell cell(String v, CellType type) {
        String text = v == null ? "" : v;
        if (type == CellType.TEXT || text.isEmpty()) {
            return Cell.text(text);
        }
        if ("—".equals(text)) {
            return Cell.number(text, null);
        }
        return switch (type) {
            case INTEGER -> Cell.integer(Long.parseLong(text));
            case PERCENT -> Cell.number(text, new BigDecimal(text.substring(0, text.length() - 1)));
            case POINTS, DECIMAL -> Cell.number(text, new BigDecimal(text));
            case DATE -> new Cell(text, LocalDate.parse(text));
            default -> Cell.text(text);
        };
    }

    /** The printed pages: preview, printer, PDF. */
    public static JasperPrint print(WhitePaper p, Options o) {
        return DocumentRenderer.print(build(p, o, false));
    }

    /**
     * Writes the white paper by the file's extension: PDF (archival PDF/A-2b when {@code pdfa}) or DOCX with the
     * agency tables bounded, XLSX with every table in full.
     */
    public static void write(WhitePaper p, Options o, Path out, boolean pdfa) {
        DocumentFormat format = DocumentFormat.fromFileName(out);
        OfficialDocument doc = build(p, format == DocumentFormat.XLSX ? o.unbounded() : o, pdfa && format == DocumentFormat.PDF);
        ReportService.shared().export(DocumentRenderer.print(doc), format, out, ProgressListener.NONE);
    }
}
