package cn.fuyuan.desk.report;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * The three font files the application ships (declared as JasperReports families in
 * {@code cn/fuyuan/desk/report/fonts.xml}), with what a PDF needs of them known without opening them in AWT: the
 * ascent, descent and leading AWT gives a line of the face (JasperReports places a text's first baseline at its top plus
 * both), and the OpenPDF font the exporter embeds, read once per process.
 *
 * <p>The metrics are the fonts' own (hhea, 1024 units per em) and are held to what AWT measures by
 * {@code BundledFontTest}; the family names to the fonts.xml that JasperReports reads.
 */
public enum BundledFont {
    /** AR PL SungtiL GB: 宋体, and the stand-in for 仿宋 and 小标宋. */
    SONG("fonts/gbsn00lp.ttf", "AR PL SungtiL GB", 900f / 1024, 123f / 1024, 6f / 1024),
    /** AR PL KaitiM GB: 楷体. */
    KAI("fonts/gkai00mp.ttf", "AR PL KaitiM GB", 900f / 1024, 123f / 1024, 6f / 1024),
    /** Droid Sans Fallback: 黑体 (CJK only, no Latin letters or digits). */
    DROID("fonts/DroidSansFallbackFull.ttf", "Droid Sans Fallback", 1068f / 1024, 272f / 1024, 0f);

    /** The JasperReports families of fonts.xml, each by its file; "FY Hei" is a set: {@link #HEI_SET}. */
    public static final Map<String, BundledFont> FAMILIES = Map.of(
            "FY Song", SONG, "FY FangSong", SONG, "FY Kai", KAI, "FY Hei CJK", DROID);

    /** The font set "FY Hei": its families in order, the primary first. */
    public static final String HEI_SET = "FY Hei";
    public static final List<BundledFont> HEI_MEMBERS = List.of(DROID, SONG);

    private final String resource;
    private final String awtName;
    private final float ascent;
    private final float descent;
    private final float leading;
    private volatile BaseFont pdf;

    BundledFont(String resource, String awtName, float ascent, float descent, float leading) {
        this.resource = resource;
        this.awtName = awtName;
        this.ascent = ascent;
        this.descent = descent;
        this.leading = leading;
    }

    /** The class-path location, which is also the name JasperReports gives the font in a PDF. */
    public String resource() {
        return resource;
    }

    /** The face's name as AWT reports it. */
    public String awtName() {
        return awtName;
    }

    /** The ascent AWT gives a line of this face, in ems. */
    public float ascent() {
        return ascent;
    }

    /** The descent AWT gives a line of this face, in ems. */
    public float descent() {
        return descent;
    }

    /** The leading AWT gives a line of this face, in ems. */
    public float leading() {
        return leading;
    }

    /**
     * The face as JasperReports' PDF exporter makes it (Identity-H, embedded, by its class-path name, in OpenPDF's
     * cache): the exporter and {@link DirectTextPdfExporter} share the one instance, so a document embeds one subset.
     */
    public BaseFont pdfFont() {
        BaseFont f = pdf;
        if (f == null) {
            synchronized (this) {
                f = pdf;
                if (f == null) {
                    try (InputStream in = BundledFont.class.getClassLoader().getResourceAsStream(resource)) {
                        if (in == null) {
                            throw new ReportException("font not on the class path: " + resource);
                        }
                        f = BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
                    } catch (IOException | DocumentException e) {
                        throw new ReportException("cannot read font " + resource + ": " + e.getMessage(), e);
                    }
                    pdf = f;
                }
            }
        }
        return f;
    }

    /** Whether the face has a glyph for every character of {@code s}. */
    public boolean covers(String s) {
        BaseFont f = pdfFont();
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!f.charExists(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
