package cn.fuyuan.desk.report.document;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.report.document.PaperMetrics.Glyph;
import cn.fuyuan.desk.report.document.PaperMetrics.Line;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bulletin's DOCX in LibreOffice on a desk that has Chinese fonts but not the ones the document names (仿宋_GB2312
 * …): LibreOffice substitutes the faces, and the digits must still fit their cells. Measured from LibreOffice's PDF with
 * PDFBox, per table row, against our PDF.
 */
class BulletinFiguresInLibreOfficeTest {
    /** A whole figure of a table cell: a count, a rate, a change in points, or the dash of no figure. */
    static final Pattern FIGURE = Pattern.compile("\\d+|\\d+\\.\\d{2}%|[+-]?\\d+\\.\\d{2}|—");
    static final Pattern FIGURE_CHAR = Pattern.compile("[0-9.%+\\-]");

    @TempDir
    Path tmp;

    /** The runs of figure characters on table lines (10.5 pt) that stand next to each other, per page. */
    static Map<String, Integer> figureRuns(Path pdf, List<String> broken) throws IOException {
        Map<String, Integer> runs = new TreeMap<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (Line l : PaperMetrics.lines(doc)) {
                // (PDFBox reports 10.5 pt text as 10 pt in both PDFs)
                if (Math.abs(l.size() - Gbt9704.TABLE_PT) > 0.6) {
                    continue;
                }
                List<String> found = new ArrayList<>();
                StringBuilder run = new StringBuilder();
                double end = Double.NaN;
                for (Glyph g : l.glyphs()) {
                    boolean figure = FIGURE_CHAR.matcher(g.text()).matches();
                    if (!figure || (run.length() > 0 && g.x() - end > 0.3 * l.size())) {
                        if (run.length() > 0) {
                            found.add(run.toString());
                        }
                        run.setLength(0);
                    }
                    if (figure) {
                        run.append(g.text());
                        end = g.x() + g.w();
                    }
                }
                if (run.length() > 0) {
                    found.add(run.toString());
                }
                for (String f : found) {
                    if (!FIGURE.matcher(f).matches()) {
                        broken.add("p" + l.page() + " '" + f + "' in '" + l.text() + "'");
                    }
                    runs.merge(f, 1, Integer::sum);
                }
            }
        }
        return runs;
    }

    @Test
    void noFigureCellOfTheBulletinIsSplitInLibreOfficeWithSubstitutedFaces() throws Exception {
        Path data = tmp.resolve("data");
        PaperMetrics.cli(data, "demo");
        Path pdf = tmp.resolve("通报.pdf");
        Path docx = tmp.resolve("通报.docx");
        for (Path out : List.of(pdf, docx)) {
            PaperMetrics.cli(data, "report", "bulletin", "--period", "2025Q3", "--out", out.toString());
        }
        Path lo = tmp.resolve("lo");
        Files.createDirectories(lo);
        PaperMetrics.libreOffice(List.of(docx), lo, tmp, false);
        Path loPdf = lo.resolve("通报.pdf");

        List<String> broken = new ArrayList<>();
        Map<String, Integer> theirs = figureRuns(loPdf, broken);
        assertThat(broken).as("figure cells split across lines in LibreOffice").isEmpty();
        List<String> ours = new ArrayList<>();
        Map<String, Integer> mine = figureRuns(pdf, ours);
        assertThat(ours).as("figure cells split in our PDF").isEmpty();
        // every rate and change of our tables stands whole in LibreOffice's (the chart's labels are ours only: its
        // picture in the DOCX carries no text)
        mine.keySet().removeIf(f -> !f.contains("%") && !f.startsWith("+") && !f.startsWith("-"));
        assertThat(mine.values().stream().mapToInt(Integer::intValue).sum()).as("rates and changes in our tables")
                .isGreaterThan(50);
        theirs.keySet().retainAll(mine.keySet());
        assertThat(theirs).as("rates and changes in LibreOffice's tables").isEqualTo(mine);
        try (PDDocument a = Loader.loadPDF(pdf.toFile()); PDDocument b = Loader.loadPDF(loPdf.toFile())) {
            assertThat(b.getNumberOfPages()).as("pages in LibreOffice").isEqualTo(a.getNumberOfPages());
        }
    }
}
