package cn.fuyuan.desk.report;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRPropertiesMap;
import net.sf.jasperreports.engine.JRRuntimeException;
import net.sf.jasperreports.engine.fonts.AwtFontManager;
import net.sf.jasperreports.engine.fonts.FontExtensionsCollector;
import net.sf.jasperreports.engine.fonts.FontFace;
import net.sf.jasperreports.engine.fonts.FontFamily;
import net.sf.jasperreports.engine.fonts.FontSet;
import net.sf.jasperreports.engine.fonts.SimpleFontExtensionHelper;
import net.sf.jasperreports.engine.fonts.SimpleFontFace;
import net.sf.jasperreports.engine.fonts.SimpleFontFamily;
import net.sf.jasperreports.extensions.ExtensionsRegistry;
import net.sf.jasperreports.extensions.ExtensionsRegistryFactory;

/**
 * The bundled font families (fonts.xml, read as JasperReports' own {@code SimpleFontExtensionsRegistryFactory} reads
 * it), with each face opened in AWT only when something asks for its AWT font — not all of them, 14 MB of TrueType
 * copied into temporary files, as soon as any code asks which families exist. A PDF needs none of them
 * ({@link DirectTextPdfExporter} and OpenPDF read the files themselves); the preview, the printer and JasperReports'
 * own text measuring open the faces they use, once per file (FY Song and FY FangSong are one file).
 *
 * <p>Registered in {@code jasperreports_extension.properties}; {@code net.sf.jasperreports.extension.<id>.families}
 * names the fonts.xml.
 */
public final class BundledFontsRegistryFactory implements ExtensionsRegistryFactory {
    private static final Map<String, Font> AWT_FONTS = new ConcurrentHashMap<>();

    @Override
    public ExtensionsRegistry createRegistry(String registryId, JRPropertiesMap properties) {
        String location = properties.getProperty("net.sf.jasperreports.extension." + registryId + ".families");
        if (location == null) {
            throw new JRRuntimeException("no font families for " + registryId, (Object[]) null);
        }
        return new Registry(location);
    }

    private static final class Registry implements ExtensionsRegistry {
        private final String location;
        private volatile List<FontFamily> families;
        private volatile List<FontSet> sets;

        Registry(String location) {
            this.location = location;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> List<T> getExtensions(Class<T> type) {
            if (FontFamily.class.equals(type)) {
                load();
                return (List<T>) families;
            }
            if (FontSet.class.equals(type)) {
                load();
                return (List<T>) sets;
            }
            return null;
        }

        private synchronized void load() {
            if (families != null) {
                return;
            }
            FontExtensionsCollector collector = new FontExtensionsCollector();
            try (InputStream in = BundledFontsRegistryFactory.class.getClassLoader().getResourceAsStream(location)) {
                if (in == null) {
                    throw new JRRuntimeException("font families not on the class path: " + location, (Object[]) null);
                }
                SimpleFontExtensionHelper.getInstance().loadFontExtensions(DefaultJasperReportsContext.getInstance(), in, collector, false);
            } catch (IOException e) {
                throw new JRRuntimeException(e);
            }
            for (FontFamily f : collector.getFontFamilies()) {
                if (f instanceof SimpleFontFamily family) {
                    family.setNormalFace(lazy(family.getNormalFace()));
                    family.setBoldFace(lazy(family.getBoldFace()));
                    family.setItalicFace(lazy(family.getItalicFace()));
                    family.setBoldItalicFace(lazy(family.getBoldItalicFace()));
                }
            }
            sets = List.copyOf(collector.getFontSets());
            families = List.copyOf(collector.getFontFamilies());
        }
    }

    private static SimpleFontFace lazy(FontFace face) {
        if (face == null) {
            return null;
        }
        LazyFontFace lazy = new LazyFontFace(face.getTtf());
        lazy.setPdf(face.getPdf());
        lazy.setEot(face.getEot());
        lazy.setSvg(face.getSvg());
        lazy.setWoff(face.getWoff());
        return lazy;
    }

    /** A face whose AWT font is read on first use; its name is known before (the bundled files' names). */
    static final class LazyFontFace extends SimpleFontFace {
        private final String name;

        LazyFontFace(String ttf) {
            super(DefaultJasperReportsContext.getInstance());
            setTtf(ttf, false);
            String known = null;
            for (BundledFont f : BundledFont.values()) {
                if (f.resource().equals(ttf)) {
                    known = f.awtName();
                }
            }
            this.name = known;
        }

        @Override
        public String getName() {
            return name != null ? name : getFont().getName();
        }

        @Override
        public Font getFont() {
            String ttf = getTtf();
            return ttf == null ? null : AWT_FONTS.computeIfAbsent(ttf.trim(),
                    t -> AwtFontManager.instance().getAwtFont(DefaultJasperReportsContext.getInstance(), t));
        }

        @Override
        public void loadFont() {
            getFont();
        }
    }
}
