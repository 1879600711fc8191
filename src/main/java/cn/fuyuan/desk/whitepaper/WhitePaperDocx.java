package cn.fuyuan.desk.whitepaper;

import cn.fuyuan.desk.report.ReportException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The white paper as an editable Word document: real heading styles (标题 1 for chapters, 标题 2 for sub-headings, so
 * the navigation pane shows them), a TOC field Word fills when the file is opened, real tables whose first row repeats
 * on every page, the charts as pictures, A4 with the GB/T 9704 margins.
 */
public final class WhitePaperDocx {
    private WhitePaperDocx() {
    }

    static void write(WhitePaper p, String courtName, Path out) {
        Path target = out.toAbsolutePath();
        Path temp = null;
        try (XWPFDocument doc = new XWPFDocument()) {
            styles(doc);
            page(doc);
            cover(doc, p, courtName);
            toc(doc);
            int tableNo = 0;
            boolean first = true;
            for (WhitePaper.Part part : p.parts()) {
                XWPFParagraph h = doc.createParagraph();
                h.setStyle("Heading1");
                h.setPageBreak(first);
                first = false;
                h.createRun().setText(part.heading());
                for (Narrative.Block b : Narrative.blocks(part.narrative())) {
                    if (b.subheading()) {
                        XWPFParagraph s = doc.createParagraph();
                        s.setStyle("Heading2");
                        s.createRun().setText(b.text());
                    } else {
                        body(doc, b.text());
                    }
                }
                for (ChapterFigures.Chart c : part.figures().charts()) {
                    if (c.categories().isEmpty()) {
                        continue;
                    }
                    caption(doc, c.title());
                    XWPFParagraph pic = doc.createParagraph();
                    pic.setAlignment(ParagraphAlignment.CENTER);
                    pic.createRun().addPicture(new ByteArrayInputStream(ChartDrawing.png(c, 442, 200)), Document.PICTURE_TYPE_PNG,
                            "chart.png", Units.toEMU(442), Units.toEMU(200));
                }
                for (ChapterFigures.Table t : part.figures().tables()) {
                    if (t.rows().isEmpty()) {
                        continue;
                    }
                    tableNo++;
                    caption(doc, WhitePaperReport.caption(tableNo, t));
                    table(doc, t);
                }
                for (ChapterFigures.TypicalCase c : part.figures().cases()) {
                    XWPFParagraph s = doc.createParagraph();
                    s.setStyle("Heading2");
                    s.createRun().setText(c.title());
                    body(doc, "【案号】" + c.caseNumber());
                    body(doc, "【基本案情】" + c.basicFacts());
                    body(doc, "【裁判结果】" + c.judgment());
                    body(doc, "【典型意义】" + c.significance());
                }
            }
            doc.enforceUpdateFields();
            doc.getProperties().getCoreProperties().setTitle(p.title());
            doc.getProperties().getCoreProperties().setCreator(cn.fuyuan.desk.report.ReportService.CREATOR);
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".part");
            try (OutputStream os = Files.newOutputStream(temp)) {
                doc.write(os);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new ReportException("Cannot write DOCX " + target + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort
                }
            }
        }
    }

    private static void fonts(CTRPr rpr, String face, int halfPoints) {
        CTFonts f = rpr.addNewRFonts();
        f.setEastAsia(face);
        f.setAscii(face);
        f.setHAnsi(face);
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
    }

    private static void style(XWPFStyles styles, String id, String name, Integer outline, String face, int halfPoints, boolean paragraph) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(paragraph ? STStyleType.PARAGRAPH : STStyleType.CHARACTER);
        s.addNewName().setVal(name);
        if (!"Normal".equals(id)) {
            s.addNewBasedOn().setVal("Normal");
            s.addNewNext().setVal("Normal");
        }
        s.addNewQFormat();
        if (outline != null) {
            s.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            s.getPPr().addNewKeepNext();
            s.addNewUiPriority().setVal(BigInteger.valueOf(9));
        }
        fonts(s.addNewRPr(), face, halfPoints);
        styles.addStyle(new XWPFStyle(s, styles));
    }

    private static void styles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        style(styles, "Normal", "Normal", null, "仿宋", 32, true);
        style(styles, "Title", "Title", null, "方正小标宋简体", 44, true);
        style(styles, "Heading1", "heading 1", 0, "黑体", 32, true);
        style(styles, "Heading2", "heading 2", 1, "楷体", 32, true);
        style(styles, "Caption", "caption", null, "黑体", 24, true);
        style(styles, "TableText", "Table Text", null, "仿宋", 21, true);
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(2098));    // 37 mm
        mar.setLeft(BigInteger.valueOf(1587));   // 28 mm
        mar.setRight(BigInteger.valueOf(1474));  // 26 mm: text block 156 mm
        mar.setBottom(BigInteger.valueOf(1984)); // 35 mm: text block 225 mm
    }

    private static void cover(XWPFDocument doc, WhitePaper p, String courtName) {
        for (int i = 0; i < 6; i++) {
            doc.createParagraph();
        }
        XWPFParagraph t = doc.createParagraph();
        t.setStyle("Title");
        t.setAlignment(ParagraphAlignment.CENTER);
        t.createRun().setText(p.title());
        for (int i = 0; i < 8; i++) {
            doc.createParagraph();
        }
        for (String line : List.of(courtName == null ? "" : courtName, WhitePaperReport.dateText(p))) {
            XWPFParagraph c = doc.createParagraph();
            c.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun r = c.createRun();
            r.setFontFamily("楷体");
            r.setFontSize(18);
            r.setText(line);
        }
    }

    private static void toc(XWPFDocument doc) {
        XWPFParagraph h = doc.createParagraph();
        h.setPageBreak(true);
        h.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun hr = h.createRun();
        hr.setFontFamily("黑体");
        hr.setFontSize(22);
        hr.setText("目　　录");
        XWPFParagraph p = doc.createParagraph();
        CTFldChar begin = p.createRun().getCTR().addNewFldChar();
        begin.setFldCharType(STFldCharType.BEGIN);
        begin.setDirty(true);
        p.createRun().getCTR().addNewInstrText().setStringValue(" TOC \\o \"1-2\" \\h \\z \\u ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        p.createRun().setText("（打开文件时更新目录；如未更新，请右键“更新域”）");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static void body(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(640);
        p.setSpacingBetween(28.95, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
        p.createRun().setText(text);
    }

    private static void caption(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Caption");
        p.setAlignment(ParagraphAlignment.CENTER);
        p.createRun().setText(text);
    }

    private static void table(XWPFDocument doc, ChapterFigures.Table t) {
        XWPFTable table = doc.createTable(t.rows().size() + 1, t.header().size());
        table.setWidth("100%");
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int c = 0; c < t.header().size(); c++) {
            cell(head.getCell(c).getParagraphs().get(0), t.header().get(c), true, c > 0);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            List<String> cells = t.rows().get(r);
            for (int c = 0; c < t.header().size(); c++) {
                cell(row.getCell(c).getParagraphs().get(0), c < cells.size() ? cells.get(c) : "", false, c > 0);
            }
        }
        doc.createParagraph();
    }

    private static void cell(XWPFParagraph p, String text, boolean header, boolean centre) {
        p.setStyle("TableText");
        p.setAlignment(header || centre ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
        XWPFRun r = p.createRun();
        if (header) {
            r.setFontFamily("黑体");
        }
        r.setText(text == null ? "" : text);
    }
}
