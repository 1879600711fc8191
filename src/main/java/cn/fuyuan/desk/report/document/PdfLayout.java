package cn.fuyuan.desk.report.document;

import cn.fuyuan.desk.report.document.Flow.Item;
import cn.fuyuan.desk.report.document.Flow.Role;
import cn.fuyuan.desk.report.document.LineBreaker.Glyph;
import cn.fuyuan.desk.report.document.LineBreaker.Line;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.base.JRBasePrintImage;
import net.sf.jasperreports.engine.base.JRBasePrintLine;
import net.sf.jasperreports.engine.base.JRBasePrintPage;
import net.sf.jasperreports.engine.base.JRBasePrintText;
import net.sf.jasperreports.engine.type.HorizontalImageAlignEnum;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;
import net.sf.jasperreports.engine.type.LineSpacingEnum;
import net.sf.jasperreports.engine.type.ModeEnum;
import net.sf.jasperreports.engine.type.OrientationEnum;
import net.sf.jasperreports.engine.type.ScaleImageEnum;
import net.sf.jasperreports.engine.type.VerticalImageAlignEnum;
import net.sf.jasperreports.engine.type.VerticalTextAlignEnum;

/**
 * Lays documents out on the GB/T 9704 grid and builds the JasperPrint directly: every body character is placed on
 * its cell (pitch {@link Gbt9704#CHAR_PITCH_PT}), every line on the line grid ({@link Gbt9704#LINE_PITCH_PT}); the
 * characters' em boxes of line n start n line pitches below the top of the 版心. Tables and charts take their own
 * heights and the text after them goes back onto the grid.
 */
final class PdfLayout {
    static final double L = Gbt9704.LINE_PITCH_PT;
    static final double P = Gbt9704.CHAR_PITCH_PT;
    /** The text block of the document being laid out: portrait GB/T 9704, or the same block turned for a wide table. */
    private double X0 = Gbt9704.leftPt();
    private double Y0 = Gbt9704.topPt();
    private double W = Gbt9704.textWidthPt();
    private int lines = Gbt9704.LINES;
    private int chars = Gbt9704.CHARS;
    private double H = lines * L;
    private double textHeight = Gbt9704.textHeightPt();
    /** A table line's pitch. */
    static final float CELL_LINE = 14f;
    /**
     * The fixed spacing JasperReports is asked for in a cell: it sets fixed-spaced lines 0.12 em further apart than
     * asked (measured from the PDF: 15.26 pt for 14 at 10.5 pt, 17.26 for 16), and drops the lines that then overrun
     * the cell — the fifth line of a long agency name went missing.
     */
    static final float CELL_SPACING = CELL_LINE - 0.12f * Gbt9704.TABLE_PT;
    static final int CELL_PAD = 3;
    static final int CHART_LINES = 8;

    private final JasperPrint jp;
    private JRBasePrintPage page;
    private int pageNo;
    private double y;
    private boolean pageNumbers;
    /** For each 版记 laid out, in order: where it stands on its page. */
    private final List<ImprintPlace> imprintPlaces = new java.util.ArrayList<>();
    /** For each document laid out, the page number of each of its headings, in order (see {@link #headingPages}). */
    private final List<List<Integer>> headingPages = new ArrayList<>();
    /** Pages of a cover and contents (front matter): no page number; the text after them is numbered from 1. */
    private boolean frontMatter;
    /** The contents' page-number elements waiting for the pages of their headings. */
    private final List<java.util.Map.Entry<JRBasePrintText, Integer>> contentsNumbers = new ArrayList<>();

    private PdfLayout(JasperPrint jp) {
        this.jp = jp;
    }

    static JasperPrint print(List<OfficialDocument> docs, String name) {
        return layout(docs, name).jp;
    }

    /**
     * Where a 版记 stands: whether it took a page of its own ({@code alone}), and how many grid lines stay empty
     * between the text before it on its page (or the page's top) and its first row — the space a word processor
     * leaves before it, so that its rows stand on the last lines of the page as in our PDF.
     */
    record ImprintPlace(boolean alone, int emptyLines) {
    }

