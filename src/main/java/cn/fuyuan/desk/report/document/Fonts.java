package cn.fuyuan.desk.report.document;

import cn.fuyuan.desk.report.BundledFont;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;

/** The bundled font files as AWT fonts (for images painted outside JasperReports: the DOCX's chart). */
final class Fonts {
    private static final Map<Face, Font> CACHE = new EnumMap<>(Face.class);

    private Fonts() {
    }

    static synchronized Font of(Face face) {
        return CACHE.computeIfAbsent(face, f -> load(file(f).resource()));
    }

    /** The bundled file of a face (黑体: Droid Sans Fallback, its CJK part). */
    static BundledFont file(Face face) {
        return switch (face) {
            case KAI -> BundledFont.KAI;
            case HEI -> BundledFont.DROID;
            default -> BundledFont.SONG;
        };
    }

    private static Font load(String resource) {
        try (InputStream in = Fonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font not on the class path: " + resource);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("cannot read font " + resource + ": " + e.getMessage(), e);
        }
    }
}
