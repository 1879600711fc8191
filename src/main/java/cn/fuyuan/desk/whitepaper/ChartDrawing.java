package cn.fuyuan.desk.whitepaper;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

/**
 * Draws a {@link ChapterFigures.Chart} (bars by category, one colour per series, values above the bars) with Java2D.
 * Text is drawn as glyph outlines of the bundled Song face, so the PDF gets vector shapes that need no font mapping;
 * {@link #png} gives the same picture for DOCX.
 */
public final class ChartDrawing {
    private static final Color[] COLOURS = {new Color(0xB22222), new Color(0x4A6FA5), new Color(0x6B8E23)};
    private static volatile Font song;

    private ChartDrawing() {
    }

    static Font song() {
        if (song == null) {
            try (InputStream in = ChartDrawing.class.getClassLoader().getResourceAsStream("fonts/gbsn00lp.ttf")) {
                song = in == null ? new Font(Font.SERIF, Font.PLAIN, 10) : Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException | FontFormatException e) {
                song = new Font(Font.SERIF, Font.PLAIN, 10);
            }
        }
        return song;
    }

    /** A JasperReports image that draws the chart into the PDF as vectors. */
    public static final class Renderer extends AbstractRenderer implements Graphics2DRenderable {
        private static final long serialVersionUID = 1L;
        private final ChapterFigures.Chart chart;

        public Renderer(ChapterFigures.Chart chart) {
            this.chart = Objects.requireNonNull(chart);
        }

        @Override
        public void render(JasperReportsContext context, Graphics2D g, Rectangle2D area) {
            draw(g, chart, area);
        }
    }

    /** The chart as a PNG of w × h points at 3 pixels per point. */
    public static byte[] png(ChapterFigures.Chart chart, int w, int h) {
        int scale = 3;
        BufferedImage img = new BufferedImage(w * scale, h * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w * scale, h * scale);
        g.scale(scale, scale);
        draw(g, chart, new Rectangle2D.Double(0, 0, w, h));
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Graphics2D g, String s, float size, double x, double y, double align) {
        Font f = song().deriveFont(size);
        FontRenderContext frc = new FontRenderContext(new AffineTransform(), true, true);
        Shape outline = f.createGlyphVector(frc, s).getOutline();
        double width = outline.getBounds2D().getWidth();
        g.fill(AffineTransform.getTranslateInstance(x - width * align, y).createTransformedShape(outline));
    }

    static void draw(Graphics2D g, ChapterFigures.Chart c, Rectangle2D area) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        double left = area.getX() + 44;
        double right = area.getMaxX() - 8;
        double top = area.getY() + 22;
        double bottom = area.getMaxY() - 28;
        double max = 0;
        for (List<Double> s : c.values()) {
            for (Double v : s) {
                max = v == null ? max : Math.max(max, v);
            }
        }
        double scaleMax = "%".equals(c.unit()) ? 100 : niceMax(max);
        g.setStroke(new BasicStroke(0.5f));
        for (int i = 0; i <= 4; i++) {
            double y = bottom - (bottom - top) * i / 4;
            g.setColor(i == 0 ? Color.BLACK : new Color(0xDDDDDD));
            g.draw(new Line2D.Double(left, y, right, y));
            g.setColor(Color.BLACK);
            text(g, fmt(scaleMax * i / 4) + ("%".equals(c.unit()) ? "%" : ""), 8f, left - 4, y + 3, 1);
        }
        g.draw(new Line2D.Double(left, top, left, bottom));
        int n = Math.max(1, c.categories().size());
        int series = Math.max(1, c.series().size());
        double slot = (right - left) / n;
        double bar = slot * 0.7 / series;
        for (int i = 0; i < c.categories().size(); i++) {
            double x0 = left + i * slot + slot * 0.15;
            for (int s = 0; s < c.series().size(); s++) {
                Double v = i < c.values().get(s).size() ? c.values().get(s).get(i) : null;
                if (v == null) {
                    continue;
                }
                double h = scaleMax == 0 ? 0 : (bottom - top) * v / scaleMax;
                g.setColor(COLOURS[s % COLOURS.length]);
                g.fill(new Rectangle2D.Double(x0 + s * bar, bottom - h, bar * 0.9, h));
                g.setColor(Color.BLACK);
                text(g, fmt(v), 7f, x0 + s * bar + bar * 0.45, bottom - h - 2, 0.5);
            }
            g.setColor(Color.BLACK);
            String label = c.categories().get(i);
            float size = 8f;
            while (size > 5f && song().deriveFont(size).getStringBounds(label, new FontRenderContext(null, true, true)).getWidth() > slot - 2) {
                size -= 0.5f;
            }
            text(g, label, size, left + i * slot + slot / 2, bottom + 12, 0.5);
        }
        // legend
        double lx = left;
        for (int s = 0; s < c.series().size(); s++) {
            g.setColor(COLOURS[s % COLOURS.length]);
            g.fill(new Rectangle2D.Double(lx, area.getY() + 6, 10, 8));
            g.setColor(Color.BLACK);
            text(g, c.series().get(s) + ("%".equals(c.unit()) ? "（%）" : "（" + c.unit() + "）"), 8f, lx + 14, area.getY() + 14, 0);
            lx += 90;
        }
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

    static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.2f", v);
    }
}