    /**
     * For each 版记 of {@code docs}, in order, where this layout puts it: the DOCX writer breaks the page where the
     * text left no room at its foot and leaves the same empty lines before it, so that a word processor's pages are
     * ours.
     */
    static List<ImprintPlace> imprintPlaces(List<OfficialDocument> docs) {
        return layout(docs, "").imprintPlaces;
    }

    /**
     * For each document of {@code docs}, the page number (as printed, the front matter not counted) of each of its
     * headings in order: the DOCX writer's table of contents shows these.
     */
    static List<List<Integer>> headingPages(List<OfficialDocument> docs) {
        return layout(docs, "").headingPages;
    }

    private static PdfLayout layout(List<OfficialDocument> docs, String name) {
        JasperPrint jp = new JasperPrint();
        jp.setName(name);
        boolean landscape = !docs.isEmpty() && docs.get(0).landscape();
        jp.setPageWidth((int) Math.round(landscape ? Gbt9704.pageHeightPt() : Gbt9704.pageWidthPt()));
        jp.setPageHeight((int) Math.round(landscape ? Gbt9704.pageWidthPt() : Gbt9704.pageHeightPt()));
        jp.setOrientation(landscape ? OrientationEnum.LANDSCAPE : OrientationEnum.PORTRAIT);
        jp.setLocaleCode("zh_CN");
        PdfLayout layout = new PdfLayout(jp);
        layout.geometry(landscape);
        jp.setTopMargin((int) Math.round(layout.Y0));
        jp.setLeftMargin((int) Math.round(layout.X0));
        jp.setRightMargin((int) Math.round(landscape ? Gbt9704.pageHeightPt() - layout.X0 - layout.W : Gbt9704.pt(Gbt9704.RIGHT_MM)));
        jp.setBottomMargin((int) Math.round(landscape ? Gbt9704.pageWidthPt() - layout.Y0 - layout.textHeight
                : Gbt9704.pt(Gbt9704.BOTTOM_MM)));
        for (OfficialDocument d : docs) {
            layout.document(d);
        }
        if (jp.getPages().isEmpty()) {
            layout.pageNo = 0;
            layout.newPage();
            layout.finishPage();
        }
        return layout;
    }

    /** Takes the text block of {@code landscape} (GB/T 9704 §10.2: a table printed across an A4 page turned). */
    private void geometry(boolean landscape) {
        X0 = landscape ? Gbt9704.pt(Gbt9704.LANDSCAPE_LEFT_MM) : Gbt9704.leftPt();
        Y0 = landscape ? Gbt9704.pt(Gbt9704.LANDSCAPE_TOP_MM) : Gbt9704.topPt();
        W = landscape ? Gbt9704.textHeightPt() : Gbt9704.textWidthPt();
        textHeight = landscape ? Gbt9704.textWidthPt() : Gbt9704.textHeightPt();
        lines = (int) Math.floor(textHeight / L);
        chars = (int) Math.floor(W / P + 1e-6);
        H = lines * L;
    }

