package cn.fuyuan.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report whitepaper} on the demo data: the PDF and the DOCX hold the figures that {@code stats caseload},
 * {@code stats loss}, {@code stats appearance} and {@code stats suggestions} give for the year (read back with PDFBox
 * and POI); the DOCX has a heading per chapter and a TOC field; the XLSX a sheet per table.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhitePaperCliTest {
    static final String AS_OF = "2026-03-31";
    static final String[] CHAPTERS = {"一、总体情况", "二、案件特点", "三、行政机关败诉情况", "四、行政机关负责人出庭应诉情况",
        "五、司法建议工作情况", "六、府院联动工作情况", "七、存在的主要问题", "八、对策建议", "九、典型案例"};

    @TempDir
    static Path tmp;
    Path dir;
    String pdfText;
    String docxText;

    CliTest.Result cli(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        CliTest.Result r = CliTest.run(all);
        assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isZero();
        return r;
    }

    JsonNode overall(String... args) throws Exception {
        return new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readTree(cli(args).out()).get(0);
    }

    /** A rate as printed: two decimals (the JSON reader drops trailing zeros). */
    static String rate(JsonNode n) {
        return n.decimalValue().setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    static String squeeze(String s) {
        // a paragraph may run onto the next page: drop the page numbers (— 5 —) between its lines
        return s.replaceAll("\\s+", "").replaceAll("—\\d+—", "");
    }

    @BeforeAll
    void writeTheWhitePaper() throws Exception {
        dir = tmp.resolve("data");
        cli("demo");
        Path pdf = tmp.resolve("白皮书.pdf");
        Path docx = tmp.resolve("白皮书.docx");
        assertThat(cli("report", "whitepaper", "--year", "2025", "--as-of", AS_OF, "--out", pdf.toString()).out()).contains("白皮书");
        cli("report", "whitepaper", "--year", "2025", "--as-of", AS_OF, "--out", docx.toString());
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            pdfText = squeeze(new PDFTextStripper().getText(d));
        }
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in); XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            docxText = squeeze(x.getText());
        }
    }

    void bothContain(String... parts) {
        for (String p : parts) {
            assertThat(pdfText).as("PDF").contains(p);
            assertThat(docxText).as("DOCX").contains(p);
        }
    }

    @Test
    void caseloadFiguresAreThoseOfStatsCaseload() throws Exception {
        JsonNode c = overall("stats", "caseload", "--year", "2025");
        assertThat(c.get("received").asInt()).isPositive();
        bothContain("新收行政案件" + c.get("received").asInt() + "件", "审结" + c.get("closed").asInt() + "件",
                "旧存" + c.get("carriedOver").asInt() + "件", "年末未结" + c.get("pending").asInt() + "件",
                "结案率" + rate(c.get("closingRate")) + "%");
    }

    @Test
    void lossAppearanceAndSuggestionFiguresAreThoseOfStats() throws Exception {
        JsonNode loss = overall("stats", "loss", "--year", "2025");
        bothContain("败诉" + loss.get("lost").asInt() + "机关次", "败诉率" + rate(loss.get("lossRate")) + "%",
                "调撤率" + rate(loss.get("settlementRate")) + "%");
        JsonNode a = overall("stats", "appearance", "--period", "2025");
        bothContain("出庭率" + rate(a.get("appearanceRate")) + "%",
                "出声率" + rate(a.get("spokeRate")) + "%",
                "正职出庭率" + rate(a.get("principalRate")) + "%");
        JsonNode s = overall("stats", "suggestions", "--year", "2025", "--as-of", AS_OF);
        bothContain("发出司法建议" + s.get("issued").asInt() + "件", "已回复" + s.get("replied").asInt() + "件",
                "按期回复" + s.get("onTime").asInt() + "件", "采纳" + s.get("adopted").asInt() + "件");
        if (!s.get("replyRate").isNull()) {
            bothContain("回复率" + rate(s.get("replyRate")) + "%");
        }
    }

    @Test
    void everyChapterIsAHeadingWithContentsAndTables() throws Exception {
        Path docx = tmp.resolve("白皮书.docx");
        List<String> headings = new ArrayList<>();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in)) {
            for (XWPFParagraph p : d.getParagraphs()) {
                if ("Heading1".equals(p.getStyle())) {
                    headings.add(p.getText());
                }
            }
            assertThat(d.getTables()).isNotEmpty();
            assertThat(d.getTables().get(0).getRow(0).isRepeatHeader()).isTrue();
            assertThat(d.getDocument().xmlText()).contains("TOC \\o");
            assertThat(d.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isZero();
        }
        assertThat(headings).containsExactly(CHAPTERS);
        for (String h : CHAPTERS) {
            assertThat(pdfText).contains(h);
        }
        assertThat(pdfText).contains("目　　录");

        Path xlsx = tmp.resolve("白皮书.xlsx");
        cli("report", "whitepaper", "--year", "2025", "--as-of", AS_OF, "--out", xlsx.toString());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getNumberOfSheets()).isGreaterThan(5);
            assertThat(wb.getSheetName(0)).startsWith("表1");
            // the shared XlsxWriter: the header row first, then typed cells (the year and the counts numeric, the
            // 结案率 a fraction formatted as a percentage)
            var trend = wb.getSheetAt(0);
            assertThat(trend.getRow(0).getCell(0).getStringCellValue()).isEqualTo("年度");
            assertThat(trend.getRow(0).getCell(5).getStringCellValue()).isEqualTo("结案率");
            var last = trend.getRow(trend.getLastRowNum());
            assertThat(last.getCell(0).getNumericCellValue()).isEqualTo(2025);
            JsonNode c = overall("stats", "caseload", "--year", "2025");
            assertThat(last.getCell(1).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(last.getCell(1).getNumericCellValue()).isEqualTo(c.get("received").asInt());
            assertThat(last.getCell(5).getNumericCellValue()).isCloseTo(c.get("closingRate").asDouble() / 100, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(last.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
        }
    }

    /** The contents (first pages of the PDF) list every chapter with the page number printed on the chapter's page. */
    @Test
    void contentsGiveEachChapterThePageItIsOn() throws Exception {
        try (PDDocument d = Loader.loadPDF(tmp.resolve("白皮书.pdf").toFile())) {
            PDFTextStripper front = new PDFTextStripper();
            front.setEndPage(3);
            String contents = front.getText(d);
            assertThat(contents).contains("目　　录");
            List<String> pageTexts = new ArrayList<>();
            for (int i = 1; i <= d.getNumberOfPages(); i++) {
                PDFTextStripper one = new PDFTextStripper();
                one.setStartPage(i);
                one.setEndPage(i);
                pageTexts.add(one.getText(d).replaceAll("\\s+", ""));
            }
            for (String h : CHAPTERS) {
                int page = tocPage(contents, h);
                // the page printed "— n —" holds the chapter's heading
                String printed = pageTexts.stream().filter(t -> t.contains("—" + page + "—") && !t.contains("目录")).findFirst().orElseThrow();
                assertThat(printed).as(h + " on page " + page).contains(h);
            }
            assertThat(tocPage(contents, CHAPTERS[0])).isEqualTo(1);
            // the chapters are the PDF's bookmarks
            List<String> outline = new ArrayList<>();
            d.getDocumentCatalog().getDocumentOutline().children().forEach(i -> outline.add(i.getTitle()));
            assertThat(outline).containsExactly(CHAPTERS);
        }
    }

    /** The page number a contents' line gives a heading (一、总体情况 ……… 1). */
    static int tocPage(String contents, String heading) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(heading) + "[^\\n\\d]*?(\\d+)\\s*$",
                java.util.regex.Pattern.MULTILINE).matcher(contents);
        assertThat(m.find()).as("contents line of " + heading + " in:\n" + contents).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** LibreOffice (when installed: soffice on the PATH) opens the DOCX and finds every chapter as a heading of level 1. */
    @Test
    void libreOfficeShowsEachChapterAsAHeading() throws Exception {
        java.util.Optional<Path> soffice = java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .map(d -> Path.of(d, "soffice")).filter(Files::isExecutable).findFirst();
        org.junit.jupiter.api.Assumptions.assumeTrue(soffice.isPresent(), "LibreOffice (soffice) is not installed");
        Path out = tmp.resolve("lo");
        Process p = new ProcessBuilder(soffice.get().toString(), "--headless", "-env:UserInstallation=" + tmp.resolve("lo-profile").toUri(),
                "--convert-to", "pdf", "--outdir", out.toString(), tmp.resolve("白皮书.docx").toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)).as(log).isTrue();
        List<String> level1 = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(out.resolve("白皮书.pdf").toFile())) {
            var outline = d.getDocumentCatalog().getDocumentOutline();
            assertThat(outline).as("LibreOffice exported no headings: " + log).isNotNull();
            outline.children().forEach(i -> level1.add(i.getTitle()));
        }
        assertThat(level1).containsExactly(CHAPTERS);
        // the contents LibreOffice shows on opening: every chapter with a page number, in the first pages
        try (PDDocument d = Loader.loadPDF(out.resolve("白皮书.pdf").toFile())) {
            PDFTextStripper front = new PDFTextStripper();
            front.setEndPage(3);
            String contents = front.getText(d);
            for (String h : CHAPTERS) {
                assertThat(tocPage(contents, h)).as(h).isPositive();
            }
        }
    }

    @Test
    void pdfaIsWritten() throws Exception {
        Path pdf = tmp.resolve("定稿.pdf");
        cli("report", "whitepaper", "--year", "2025", "--as-of", AS_OF, "--pdfa", "--out", pdf.toString());
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertThat(d.getDocumentCatalog().getMetadata()).isNotNull();
            String xmp = new String(d.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("pdfaid:part").contains("2");
            assertThat(d.getDocumentCatalog().getOutputIntents()).isNotEmpty();
        }
        // the archival path of 定稿: veraPDF finds a compliant PDF/A-2b (cover, contents' dotted leaders, bookmarks)
        org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider.initialise();
        try (InputStream in = Files.newInputStream(pdf);
             org.verapdf.pdfa.PDFAParser parser = org.verapdf.pdfa.Foundries.defaultInstance().createParser(in,
                     org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_B);
             org.verapdf.pdfa.PDFAValidator validator = org.verapdf.pdfa.Foundries.defaultInstance().createValidator(
                     org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_B, false)) {
            org.verapdf.pdfa.results.ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(t -> t.getStatus() == org.verapdf.pdfa.results.TestAssertion.Status.FAILED)
                    .map(t -> t.getRuleId().getClause() + "-" + t.getRuleId().getTestNumber() + " " + t.getMessage()).distinct().toList();
            assertThat(failed).isEmpty();
            assertThat(result.isCompliant()).isTrue();
        }
    }
}
