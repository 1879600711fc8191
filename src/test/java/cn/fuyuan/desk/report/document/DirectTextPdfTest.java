package cn.fuyuan.desk.report.document;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.report.ReportService;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF exporter's direct text path ({@code report.DirectTextPdfExporter}) gives every official document exactly
 * what JasperReports' own text rendering gives it: written both ways from the demo data, each page has the same
 * characters in the same order, in the same embedded face and size, at the same place (within 0.01 pt), and the same
 * bookmarks.
 */
class DirectTextPdfTest {

    @TempDir
    static Path tmp;
    static Path data;

    @BeforeAll
    static void demo() {
        data = tmp.resolve("data");
        PaperMetrics.cli(data, "demo");
    }

    record Glyph(int page, String text, String font, float size, float x, float y, float width) {
        boolean same(Glyph o) {
            return page == o.page && text.equals(o.text) && font.equals(o.font) && Math.abs(size - o.size) < 0.001f
                    && Math.abs(x - o.x) < 0.01f && Math.abs(y - o.y) < 0.01f && Math.abs(width - o.width) < 0.01f;
        }
    }

    static List<Glyph> glyphs(Path pdf) throws IOException {
        List<Glyph> all = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    String font = t.getFont().getName();
                    all.add(new Glyph(getCurrentPageNo(), t.getUnicode(), font.substring(font.indexOf('+') + 1),
                            t.getFontSizeInPt(), t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj()));
                }
            };
            s.getText(doc);
        }
        return all;
    }

    static List<String> outline(Path pdf) throws IOException {
        List<String> titles = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDOutlineNode root = doc.getDocumentCatalog().getDocumentOutline();
            if (root != null) {
                root.children().forEach(i -> {
                    titles.add(i.getTitle());
                    i.children().forEach(c -> titles.add("  " + c.getTitle()));
                });
            }
        }
        return titles;
    }

    /** How often the pages' content resets the matrix after a text object ("ET … 1 0 0 1 0 0 cm"). */
    static int resets(Path pdf) throws IOException {
        int n = 0;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (var page : doc.getPages()) {
                try (var in = page.getContents()) {
                    String content = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
                    for (int i = content.indexOf("ET\n1 0 0 1 0 0 cm"); i >= 0; i = content.indexOf("ET\n1 0 0 1 0 0 cm", i + 1)) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    static Path write(String name, List<String> command, boolean direct) {
        Path out = tmp.resolve(name + (direct ? ".direct.pdf" : ".jasper.pdf"));
        List<String> args = new ArrayList<>(command);
        args.add("--out");
        args.add(out.toString());
        String before = System.getProperty(ReportService.DIRECT_TEXT);
        System.setProperty(ReportService.DIRECT_TEXT, String.valueOf(direct));
        try {
            PaperMetrics.cli(data, args.toArray(String[]::new));
        } finally {
            if (before == null) {
                System.clearProperty(ReportService.DIRECT_TEXT);
            } else {
                System.setProperty(ReportService.DIRECT_TEXT, before);
            }
        }
        return out;
    }

    @Test
    void everyDocumentHasJasperReportsOwnTextFontsAndPlaces() throws IOException {
        for (Map.Entry<String, List<String>> e : EveryDocumentOnPaperTest.DOCUMENTS.entrySet()) {
            List<Glyph> jasper = glyphs(write(e.getKey(), e.getValue(), false));
            List<Glyph> direct = glyphs(write(e.getKey(), e.getValue(), true));
            assertThat(jasper).as(e.getKey()).isNotEmpty();
            assertThat(direct).as(e.getKey()).hasSameSizeAs(jasper);
            for (int i = 0; i < jasper.size(); i++) {
                Glyph j = jasper.get(i);
                Glyph d = direct.get(i);
                assertThat(d.same(j)).as("%s, glyph %d: %s against JasperReports' %s", e.getKey(), i, d, j).isTrue();
            }
            assertThat(outline(tmp.resolve(e.getKey() + ".direct.pdf"))).as(e.getKey())
                    .isEqualTo(outline(tmp.resolve(e.getKey() + ".jasper.pdf")));
            // and the direct path did write them: JasperReports' ColumnText resets the matrix after every text
            assertThat(resets(tmp.resolve(e.getKey() + ".direct.pdf"))).as(e.getKey())
                    .isLessThan(resets(tmp.resolve(e.getKey() + ".jasper.pdf")) / 2);
        }
    }

    @Test
    void theWhitePaperToo() throws IOException {
        List<String> command = List.of("report", "whitepaper", "--year", "2025");
        List<Glyph> jasper = glyphs(write("白皮书", command, false));
        List<Glyph> direct = glyphs(write("白皮书", command, true));
        assertThat(direct).hasSameSizeAs(jasper);
        for (int i = 0; i < jasper.size(); i++) {
            assertThat(direct.get(i).same(jasper.get(i))).as("glyph %d: %s against %s", i, direct.get(i), jasper.get(i)).isTrue();
        }
        assertThat(outline(tmp.resolve("白皮书.direct.pdf"))).isNotEmpty().isEqualTo(outline(tmp.resolve("白皮书.jasper.pdf")));
    }
}
