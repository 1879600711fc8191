package cn.fuyuan.desk.whitepaper;

import cn.fuyuan.desk.report.DocumentFormat;
import cn.fuyuan.desk.report.ReportService;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRPrintAnchorIndex;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.renderers.Renderable;

/**
 * The white paper as printed pages (JasperReports, GB/T 9704 grid): cover, contents with page numbers, the chapters
 * with their words, vector charts and tables whose header is printed again on every page. The contents' page numbers
 * come from a first fill (the page of each chapter heading's anchor); the second fill prints them.
 */
public final class WhitePaperReport {
    public static final String TEMPLATE = "cn/fuyuan/desk/whitepaper/whitepaper.jrxml";
    static final int MAX_COLUMNS = 8;

    /**
     * One block of the printed white paper; {@code kind} chooses its band (see the template). A table row carries its
     * table's id, its number of columns and the header cells (h1…), so that the header is printed again on a new page.
     */
    public record Line(String kind, String text, String anchor, String page, String table, Integer cols,
                       String c1, String c2, String c3, String c4, String c5, String c6, String c7, String c8,
                       String h1, String h2, String h3, String h4, String h5, String h6, String h7, String h8, Renderable chart) {
        static Line of(String kind, String text) {
            return new Line(kind, text, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null);
        }

        static Line anchored(String kind, String text, String anchor, String page) {
            return new Line(kind, text, anchor, page, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null);
        }

        static Line row(String table, String caption, List<String> header, List<String> cells) {
            String[] c = new String[MAX_COLUMNS];
            String[] h = new String[MAX_COLUMNS];
            for (int i = 0; i < MAX_COLUMNS; i++) {
                c[i] = i < cells.size() ? cells.get(i) : null;
                h[i] = i < header.size() ? header.get(i) : null;
            }
            return new Line("TR", caption, null, null, table, Math.max(2, Math.min(MAX_COLUMNS, header.size())), c[0], c[1], c[2], c[3],
                    c[4], c[5], c[6], c[7], h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7], null);
        }

        static Line chart(ChapterFigures.Chart chart) {
            return new Line("CHART", chart.title(), null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, new ChartDrawing.Renderer(chart));
        }
    }

    private WhitePaperReport() {
    }

    static String anchor(Chapter c) {
        return "chapter-" + c.position();
    }

    /** The caption of the n-th table of the paper (表1 …). */
    static String caption(int n, ChapterFigures.Table t) {
        return "表" + n + "　" + t.title();
    }

    /** The printed blocks; {@code pages} gives each chapter's page for the contents (empty on the first pass). */
    public static List<Line> lines(WhitePaper p, Map<String, Integer> pages) {
        List<Line> out = new ArrayList<>();
        out.add(Line.of("TOCH", "目　　录"));
        for (WhitePaper.Part part : p.parts()) {
            Integer page = pages.get(anchor(part.chapter()));
            out.add(Line.anchored("TOC", part.heading(), anchor(part.chapter()), page == null ? "" : page.toString()));
        }
        out.add(Line.of("BREAK", null));
        int tableNo = 0;
        int sub = 0;
        for (WhitePaper.Part part : p.parts()) {
            out.add(Line.anchored("H1", part.heading(), anchor(part.chapter()), null));
            for (Narrative.Block b : Narrative.blocks(part.narrative())) {
                out.add(b.subheading() ? Line.anchored("H2", b.text(), "sub-" + ++sub, null) : Line.of("P", b.text()));
            }
            for (ChapterFigures.Chart c : part.figures().charts()) {
                if (!c.categories().isEmpty()) {
                    out.add(Line.chart(c));
                }
            }
            for (ChapterFigures.Table t : part.figures().tables()) {
                if (t.rows().isEmpty()) {
                    continue;
                }
                tableNo++;
                String id = part.chapter().name() + "." + t.id();
                String caption = caption(tableNo, t);
                for (List<String> r : t.rows()) {
                    out.add(Line.row(id, caption, t.header(), r));
                }
            }
            for (ChapterFigures.TypicalCase c : part.figures().cases()) {
                out.add(Line.anchored("H2", c.title(), "sub-" + ++sub, null));
                out.add(Line.of("P", "【案号】" + c.caseNumber()));
                out.add(Line.of("P", "【基本案情】" + c.basicFacts()));
                out.add(Line.of("P", "【裁判结果】" + c.judgment()));
                out.add(Line.of("P", "【典型意义】" + c.significance()));
            }
        }
        return out;
    }

    static String dateText(WhitePaper p) {
        LocalDate d = p.isFinal() && p.finalizedOn() != null ? p.finalizedOn() : p.figuresOn();
        return d.getYear() + "年" + d.getMonthValue() + "月";
    }

    /** Fills the template twice: the first pass finds the page of each chapter, the second prints the contents with them. */
    public static JasperPrint fill(ReportService service, WhitePaper p, String courtName) {
        Map<String, Object> params = new HashMap<>();
        // the cover sets the court's name on a line of its own above 行政审判白皮书（2025年）
        int cut = p.title().indexOf("行政审判白皮书");
        params.put("TITLE", cut > 0 ? p.title().substring(0, cut) + "\n" + p.title().substring(cut) : p.title());
        params.put("COURT_NAME", courtName);
        params.put("DATE_TEXT", dateText(p));
        params.put("STATE_TEXT", p.isFinal() ? null : "（征求意见稿 · 数据截至 " + p.figuresOn() + "）");
        JasperPrint first = service.fill(TEMPLATE, params, lines(p, Map.of()));
        Map<String, Integer> pages = new HashMap<>();
        for (Map.Entry<String, JRPrintAnchorIndex> e : first.getAnchorIndexes().entrySet()) {
            pages.put(e.getKey(), e.getValue().getPageIndex() + 1);
        }
        JasperPrint print = service.fill(TEMPLATE, params, lines(p, pages));
        print.setProperty(ReportService.PROPERTY_TITLE, p.title());
        return print;
    }

    /** Writes the white paper: PDF (archival PDF/A-2b when {@code pdfa}), DOCX or XLSX by the file's extension. */
    public static void write(WhitePaper p, String courtName, Path out, boolean pdfa) {
        DocumentFormat format = DocumentFormat.fromFileName(out);
        switch (format) {
            case PDF -> {
                JasperPrint print = fill(ReportService.shared(), p, courtName);
                // PDF/A-2b through the one archival path of the report layer (veraPDF-tested there)
                ReportService.shared().export(ReportService.archival(print, pdfa), DocumentFormat.PDF, out, null);
            }
            case DOCX -> WhitePaperDocx.write(p, courtName, out);
            case XLSX -> WhitePaperXlsx.write(p, out);
        }
    }

}
