package cn.fuyuan.desk.ui;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;
import org.slf4j.LoggerFactory;

/**
 * Loads the bundled CJK face for the window, so that Chinese renders on a machine without Chinese
 * fonts. The stylesheet names the family this returns.
 */
public final class UiFonts {
    public static final String UI_FONT = "/fonts/DroidSansFallbackFull.ttf";
    public static final String FALLBACK_FAMILY = "Droid Sans Fallback";
    private static volatile String family;

    private UiFonts() {
    }

    public static synchronized String load() {
        if (family != null) {
            return family;
        }
        try (InputStream in = UiFonts.class.getResourceAsStream(UI_FONT)) {
            Font f = in == null ? null : Font.loadFont(in, 13);
            family = f == null ? FALLBACK_FAMILY : f.getFamily();
        } catch (IOException e) {
            LoggerFactory.getLogger(UiFonts.class).warn("UI font not loaded", e);
            family = FALLBACK_FAMILY;
        }
        return family;
    }

    /** A stylesheet (data URI) that makes the bundled face the window's default. */
    public static String stylesheet() {
        String css = ".root { -fx-font-family: \"" + load() + "\"; -fx-font-size: 13px; }";
        return "data:text/css;base64," + java.util.Base64.getEncoder().encodeToString(css.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
