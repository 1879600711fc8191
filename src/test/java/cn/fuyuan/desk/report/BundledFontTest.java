package cn.fuyuan.desk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontFamily;
import net.sf.jasperreports.engine.fonts.FontInfo;
import net.sf.jasperreports.engine.fonts.FontSet;
import net.sf.jasperreports.engine.fonts.FontSetFamily;
import net.sf.jasperreports.engine.fonts.FontUtil;
import org.junit.jupiter.api.Test;

/** What {@link BundledFont} knows of the font files without opening them in AWT is what AWT and fonts.xml say. */
class BundledFontTest {
    static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    static Font awt(BundledFont f) throws Exception {
        try (InputStream in = BundledFont.class.getClassLoader().getResourceAsStream(f.resource())) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        }
    }

    @Test
    void ascentDescentLeadingAndNameAreAwtsAtEverySize() throws Exception {
        for (BundledFont f : BundledFont.values()) {
            Font font = awt(f);
            assertThat(font.getName()).isEqualTo(f.awtName());
            for (float size : new float[] {10.5f, 12f, 14f, 16f, 22f}) {
                // what JasperReports' AbstractTextRenderer measures a line by: a TextLayout of the face
                for (String s : List.of("国", "2025", "（一）")) {
                    TextLayout l = new TextLayout(s, font.deriveFont(size), FRC);
                    assertThat(f.ascent() * size).as("%s %s %s", f, size, s).isEqualTo(l.getAscent());
                    assertThat(f.descent() * size).as("%s %s %s", f, size, s).isEqualTo(l.getDescent());
                    assertThat(f.leading() * size).as("%s %s %s", f, size, s).isEqualTo(l.getLeading());
                }
            }
        }
    }

    @Test
    void openPdfAndAwtAgreeOnWhichCharactersEachFaceHas() throws Exception {
        // the font set "FY Hei" is resolved by coverage: the PDF's choice (OpenPDF's cmap) must be AWT's (JasperReports')
        for (BundledFont f : List.of(BundledFont.DROID, BundledFont.SONG)) {
            Font font = awt(f);
            List<Integer> differ = new ArrayList<>();
            for (int c = 0x20; c < 0x10000; c++) {
                String s = new String(Character.toChars(c));
                if (Character.getType(c) == Character.UNASSIGNED || !DirectTextPdfExporter.oneLine(s)) {
                    continue; // surrogates, controls and the invisible format characters: the exporter leaves them to JasperReports
                }
                if (font.canDisplay(c) != f.covers(s)) {
                    differ.add(c);
                }
            }
            assertThat(differ).as(f + ": characters where AWT and OpenPDF disagree").isEmpty();
        }
        assertThat(DirectTextPdfExporter.oneLine("通报\u200b")).isFalse();
        assertThat(BundledFont.DROID.covers("主要负责人（已停用）、联系电话")).isTrue();
        assertThat(BundledFont.DROID.covers("2025年")).isFalse();
        assertThat(BundledFont.SONG.covers("2025年")).isTrue();
    }

    @Test
    void familiesAreTheOnesJasperReportsReadsFromFontsXml() {
        FontUtil util = FontUtil.getInstance(DefaultJasperReportsContext.getInstance());
        BundledFont.FAMILIES.forEach((name, file) -> {
            FontInfo info = util.getFontInfo(name, Locale.SIMPLIFIED_CHINESE);
            assertThat(info).as(name).isNotNull();
            assertThat(info.getFontFamily().getNormalFace().getTtf()).as(name).isEqualTo(file.resource());
            assertThat(info.getFontFamily().getNormalFace().getName()).as(name).isEqualTo(file.awtName());
            assertThat(info.getFontFamily().getNormalFace().getFont().getName()).as(name).isEqualTo(file.awtName());
        });
        List<FontSet> sets = DefaultJasperReportsContext.getInstance().getExtensions(FontSet.class);
        FontSet hei = sets.stream().filter(s -> s.getName().equals(BundledFont.HEI_SET)).findFirst().orElseThrow();
        List<BundledFont> members = new ArrayList<>();
        for (FontSetFamily m : hei.getFamilies()) {
            members.add(BundledFont.FAMILIES.get(m.getFamilyName()));
        }
        assertThat(members).isEqualTo(BundledFont.HEI_MEMBERS);
        assertThat(hei.getFamilies().get(0).isPrimary()).isTrue();
        // every family fonts.xml declares is one of them
        for (FontFamily f : DefaultJasperReportsContext.getInstance().getExtensions(FontFamily.class)) {
            if (f.getNormalFace() != null && f.getNormalFace().getTtf() != null && f.getNormalFace().getTtf().startsWith("fonts/")) {
                assertThat(BundledFont.FAMILIES).as(f.getName()).containsKey(f.getName());
            }
        }
    }
}
