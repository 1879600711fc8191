package cn.fuyuan.desk.report.document;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What a person measures on a printed page, read back from a PDF with PDFBox: the text lines of each page (glyphs
 * of one size sharing a baseline), with their left and right edges, size and character cells.
 */
final class PaperMetrics {
    static final double MM = 72 / 25.4;

    private PaperMetrics() {
    }

    /** A glyph: its text, left x, width, baseline y (from the top), size and its font's ascent (fraction of size). */
    record Glyph(String text, double x, double w, double y, double size, double ascent) {
    }

    /** A line of glyphs of one size on one baseline. */
    record Line(int page, double y, double size, List<Glyph> glyphs) {
        double left() {
            return glyphs.get(0).x();
        }

        double right() {
            Glyph g = glyphs.get(glyphs.size() - 1);
            return g.x() + g.w();
        }

        /** The top of the em box: baseline minus the font's ascent. */
        double top() {
            return y - glyphs.get(0).ascent() * size;
        }

        String text() {
            StringBuilder s = new StringBuilder();
            glyphs.forEach(g -> s.append(g.text()));
            return s.toString();
        }

        /** Characters in grid cells: a full-width one 1, a half-width one ½. */
        double cells() {
            return Gbt9704.cells(text());
        }
    }

    /** Every line of every page (1-based page numbers), top to bottom. */
    static List<Line> lines(PDDocument doc) throws IOException {
        List<Line> out = new ArrayList<>();
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            List<Glyph> glyphs = new ArrayList<>();
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition t : positions) {
                        if (t.getUnicode().isBlank()) {
                            continue;
                        }
                        double ascent = 0.88;
                        try {
                            var fd = t.getFont().getFontDescriptor();
                            if (fd != null && fd.getAscent() > 0) {
                                ascent = fd.getAscent() / 1000.0;
                            }
                        } catch (RuntimeException ignored) {
                            // keep the default
                        }
                        glyphs.add(new Glyph(t.getUnicode(), t.getXDirAdj(), t.getWidthDirAdj(), t.getYDirAdj(),
                                t.getFontSizeInPt(), ascent));
                    }
                }
            };
            s.setSortByPosition(true);
            s.setStartPage(p);
            s.setEndPage(p);
            s.getText(doc);
            TreeMap<Long, List<Glyph>> byLine = new TreeMap<>();
            for (Glyph g : glyphs) {
                long key = Math.round(g.y() * 2) * 1000 + Math.round(g.size() * 2);
                byLine.computeIfAbsent(key, k -> new ArrayList<>()).add(g);
            }
            for (List<Glyph> l : byLine.values()) {
                l.sort(Comparator.comparingDouble(Glyph::x));
                out.add(new Line(p, l.get(0).y(), l.get(0).size(), l));
            }
        }
        out.sort(Comparator.comparingInt(Line::page).thenComparingDouble(Line::y));
        return out;
    }

    /**
     * The horizontal rules drawn on a page (1-based), as a person sees them: stroked lines and thin filled rectangles
     * at least {@code minLength} points long — the y of each from the page's top, in points.
     */
    static List<Double> horizontalRules(PDDocument doc, int page, double minLength) throws IOException {
        List<Double> out = new ArrayList<>();
        org.apache.pdfbox.pdmodel.PDPage p = doc.getPage(page - 1);
        double height = p.getMediaBox().getHeight();
        var engine = new org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine(p) {
            final List<java.awt.geom.Point2D> path = new ArrayList<>();
            final List<java.awt.geom.Point2D[]> rects = new ArrayList<>();

            @Override
            public void appendRectangle(java.awt.geom.Point2D p0, java.awt.geom.Point2D p1, java.awt.geom.Point2D p2,
                    java.awt.geom.Point2D p3) {
                rects.add(new java.awt.geom.Point2D[] {p0, p2});
            }

            @Override
            public void moveTo(float x, float y) {
                path.add(null);
                path.add(new java.awt.geom.Point2D.Float(x, y));
            }

            @Override
            public void lineTo(float x, float y) {
                path.add(new java.awt.geom.Point2D.Float(x, y));
            }

            private void paint(boolean fill) {
                for (int i = 1; i < path.size(); i++) {
                    java.awt.geom.Point2D a = path.get(i - 1);
                    java.awt.geom.Point2D b = path.get(i);
                    if (a != null && b != null && Math.abs(a.getY() - b.getY()) < 0.5 && Math.abs(a.getX() - b.getX()) >= minLength) {
                        out.add(height - a.getY());
                    }
                }
                for (java.awt.geom.Point2D[] r : rects) {
                    double w = Math.abs(r[0].getX() - r[1].getX());
                    double h = Math.abs(r[0].getY() - r[1].getY());
                    if (w >= minLength && h <= 3) {
                        out.add(height - (r[0].getY() + r[1].getY()) / 2);
                    }
                }
                path.clear();
                rects.clear();
            }

            @Override
            public void strokePath() {
                paint(false);
            }

            @Override
            public void fillPath(int windingRule) {
                paint(true);
            }

            @Override
            public void fillAndStrokePath(int windingRule) {
                paint(true);
            }

            @Override
            public void endPath() {
                path.clear();
                rects.clear();
            }

            @Override
            public void closePath() {
            }

            @Override
            public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                path.add(null);
            }

            @Override
            public java.awt.geom.Point2D getCurrentPoint() {
                return new java.awt.geom.Point2D.Float();
            }

            @Override
            public void drawImage(org.apache.pdfbox.pdmodel.graphics.image.PDImage pdImage) {
            }

            @Override
            public void clip(int windingRule) {
            }

            @Override
            public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
            }
        };
        engine.processPage(p);
        out.sort(Comparator.naturalOrder());
        return out;
    }

    /** Body lines: 16 pt text inside the 版心. */
    static List<Line> bodyLines(List<Line> lines) {
        double bottom = (Gbt9704.TOP_MM + Gbt9704.TEXT_HEIGHT_MM) * MM;
        return lines.stream().filter(l -> Math.abs(l.size() - 16) < 0.6 && l.y() < bottom).toList();
    }

    /** Runs the command line on {@code data} (no window) and fails the test unless it exits 0. */
    static int cli(Path data, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        java.io.StringWriter err = new java.io.StringWriter();
        int code = cn.fuyuan.desk.cli.Cli.run(all, (d, b) -> {
            throw new AssertionError("no window");
        }, new java.io.PrintWriter(new java.io.StringWriter(), true), new java.io.PrintWriter(err, true));
        org.assertj.core.api.Assertions.assertThat(code).as(String.join(" ", args) + ": " + err).isZero();
        return code;
    }

    /**
     * Converts DOCX files to PDF with LibreOffice headless in one run (starting it costs seconds), with a fontconfig
     * that knows the bundled faces under the names the DOCX asks for (仿宋_GB2312 → AR PL SungtiL GB …), so the
     * rendering does not depend on the machine's fonts.
     */
    static void libreOffice(List<Path> docx, Path outDir, Path work) throws IOException, InterruptedException {
        libreOffice(docx, outDir, work, true);
    }

    /**
     * As {@link #libreOffice(List, Path, Path)}; without {@code aliases} the bundled faces are installed under their own
     * names only — a desk that has Chinese fonts but not the ones a document names, so LibreOffice substitutes them.
     */
    static void libreOffice(List<Path> docx, Path outDir, Path work, boolean aliases) throws IOException, InterruptedException {
        Path fonts = Path.of("assets/fonts").toAbsolutePath();
        Path conf = work.resolve("fonts.conf");
        StringBuilder c = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig>\n")
                .append("<include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>\n")
                .append("<dir>").append(fonts).append("</dir>\n<cachedir>").append(work.resolve("fc-cache")).append("</cachedir>\n");
        String[][] alias = {{"仿宋_GB2312", "AR PL SungtiL GB"}, {"仿宋", "AR PL SungtiL GB"}, {"宋体", "AR PL SungtiL GB"},
            {"方正小标宋简体", "AR PL SungtiL GB"}, {"黑体", "Droid Sans Fallback"}, {"楷体_GB2312", "AR PL KaitiM GB"},
            {"楷体", "AR PL KaitiM GB"}};
        for (String[] a : aliases ? alias : new String[0][]) {
            c.append("<alias binding=\"same\"><family>").append(a[0]).append("</family><prefer><family>").append(a[1])
                    .append("</family></prefer></alias>\n");
        }
        c.append("</fontconfig>\n");
        Files.writeString(conf, c);
        List<String> cmd = new ArrayList<>(List.of(soffice(), "--headless", "--norestore",
                "-env:UserInstallation=" + work.resolve("lo-profile").toUri(), "--convert-to", "pdf", "--outdir", outDir.toString()));
        docx.forEach(d -> cmd.add(d.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("FONTCONFIG_FILE", conf.toString());
        Process p = pb.start();
        StringWriter log = new StringWriter();
        try (var in = p.getInputStream()) {
            log.write(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException("soffice failed: " + log);
        }
    }

    /**
     * The LibreOffice binary. Not optional: CI installs libreoffice-writer-nogui (.ci/run), so a missing soffice is
     * a failure, not a skip.
     */
    static String soffice() throws IOException {
        for (String candidate : List.of("/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice",
                "/Applications/LibreOffice.app/Contents/MacOS/soffice")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new IOException("soffice (LibreOffice) not found: install libreoffice-writer-nogui (.ci/run does)");
    }
}