    private void document(OfficialDocument d) {
        finishPage();
        geometry(d.landscape());
        pageNumbers = d.pageNumbers();
        pageNo = 0;
        frontMatter = false;
        headingPages.add(new ArrayList<>());
        contentsNumbers.clear();
        newPage();
        List<Item> items = Flow.of(d);
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (it instanceof Flow.Text t) {
                if (t.blank() && atTop() && pageNo > 1) {
                    continue; // no empty line at the top of a page
                }
                int need = need(items, i);
                if (need > remaining() && !atTop()) {
                    newPage();
                    if (t.blank()) {
                        continue;
                    }
                }
                text(t, carriedLines(items, i));
            } else if (it instanceof Flow.TableItem ti) {
                table(ti.table(), items, i);
            } else if (it instanceof Flow.ChartItem ci) {
                chart(ci.chart());
            } else if (it instanceof Flow.Break) {
                if (!atTop()) {
                    newPage();
                }
            } else if (it instanceof Flow.RedHead r) {
                redHead(r);
            } else if (it instanceof Flow.ImprintItem im) {
                imprint(im.imprint());
            } else if (it instanceof Flow.CoverItem c) {
                cover(c.cover());
                endOfFront(items, i);
            } else if (it instanceof Flow.ContentsItem c) {
                contents(c);
                endOfFront(items, i);
            }
        }
        finishPage();
        List<Integer> pages = headingPages.get(headingPages.size() - 1);
        for (var e : contentsNumbers) {
            e.getKey().setText(e.getValue() < pages.size() ? Integer.toString(pages.get(e.getValue())) : "");
        }
        contentsNumbers.clear();
    }

    // ---- pages and the grid

    private boolean finished = true;

    private void newPage() {
        finishPage();
        page = new JRBasePrintPage();
        jp.addPage(page);
        pageNo++;
        y = 0;
        finished = false;
    }

    /** The page number goes in last, so that a reader extracting the text in order finds it after the page's text. */
    private void finishPage() {
        if (!finished && pageNumbers && !frontMatter) {
            pageNumber(pageNo);
        }
        finished = true;
    }

    private boolean atTop() {
        return y < 1e-6;
    }

    /** Whole grid lines left on the page. */
    private int remaining() {
        return lines - gridIndex();
    }

    private int gridIndex() {
        return (int) Math.ceil(y / L - 1e-6);
    }

    private void snap() {
        y = gridIndex() * L;
    }

    private double gridTop(int line) {
        return Y0 + line * L;
    }

    /** Lines item i needs on this page: itself, and what it keeps with. */
    private int need(List<Item> items, int i) {
        Flow.Text t = (Flow.Text) items.get(i);
        if (!t.keepWithNext() && t.group() == 0) {
            return 1; // a paragraph runs on to the next page
        }
        int n = lineCount(t);
        if (t.group() != 0) {
            for (int k = i + 1; k < items.size() && items.get(k) instanceof Flow.Text u && u.group() == t.group(); k++) {
                n += lineCount(u);
            }
            return n;
        }
        if (t.keepWithNext() && i + 1 < items.size()) {
            Item next = items.get(i + 1);
            if (next instanceof Flow.Text u) {
                n += u.keepWithNext() && i + 2 < items.size() && u.blank() ? 1 : Math.min(lineCount(u), 2);
            } else if (next instanceof Flow.TableItem ti) {
                n += (int) Math.ceil(tableStart(ti.table()) / L);
            } else if (next instanceof Flow.ChartItem) {
                n += 1 + CHART_LINES;
            }
        }
        return n;
    }

    /**
     * GB/T 9704 §7.3.5: the 署名 and 成文日期 never stand alone on a page. When body text i fits on this page but
     * leaves no room for the signature group after it, its last lines (two, or all of a shorter paragraph) go onto
     * the next page with the signature: the line of text i from which the next page starts, or -1.
     */
    private int carriedLines(List<Item> items, int i) {
        Flow.Text t = (Flow.Text) items.get(i);
        if (t.group() != 0 || t.blank() || t.role() == Role.TITLE || t.role() == Role.NUMBER || i + 1 >= items.size()
                || !(items.get(i + 1) instanceof Flow.Text next) || next.group() == 0) {
            return -1;
        }
        int lines = lineCount(t);
        int left = remaining();
        if (lines > left || left - lines >= need(items, i + 1)) {
            return -1;
        }
        return Math.max(0, lines - 2);
    }

    private int lineCount(Flow.Text t) {
        if (t.role() == Role.TITLE || t.role() == Role.NUMBER || t.blank()) {
            return 1;
        }
        return LineBreaker.lines(t.paragraph(), t.face(), chars).size();
    }

    // ---- text on the grid

    private void text(Flow.Text t, int breakAtLine) {
        snap();
        if (t.blank()) {
            y += L;
            return;
        }
        if (t.role() == Role.TITLE || t.role() == Role.NUMBER) {
            if (remaining() < 1) {
                newPage();
            }
            JRBasePrintText e = textElement(t.paragraph().text(), t.face(), t.size(), X0, gridTop(gridIndex()), W, L);
            e.setHorizontalTextAlign(HorizontalTextAlignEnum.CENTER);
            add(e);
            y += L;
            return;
        }
        int n = 0;
        int level = t.role().ordinal() - Role.HEADING1.ordinal() + 1;
        boolean heading = level >= 1 && level <= 4;
        for (Line line : LineBreaker.lines(t.paragraph(), t.face(), chars)) {
            if (remaining() < 1 || (n++ == breakAtLine && !atTop())) {
                newPage();
            }
            int first = page.getElements().size();
            line(line, t.paragraph().align(), t.size(), gridTop(gridIndex()));
            if (heading && n == 1) {
                headingPages.get(headingPages.size() - 1).add(pageNo);
                if (first < page.getElements().size() && page.getElements().get(first) instanceof JRBasePrintText e) {
                    // a PDF bookmark per heading: the reader's outline shows the chapters
                    e.setAnchorName(t.paragraph().text());
                    e.setBookmarkLevel(level);
                }
            }
            y += L;
        }
    }

    private void line(Line line, Align align, float size, double top) {
        List<Glyph> g = line.glyphs();
        if (g.isEmpty()) {
            return;
        }
        double start = line.start();
        double extra = 0;
        switch (align) {
            case RIGHT -> start = line.start() + line.capacity() - line.used();
            case CENTER -> start = line.start() + (line.capacity() - line.used()) / 2;
            case JUSTIFY -> {
                if (!line.last() && g.size() > 1) {
                    extra = (line.capacity() - line.used()) / (g.size() - 1);
                }
            }
            default -> {
            }
        }
        // a run of half-width characters is one element (its natural advance is half a 16 pt em: 8 pt)
        int k = 0;
        while (k < g.size()) {
            Glyph first = g.get(k);
            StringBuilder s = new StringBuilder(first.text());
            int m = k + 1;
            if (first.cells() < 1) {
                while (m < g.size() && g.get(m).cells() < 1 && g.get(m).face() == first.face() && extra == 0) {
                    s.append(g.get(m).text());
                    m++;
                }
            }
            double x = X0 + (start + first.cell() + extra * k) * P;
            double w = Gbt9704.cells(s.toString()) * size + 2;
            add(textElement(s.toString(), first.face(), size, x, top, w, L));
            k = m;
        }
    }

    /**
     * The face's ascent in ems, as JasperReports places the first baseline (the top of the text plus it): the bundled
     * file's own figure, so that laying a document out opens no font (黑体 is Droid Sans Fallback, as for CJK text).
     */
    static float ascent(Face face) {
        return Fonts.file(face).ascent();
    }

    /**
     * A text element whose first baseline stands where the body face's would: faces with a larger ascent (黑体's
     * Droid Sans Fallback) are raised, so that a heading sits on the same grid line as the text around it.
     */
    private JRBasePrintText textElement(String s, Face face, float size, double x, double top, double w, double h) {
        JRBasePrintText e = new JRBasePrintText(jp.getDefaultStyleProvider());
        e.setX((int) Math.round(x));
        // rounded apart, so that every line's faces stand the same whole points apart (PDF readers group a line by
        // its baseline)
        e.setY((int) Math.round(top) - (int) Math.round((ascent(face) - ascent(Face.FANGSONG)) * size));
        e.setWidth((int) Math.ceil(w));
        e.setHeight((int) Math.ceil(h));
        e.setText(s);
        e.setFontName(face.pdfFamily());
        e.setFontSize(size);
        e.setMode(ModeEnum.TRANSPARENT);
        e.setForecolor(Color.BLACK);
        e.setHorizontalTextAlign(HorizontalTextAlignEnum.LEFT);
        e.setVerticalTextAlign(VerticalTextAlignEnum.TOP);
        e.setTextHeight((float) Math.ceil(h));
        e.setLineSpacingFactor(1f);
        e.setLeadingOffset(0f);
        e.getParagraph().setLineSpacing(LineSpacingEnum.SINGLE);
        return e;
    }

    private void add(JRPrintElement e) {
        page.addElement(e);
    }

    private void pageNumber(int n) {
        float size = Gbt9704.SMALL_PT;
        double top = Y0 + textHeight + Gbt9704.pt(Gbt9704.PAGE_NUMBER_GAP_MM);
        boolean odd = n % 2 == 1;
        // §7.5: odd pages right, even pages left, one character in
        double x = odd ? X0 : X0 + size;
        JRBasePrintText e = textElement(Gbt9704.pageNumber(n), Face.SONG, size, x, top, W - size, 20);
        e.setHorizontalTextAlign(odd ? HorizontalTextAlignEnum.RIGHT : HorizontalTextAlignEnum.LEFT);
        add(e);
    }

    // ---- front matter: cover and contents

    /** After a cover or contents: a new page; when the front matter ends there, the text after it counts from 1. */
    private void endOfFront(List<Item> items, int i) {
        boolean more = i + 1 < items.size() && items.get(i + 1) instanceof Flow.ContentsItem;
        finishPage();
        if (!more) {
            frontMatter = false;
            pageNo = 0;
        }
        newPage();
    }

    private void cover(Cover c) {
        if (!atTop()) {
            newPage();
        }
        frontMatter = true;
        int line = Cover.TITLE_LINE;
        for (String t : Flow.titleLines(c.title())) {
            JRBasePrintText e = textElement(t, Face.TITLE, Gbt9704.TITLE_PT, X0, gridTop(line++), W, L);
            e.setHorizontalTextAlign(HorizontalTextAlignEnum.CENTER);
            add(e);
        }
        line = Math.max(line + 2, Cover.LINES_LINE);
        for (String t : c.lines()) {
            JRBasePrintText e = textElement(t, Face.KAI, Gbt9704.BODY_PT, X0, gridTop(line++), W, L);
            e.setHorizontalTextAlign(HorizontalTextAlignEnum.CENTER);
            add(e);
        }
        y = H;
    }

    private void contents(Flow.ContentsItem c) {
        if (!atTop()) {
            newPage();
        }
        frontMatter = true;
        JRBasePrintText head = textElement(c.contents().heading(), Face.HEI, Gbt9704.TITLE_PT, X0, gridTop(gridIndex()), W, L);
        head.setHorizontalTextAlign(HorizontalTextAlignEnum.CENTER);
        add(head);
        y += 2 * L;
        for (Flow.Entry en : c.entries()) {
            double indent = Contents.indent(en.level());
            Paragraph p = new Paragraph(List.of(Run.of(en.text())), Align.LEFT, indent, indent + 1, Contents.NUMBER_CELLS, false);
            Face face = en.level() == 1 ? Face.HEI : Face.FANGSONG;
            List<Line> lines = LineBreaker.lines(p, face, Gbt9704.CHARS);
            if (remaining() < Math.min(lines.size(), 2)) {
                newPage();
            }
            for (int k = 0; k < lines.size(); k++) {
                if (remaining() < 1) {
                    newPage();
                }
                Line line = lines.get(k);
                double top = gridTop(gridIndex());
                line(line, Align.LEFT, Gbt9704.BODY_PT, top);
                if (k + 1 == lines.size()) {
                    double from = X0 + (line.start() + line.used()) * P + 4;
                    double to = X0 + W - 2 * P;
                    if (to > from) {
                        JRBasePrintLine dots = new JRBasePrintLine(jp.getDefaultStyleProvider());
                        dots.setX((int) Math.round(from));
                        dots.setY((int) Math.round(top + Gbt9704.BODY_PT * 0.85));
                        dots.setWidth((int) Math.round(to - from));
                        dots.setHeight(1);
                        dots.setForecolor(Color.BLACK);
                        dots.getLinePen().setLineWidth(0.8f);
                        dots.getLinePen().setLineStyle(net.sf.jasperreports.engine.type.LineStyleEnum.DOTTED);
                        add(dots);
                    }
                    JRBasePrintText number = textElement("", Face.FANGSONG, Gbt9704.BODY_PT, X0 + W - 2 * P, top, 2 * P, L);
                    number.setHorizontalTextAlign(HorizontalTextAlignEnum.RIGHT);
                    add(number);
                    contentsNumbers.add(java.util.Map.entry(number, en.heading()));
                }
                y += L;
            }
        }
    }

    // ---- red heading (纪要)

    private void redHead(Flow.RedHead r) {
        Color red = new Color(Gbt9704.RED_RGB);
        // §10.3: the mark's top 35 mm below the top of the 版心; the number on the grid line after it, the red rule
        // under the number, the body from the line after the rule
        double markTop = Y0 + Gbt9704.pt(35);
        JRBasePrintText mark = textElement(r.mark(), Face.TITLE, Gbt9704.MARK_PT, X0, markTop, W, Gbt9704.MARK_PT * 1.4);
        mark.setForecolor(red);
        mark.setHorizontalTextAlign(HorizontalTextAlignEnum.CENTER);
        add(mark);
        y = markTop - Y0 + Gbt9704.MARK_PT * 1.4;
        snap();
        if (r.number() != null && !r.number().isBlank()) {
            JRBasePrintText num = textElement(r.number(), Face.FANGSONG, Gbt9704.BODY_PT, X0, gridTop(gridIndex()), W, L);
            num.setHorizontalTextAlign(HorizontalTextAlignEnum.CENTER);
            add(num);
            y += L;
        }
        JRBasePrintLine rule = new JRBasePrintLine(jp.getDefaultStyleProvider());
        rule.setX((int) Math.round(X0));
        rule.setY((int) Math.round(Y0 + y + 4));
        rule.setWidth((int) Math.round(W));
        rule.setHeight(1);
        rule.setForecolor(red);
        rule.getLinePen().setLineWidth(1.5f);
        rule.getLinePen().setLineColor(red);
        add(rule);
        y += L;
    }

    // ---- tables

    private record CellText(String text, int lines) {
    }

    private double[] columnEdges(Table t) {
        double[] widths = columnWidths(t, W);
        double[] xs = new double[widths.length + 1];
        xs[0] = X0;
        for (int i = 0; i < widths.length; i++) {
            xs[i + 1] = xs[i] + widths[i];
        }
        return xs;
    }

    /**
     * The widths of a table's columns across {@code width}: by their weights, except that a column of dates or
     * figures is never narrower than its widest cell (a date or a number does not wrap); the text columns share
     * what is left by their weights. When the figures alone need more than the width, by weights only.
     */
    static double[] columnWidths(Table t, double width) {
        int n = t.columns().size();
        double[] min = new double[n];
        for (int c = 0; c < n; c++) {
            if (t.columns().get(c).type() != CellType.TEXT) {
                double widest = 0;
                for (List<Cell> r : t.rows()) {
                    // the wider of our half cells and the DOCX's Times New Roman digits ("100.00%": 3.5 against 3.58)
                    String text = r.get(c).text();
                    widest = Math.max(widest, Math.max(Gbt9704.cells(text), Gbt9704.latinEms(text)));
                }
                min[c] = widest == 0 ? 0 : widest * Gbt9704.TABLE_PT + 2 * CELL_PAD + 2;
            }
        }
        double[] w = new double[n];
        boolean[] fixed = new boolean[n];
        boolean changed = true;
        while (changed) {
            changed = false;
            double free = width;
            double weights = 0;
            for (int c = 0; c < n; c++) {
                if (fixed[c]) {
                    free -= w[c];
                } else {
                    weights += t.columns().get(c).weight();
                }
            }
            if (free <= 0 || weights <= 0) {
                break;
            }
            for (int c = 0; c < n; c++) {
                if (!fixed[c]) {
                    w[c] = free * t.columns().get(c).weight() / weights;
                    if (w[c] < min[c]) {
                        w[c] = min[c];
                        fixed[c] = true;
                        changed = true;
                    }
                }
            }
        }
        double sum = 0;
        for (double x : w) {
            sum += x;
        }
        if (Math.abs(sum - width) > 0.5) {
            double total = t.totalWeight();
            for (int c = 0; c < n; c++) {
                w[c] = width * t.columns().get(c).weight() / total;
            }
        }
        return w;
    }

    /** Breaks a cell's text to the column width: lines joined with '\n' (JasperReports then breaks nothing). */
    private static CellText wrap(String text, double width, Face face) {
        double cells = Math.floor((width - 2 * CELL_PAD - 1) / Gbt9704.TABLE_PT * 2) / 2;
        List<String> lines = new ArrayList<>();
        for (String part : text.split("\n", -1)) {
            for (Line l : LineBreaker.lines(new Paragraph(List.of(Run.of(part)), Align.LEFT, 0, 0, 0, false), face, Math.max(1, cells))) {
                StringBuilder s = new StringBuilder();
                l.glyphs().forEach(g -> s.append(g.text()));
                lines.add(s.toString());
            }
        }
        return new CellText(String.join("\n", lines), Math.max(1, lines.size()));
    }

    /**
     * The heights of a table's rows as laid out here, the header row first: the DOCX writer gives its rows the same
     * heights (at least), so that a word processor breaks a long table onto the same pages.
     */
    static double[] rowHeights(Table t) {
        return rowHeights(t, false);
    }

    /** The same across the turned page's width when {@code landscape}. */
    static double[] rowHeights(Table t, boolean landscape) {
        PdfLayout l = new PdfLayout(null);
        l.geometry(landscape);
        double[] xs = l.columnEdges(t);
        double[] h = new double[t.rows().size() + 1];
        h[0] = rowHeight(l.headerCells(t, xs));
        for (int r = 0; r < t.rows().size(); r++) {
            h[r + 1] = rowHeight(l.rowCells(t, t.rows().get(r), xs));
        }
        return h;
    }

    private static double rowHeight(List<CellText> cells) {
        int lines = cells.stream().mapToInt(CellText::lines).max().orElse(1);
        return lines * CELL_LINE + 2 * CELL_PAD + 4;
    }

    private List<CellText> headerCells(Table t, double[] xs) {
        List<CellText> out = new ArrayList<>();
        for (int c = 0; c < t.columns().size(); c++) {
            out.add(wrap(t.columns().get(c).header(), xs[c + 1] - xs[c], Face.HEI));
        }
        return out;
    }

    private List<CellText> rowCells(Table t, List<Cell> row, double[] xs) {
        List<CellText> out = new ArrayList<>();
        for (int c = 0; c < row.size(); c++) {
            out.add(wrap(row.get(c).text(), xs[c + 1] - xs[c], Face.FANGSONG));
        }
        return out;
    }

    /**
     * The height a table needs before it may start on a page: caption, header and its first three rows (a table
     * does not leave a lone row at a page's foot).
     */
    private double tableStart(Table t) {
        double[] xs = columnEdges(t);
        double h = (t.caption() ? L : 0) + rowHeight(headerCells(t, xs));
        for (int i = 0; i < Math.min(3, t.rows().size()); i++) {
            h += rowHeight(rowCells(t, t.rows().get(i), xs));
        }
        return h;
    }

    private void table(Table t, List<Item> items, int index) {
        snap();
        double[] xs = columnEdges(t);
        if (y + tableStart(t) > H && !atTop()) {
            newPage();
        }
        if (t.caption()) {
            JRBasePrintText cap = textElement(t.name(), Face.HEI, Gbt9704.BODY_PT, X0, gridTop(gridIndex()), W, L);
            cap.setHorizontalTextAlign(HorizontalTextAlignEnum.CENTER);
            add(cap);
            y += L;
        }
        List<CellText> header = headerCells(t, xs);
        double hh = rowHeight(header);
        row(t, header, xs, hh, true);
        for (List<Cell> r : t.rows()) {
            List<CellText> cells = rowCells(t, r, xs);
            double rh = rowHeight(cells);
            if (y + rh > H) {
                newPage();
                row(t, header, xs, hh, true); // the header row again on every page the table runs onto
            }
            row(t, cells, xs, rh, false);
        }
        y += 2;
        snap();
    }

    private void row(Table t, List<CellText> cells, double[] xs, double h, boolean header) {
        double top = Y0 + y;
        for (int c = 0; c < cells.size(); c++) {
            int x1 = (int) Math.round(xs[c]);
            int x2 = (int) Math.round(xs[c + 1]);
            Column col = t.columns().get(c);
            CellText ct = cells.get(c);
            JRBasePrintText e = textElement(ct.text(), header ? Face.HEI : Face.FANGSONG, Gbt9704.TABLE_PT, x1, top, x2 - x1, h);
            e.setX(x1);
            e.setWidth(x2 - x1);
            e.setY((int) Math.round(top));
            e.setHeight((int) Math.round(top + h) - (int) Math.round(top));
            e.setHorizontalTextAlign(header ? HorizontalTextAlignEnum.CENTER : switch (col.align()) {
                case CENTER -> HorizontalTextAlignEnum.CENTER;
                case RIGHT -> HorizontalTextAlignEnum.RIGHT;
                default -> HorizontalTextAlignEnum.LEFT;
            });
            e.setVerticalTextAlign(VerticalTextAlignEnum.MIDDLE);
            e.getParagraph().setLineSpacing(LineSpacingEnum.FIXED);
            e.getParagraph().setLineSpacingSize(CELL_SPACING);
            e.setTextHeight(ct.lines() * CELL_LINE);
            e.getLineBox().setPadding(CELL_PAD);
            e.getLineBox().getPen().setLineWidth(0.5f);
            e.getLineBox().getPen().setLineColor(Color.BLACK);
            add(e);
        }
        y += h;
    }

    // ---- charts

    private void chart(Chart c) {
        snap();
        if (remaining() < 1 + CHART_LINES && !atTop()) {
            newPage();
        }
        if (c.caption() != null && !c.caption().isBlank()) {
            JRBasePrintText cap = textElement(c.caption(), Face.HEI, Gbt9704.BODY_PT, X0, gridTop(gridIndex()), W, L);
            cap.setHorizontalTextAlign(HorizontalTextAlignEnum.CENTER);
            add(cap);
            y += L;
        }
        double top = Y0 + y;
        double h = CHART_LINES * L;
        ChartPainter painter = new ChartPainter(c, W, h);
        JRBasePrintImage img = new JRBasePrintImage(jp.getDefaultStyleProvider());
        img.setX((int) Math.round(X0));
        img.setY((int) Math.round(top));
        img.setWidth((int) Math.round(W));
        img.setHeight((int) Math.round(h));
        img.setMode(ModeEnum.TRANSPARENT);
        img.setScaleImage(ScaleImageEnum.FILL_FRAME);
        img.setHorizontalImageAlign(HorizontalImageAlignEnum.LEFT);
        img.setVerticalImageAlign(VerticalImageAlignEnum.TOP);
        img.setRenderer(new ChartRenderer(painter));
        add(img);
        for (ChartPainter.Label l : painter.labels()) {
            double lw = Gbt9704.cells(l.text()) * l.size() + 4;
            double lx = X0 + (l.right() ? l.x() - lw : l.x() - lw / 2);
            JRBasePrintText e = textElement(l.text(), Face.SONG, l.size(), lx, top + l.y(), lw, l.size() * 1.4);
            e.setHorizontalTextAlign(l.right() ? HorizontalTextAlignEnum.RIGHT : HorizontalTextAlignEnum.CENTER);
            add(e);
        }
        y += h;
        snap();
    }

    // ---- 版记

    private void imprint(Imprint im) {
        snap();
        String cc = im.copiesLine();
        int rows = cc == null ? 1 : 2;
        // at the foot of the last page: its rows on the last grid lines, at least one empty line above them
        boolean alone = gridIndex() > lines - rows - 1;
        if (alone) {
            newPage();
        }
        float size = Gbt9704.SMALL_PT;
        int firstRow = lines - rows;
        imprintPlaces.add(new ImprintPlace(alone, firstRow - gridIndex()));
        rule(gridTop(firstRow), 1f);
        int r = firstRow;
        if (cc != null) {
            JRBasePrintText e = textElement(cc, Face.FANGSONG, size, X0 + size, gridTop(r) + (L - size * 1.2) / 2, W - 2 * size, L);
            add(e);
            r++;
            rule(gridTop(r), 0.7f);
        }
        String by = im.printedBy() == null ? "" : im.printedBy();
        add(textElement(by, Face.FANGSONG, size, X0 + size, gridTop(r) + (L - size * 1.2) / 2, W - 2 * size, L));
        JRBasePrintText date = textElement(im.printedLine(), Face.FANGSONG, size, X0, gridTop(r) + (L - size * 1.2) / 2, W - size, L);
        date.setHorizontalTextAlign(HorizontalTextAlignEnum.RIGHT);
        add(date);
        rule(gridTop(lines), 1f);
        y = H;
    }

    private void rule(double top, float width) {
        JRBasePrintLine line = new JRBasePrintLine(jp.getDefaultStyleProvider());
        line.setX((int) Math.round(X0));
        line.setY((int) Math.round(top));
        line.setWidth((int) Math.round(W));
        line.setHeight(1);
        line.setForecolor(Color.BLACK);
        line.getLinePen().setLineWidth(width);
        add(line);
    }
}
