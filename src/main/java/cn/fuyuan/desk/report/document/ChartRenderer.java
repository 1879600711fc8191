package cn.fuyuan.desk.report.document;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Dimension2D;
import java.awt.geom.Rectangle2D;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.DimensionRenderable;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

/** A chart's shapes as a JasperReports Graphics2D renderer: the PDF exporter draws them as vectors. */
final class ChartRenderer extends AbstractRenderer implements Graphics2DRenderable, DimensionRenderable {
    private static final long serialVersionUID = 1L;

    private final transient ChartPainter painter;
    private final double width;
    private final double height;

    ChartRenderer(ChartPainter painter) {
        this.painter = painter;
        this.width = painter.width();
        this.height = painter.height();
    }

    @Override
    public void render(JasperReportsContext context, Graphics2D g, Rectangle2D rect) {
        if (painter == null) {
            return;
        }
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            AffineTransform t = AffineTransform.getTranslateInstance(rect.getX(), rect.getY());
            t.scale(rect.getWidth() / width, rect.getHeight() / height);
            g2.transform(t);
            painter.paintShapes(g2);
        } finally {
            g2.dispose();
        }
    }

    @Override
    public Dimension2D getDimension(JasperReportsContext context) {
        return new java.awt.Dimension((int) Math.round(width), (int) Math.round(height));
    }
}
