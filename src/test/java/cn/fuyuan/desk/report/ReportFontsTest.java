package cn.fuyuan.desk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignStaticText;
import net.sf.jasperreports.engine.design.JasperDesign;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFontsTest {

    static final String[] FAMILIES = {"FY Song", "FY FangSong", "FY Kai", "FY Hei"};
    static final String SAMPLE = "机关名录2026年AB";
    static final String HEI_ONLY = "主要负责人（已停用）、联系电话";

    @TempDir
    Path dir;

    static JasperPrint sampler() throws Exception {
        JasperDesign design = new JasperDesign();
        design.setName("font-sampler");
        design.setPageWidth(595);
        design.setPageHeight(842);
        design.setColumnWidth(555);
        design.setLeftMargin(20);
        design.setRightMargin(20);
        JRDesignBand band = new JRDesignBand();
        band.setHeight(5 * 40);
        int y = 0;
        for (String family : FAMILIES) {
            JRDesignStaticText text = new JRDesignStaticText();
            text.setY(y);
            text.setWidth(555);
            text.setHeight(30);
            text.setFontName(family);
            text.setFontSize(16f);
            text.setText(SAMPLE + "：" + family);
            band.addElement(text);
            y += 40;
        }
        JRDesignStaticText heiOnly = new JRDesignStaticText();
        heiOnly.setY(y);
        heiOnly.setWidth(555);
        heiOnly.setHeight(30);
        heiOnly.setFontName("FY Hei");
        heiOnly.setFontSize(16f);
        heiOnly.setText(HEI_ONLY);
        band.addElement(heiOnly);
        design.setTitle(band);
        return JasperFillManager.fillReport(JasperCompileManager.compileReport(design), new HashMap<>(),
                new JREmptyDataSource());
    }

    /** For each extracted line, the font of every non-blank character. */
    static Map<String, List<String>> fontsPerLine(Path pdf) throws IOException {
        Map<String, List<String>> result = new HashMap<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    List<String> fonts = new ArrayList<>();
                    for (TextPosition p : positions) {
                        if (!p.getUnicode().isBlank()) {
                            fonts.add(p.getUnicode() + "=" + p.getFont().getName());
                        }
                    }
                    result.merge(text.strip(), fonts, (a, b) -> {
                        a.addAll(b);
                        return a;
                    });
                    super.writeString(text, positions);
                }
            };
            stripper.getText(doc);
        }
        return result;
    }

    @Test
    void everyFamilyPrintsChineseLatinAndDigitsFromTheBundledFiles() throws Exception {
        Path pdf = dir.resolve("fonts.pdf");
        ReportService.shared().export(sampler(), DocumentFormat.PDF, pdf, ProgressListener.NONE);

        Map<String, List<String>> lines = fontsPerLine(pdf);
        for (String family : FAMILIES) {
            assertThat(lines).as("line for %s", family).containsKey(SAMPLE + "：" + family);
        }
        assertThat(lines.get(SAMPLE + "：FY Song")).allMatch(f -> f.contains("BousungEG"));
        assertThat(lines.get(SAMPLE + "：FY FangSong")).allMatch(f -> f.contains("BousungEG"));
        assertThat(lines.get(SAMPLE + "：FY Kai")).allMatch(f -> f.contains("GBZenKai"));
        // Droid Sans Fallback has no Latin or digits: mixed text must come from the Song face, not vanish
        List<String> hei = lines.get(SAMPLE + "：FY Hei");
        assertThat(hei).hasSize((SAMPLE + "：FY Hei").replace(" ", "").length())
                .allMatch(f -> f.contains("BousungEG"));
        // all-CJK text is printed in the Hei face
        assertThat(lines.get(HEI_ONLY)).hasSize(HEI_ONLY.length()).allMatch(f -> f.contains("DroidSansFallback"));
    }

    @Test
    void docxNamesTheChineseFamilies() throws Exception {
        Path docx = dir.resolve("fonts.docx");
        ReportService.shared().export(sampler(), DocumentFormat.DOCX, docx, ProgressListener.NONE);
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            String body = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(body).contains("\"宋体\"", "\"仿宋\"", "\"楷体\"", "\"黑体\"").doesNotContain("\"FY ");
        }
    }

    @Test
    void templatesNameOnlyTheBundledFamilies() throws IOException {
        Pattern fontName = Pattern.compile("fontName=\"([^\"]*)\"");
        List<Path> templates;
        try (Stream<Path> main = Files.walk(Path.of("src/main/resources"));
             Stream<Path> test = Files.walk(Path.of("src/test/resources"))) {
            templates = Stream.concat(main, test).filter(p -> p.toString().endsWith(".jrxml")).toList();
        }
        assertThat(templates).isNotEmpty();
        for (Path template : templates) {
            String xml = Files.readString(template);
            assertThat(xml).as("%s has a default style in FY Song", template)
                    .containsPattern("<style name=\"[^\"]+\" default=\"true\" fontName=\"FY Song\"");
            Matcher m = fontName.matcher(xml);
            while (m.find()) {
                assertThat(m.group(1)).as("font in %s", template).isIn((Object[]) FAMILIES);
            }
        }
    }
}
