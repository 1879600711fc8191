package cn.fuyuan.desk.report;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import java.awt.Color;
import net.sf.jasperreports.engine.JRAnchor;
import net.sf.jasperreports.engine.JRCommonText;
import net.sf.jasperreports.engine.JRLineBox;
import net.sf.jasperreports.engine.JRParagraph;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;
import net.sf.jasperreports.engine.type.ModeEnum;
import net.sf.jasperreports.engine.type.RotationEnum;
import net.sf.jasperreports.engine.type.RunDirectionEnum;
import net.sf.jasperreports.engine.type.VerticalTextAlignEnum;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;

/**
 * JasperReports' PDF exporter, with one-line texts in the bundled faces written straight into the page.
 *
 * <p>The official documents place every character on its own cell of the GB/T 9704 grid ({@code PdfLayout}): a page
 * is some six hundred text elements of one glyph or one short run. For each, JasperReports builds an AWT attributed
 * string, measures it with a {@code LineBreakMeasurer} (for which it opens every bundled face in AWT), resolves the
 * font set and lays it out again with OpenPDF's {@code ColumnText} — most of a cold {@code report}'s time. A text that
 * cannot break (one line that fits its box, plain, upright, no padding, indent, tab or link, in a bundled face) needs
 * none of it: it is shown at the place JasperReports would give it — its first baseline at the top plus the face's
 * ascent and leading as AWT measures them ({@link BundledFont}), left, centred or right in its box by the face's
 * own widths — with the same embedded font, so a document's text, fonts and positions are JasperReports' own
 * ({@code DirectTextPdfTest} compares every glyph). Anything else goes through JasperReports unchanged.
 */
final class DirectTextPdfExporter extends JRPdfExporter {

    DirectTextPdfExporter(JasperReportsContext context) {
        super(context);
    }

    @Override
    public void exportText(JRPrintText text) {
        if (!writeDirectly(text)) {
            super.exportText(text);
        }
    }

    /** The face this text is shown in, as JasperReports would choose it, or null when it is not one of ours. */
    static BundledFont face(String fontName, String s) {
        if (fontName == null) {
            return null;
        }
        BundledFont f = BundledFont.FAMILIES.get(fontName);
        if (f != null) {
            return f;
        }
        if (BundledFont.HEI_SET.equals(fontName)) {
            // a font set gives a text to the family that covers the longest stretch of it, the first listed on a tie
            for (BundledFont member : BundledFont.HEI_MEMBERS) {
                if (member.covers(s)) {
                    return member;
                }
            }
        }
        return null;
    }

