package cn.fuyuan.desk.report.document;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a chart, computed once: the shapes (axes, grid, bars, lines) painted on any Graphics2D — the PDF's
 * vector canvas or a PNG for the DOCX — and the labels with their positions, which the PDF prints as real text and
 * the PNG paints with the bundled fonts.
 */
final class ChartPainter {
    static final Color[] SERIES = {new Color(0xB22222), new Color(0x1F4E79), new Color(0x7F7F7F), new Color(0xC55A11)};

    /** A label: text, anchor x (centre, or right edge when {@code right}), top y, size. */
    record Label(String text, double x, double y, float size, boolean right) {
    }

    private final Chart chart;
    private final double w;
    private final double h;
    final double left;
    final double right;
    final double top;
    final double bottom;

    ChartPainter(Chart chart, double width, double height) {
        this.chart = chart;
        this.w = width;
        this.h = height;
        this.left = 40;
        this.right = width - 8;
        this.top = chart.series().size() > 1 ? 26 : 14;
        this.bottom = height - 28;
    }

    private double yOf(double v) {
        double max = chart.max() > 0 ? chart.max() : 1;
        return bottom - (bottom - top) * Math.max(0, Math.min(v, max)) / max;
    }

    private double slot() {
        return (right - left) / Math.max(1, chart.categories().size());
    }

    /** Paints the shapes into (0, 0, w, h) of g (the caller translates and scales). */
    void paintShapes(Graphics2D g) {
        g.setColor(new Color(0xDDDDDD));
        g.setStroke(new BasicStroke(0.5f));
        for (int k = 1; k <= 4; k++) {
            double y = yOf(chart.max() * k / 4);
            g.draw(new Line2D.Double(left, y, right, y));
        }
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(new Line2D.Double(left, top, left, bottom));
        g.draw(new Line2D.Double(left, bottom, right, bottom));
        int n = chart.series().size();
        double slot = slot();
        for (int s = 0; s < n; s++) {
            Chart.Series series = chart.series().get(s);
            g.setColor(SERIES[s % SERIES.length]);
            if (chart.kind() == Chart.Kind.BAR) {
                double groupW = slot * 0.6;
                double bw = groupW / n;
                for (int i = 0; i < chart.categories().size(); i++) {
                    Double v = series.values().get(i);
                    if (v == null) {
                        continue;
                    }
                    double x = left + i * slot + (slot - groupW) / 2 + s * bw;
                    double y = yOf(v);
                    g.fill(new Rectangle2D.Double(x, y, bw, bottom - y));
                }
            } else {
                Path2D.Double path = new Path2D.Double();
                boolean open = false;
                g.setStroke(new BasicStroke(1.5f));
                for (int i = 0; i < chart.categories().size(); i++) {
                    Double v = series.values().get(i);
                    if (v == null) {
                        open = false;
                        continue;
                    }
                    double x = left + (i + 0.5) * slot;
                    double y = yOf(v);
                    if (open) {
                        path.lineTo(x, y);
                    } else {
                        path.moveTo(x, y);
                        open = true;
                    }
                    g.fill(new Rectangle2D.Double(x - 2, y - 2, 4, 4));
                }
                g.draw(path);
            }
            if (n > 1) {
                double lx = right - (n - s) * 90;
                g.fill(new Rectangle2D.Double(lx, 8, 10, 8));
            }
        }
    }

    /** The labels: axis values, value labels, category names and the legend. */
    List<Label> labels() {
        List<Label> out = new ArrayList<>();
        float size = 9f;
        for (int k = 0; k <= 4; k++) {
            double v = chart.max() * k / 4;
            out.add(new Label(fmt(v) + chart.unitSuffix(), left - 4, yOf(v) - size * 0.6, size, true));
        }
        int n = chart.series().size();
        double slot = slot();
        for (int i = 0; i < chart.categories().size(); i++) {
            double cx = left + (i + 0.5) * slot;
            String name = chart.categories().get(i);
            float ns = size;
            while (Gbt9704.cells(name) * ns > slot - 2 && ns > 5) {
                ns -= 0.5f;
            }
            out.add(new Label(name, cx, bottom + 4, ns, false));
            for (int s = 0; s < n; s++) {
                Double v = chart.series().get(s).values().get(i);
                if (v == null) {
                    continue;
                }
                double x = chart.kind() == Chart.Kind.BAR
                        ? left + i * slot + (slot - slot * 0.6) / 2 + (s + 0.5) * slot * 0.6 / n : cx;
                float vs = n > 2 ? 6f : 7.5f;
                // a count (no unit suffix, a whole number) is labelled as one: 75, not 75.00
                out.add(new Label(chart.unitSuffix().isEmpty() && v == Math.rint(v) ? fmt(v) : fmt2(v), x, yOf(v) - vs - 3, vs, false));
            }
        }
        if (n > 1) {
            for (int s = 0; s < n; s++) {
                double lx = right - (n - s) * 90 + 14;
                out.add(new Label(chart.series().get(s).name(), lx + 38, 7, size, false));
            }
        }
        return out;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static String fmt2(double v) {
        return String.format(java.util.Locale.ROOT, "%.2f", v);
    }

    double width() {
        return w;
    }

    double height() {
        return h;
    }
}