    /** Whether the text is one that cannot break and was written here; false leaves it to JasperReports. */
    private boolean writeDirectly(JRPrintText text) {
        String s = text.getFullText();
        if (s == null || s.isEmpty() || !plain(text)) {
            return false;
        }
        String[] lines = s.split("\n", -1);
        for (String line : lines) {
            if (!oneLine(line)) {
                return false;
            }
        }
        BundledFont face = face(text.getFontName(), s.replace("\n", ""));
        if (face == null) {
            return false;
        }
        JRLineBox box = text.getLineBox();
        float top = padding(box.getTopPadding());
        float leftPad = padding(box.getLeftPadding());
        float rightPad = padding(box.getRightPadding());
        float bottomPad = padding(box.getBottomPadding());
        float size = text.getFontSize();
        BaseFont font = face.pdfFont();
        float available = text.getWidth() - leftPad - rightPad;
        float[] widths = new float[lines.length];
        for (int i = 0; i < lines.length; i++) {
            widths[i] = font.getWidthPoint(lines[i], size);
            if (widths[i] > available - 0.05f && lines[i].codePointCount(0, lines[i].length()) > 1) {
                return false; // it might break (one character never does): JasperReports measures it
            }
        }
        // JasperReports' lines (AbstractTextRenderer): the first one its spacing before plus the face's leading and
        // ascent down; each next one, after the descent of the one before, by the paragraph's line spacing
        JRParagraph p = text.getParagraph();
        float ascent = face.ascent() * size;
        float leading = face.leading() * size;
        float descent = face.descent() * size;
        float[] baselines = new float[lines.length];
        float drawPosY = 0;
        for (int i = 0; i < lines.length; i++) {
            float lineHeight = i == 0 ? leading + ascent + padding(p.getSpacingBefore()) : nextLine(p, leading, ascent);
            if (Float.isNaN(lineHeight)) {
                return false;
            }
            if (drawPosY + lineHeight > text.getTextHeight()) {
                return false; // JasperReports would stop drawing here
            }
            drawPosY += lineHeight;
            baselines[i] = drawPosY;
            drawPosY += descent;
        }
        float verticalOffset = switch (text.getVerticalTextAlign()) {
            case BOTTOM -> text.getHeight() - top - bottomPad - text.getTextHeight();
            case MIDDLE -> (text.getHeight() - top - bottomPad - text.getTextHeight()) / 2f;
            default -> 0f;
        };
        float left = getOffsetX() + text.getX() + leftPad;
        float pageTop = getCurrentPageFormat().getPageHeight() - (getOffsetY() + text.getY()) - top - verticalOffset;

        PdfContentByte cb = ((ClassicPdfProducer) pdfProducer).getPdfContentByte();
        float firstX = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                continue;
            }
            float x = switch (text.getHorizontalTextAlign()) {
                case CENTER -> left + (available - widths[i]) / 2f;
                case RIGHT -> left + available - widths[i];
                default -> left;
            };
            if (i == 0) {
                firstX = x;
            }
            cb.beginText();
            cb.setColorFill(text.getForecolor());
            cb.setFontAndSize(font, size);
            cb.setTextMatrix(x, pageTop - baselines[i]);
            cb.showText(lines[i]);
            cb.endText();
            cb.resetRGBColorFill();
        }
        if (text.getAnchorName() != null) {
            // where OpenPDF puts a chunk's local destination: its start, one font size above the baseline
            cb.localDestination(text.getAnchorName(), new PdfDestination(PdfDestination.XYZ, firstX, pageTop - baselines[0] + size, 0));
        }
        if (text.getBookmarkLevel() != JRAnchor.NO_BOOKMARK) {
            addBookmark(text.getBookmarkLevel(), text.getAnchorName() != null ? text.getAnchorName() : s,
                    getOffsetX() + text.getX(), getOffsetY() + text.getY());
        }
        exportBox(box, text);
        return true;
    }

    /** A line after the first (AbstractTextRenderer.getLineHeight); NaN for a spacing not handled here. */
    private static float nextLine(JRParagraph p, float leading, float ascent) {
        Float size = p.getLineSpacingSize();
        return switch (p.getLineSpacing()) {
            case SINGLE -> leading + ascent;
            case ONE_AND_HALF -> leading + 1.5f * ascent;
            case DOUBLE -> leading + 2f * ascent;
            case PROPORTIONAL -> size == null ? Float.NaN : leading + size * ascent;
            case AT_LEAST -> size == null ? Float.NaN : Math.max(leading + ascent, size);
            case FIXED -> size == null ? Float.NaN : size;
        };
    }

    private static float padding(Integer i) {
        return i == null ? 0f : i;
    }

    private boolean plain(JRPrintText t) {
        if (t.getRotation() != RotationEnum.NONE || t.getMode() == ModeEnum.OPAQUE
                || t.getRunDirection() == RunDirectionEnum.RTL
                || t.getVerticalTextAlign() == VerticalTextAlignEnum.JUSTIFIED
                || t.getLeadingOffset() != 0f
                || t.isBold() || t.isItalic() || t.isUnderline() || t.isStrikeThrough()
                || t.getLinkType() != null || t.getHyperlinkReference() != null || t.getHyperlinkAnchor() != null
                || t.getHyperlinkPage() != null || t.getHyperlinkTooltip() != null) {
            return false;
        }
        HorizontalTextAlignEnum align = t.getHorizontalTextAlign();
        if (align != HorizontalTextAlignEnum.LEFT && align != HorizontalTextAlignEnum.CENTER
                && align != HorizontalTextAlignEnum.RIGHT) {
            return false;
        }
        String markup = t.getMarkup();
        if (markup != null && !JRCommonText.MARKUP_NONE.equals(markup)) {
            return false;
        }
        Color c = t.getForecolor();
        if (c == null || c.getAlpha() != 255) {
            return false;
        }
        JRParagraph p = t.getParagraph();
        return zero(p.getFirstLineIndent()) && zero(p.getLeftIndent()) && zero(p.getRightIndent())
                && (p.getTabStops() == null || p.getTabStops().length == 0);
    }

    private static boolean zero(Integer i) {
        return i == null || i == 0;
    }

    /**
     * No break, tab, control or format character (AWT counts the invisible ones as shown by every face, OpenPDF by
     * none: the font set would be resolved differently), and no space at either end (where ColumnText would trim).
     */
    static boolean oneLine(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            if (c < ' ' || type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                    || type == Character.CONTROL || type == Character.SURROGATE) {
                return false;
            }
        }
        return s.isEmpty() || s.charAt(0) != ' ' && s.charAt(s.length() - 1) != ' ';
    }
}
