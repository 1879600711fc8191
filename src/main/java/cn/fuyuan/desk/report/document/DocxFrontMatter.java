package cn.fuyuan.desk.report.document;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;

/**
 * The DOCX of a {@link Cover} and a {@link Contents} ({@link DocxWriter} calls these): the cover's lines on the grid
 * lines of our PDF, and the contents as a TOC field whose result — the entries, styles 目录 1–4 with a dotted tab to the
 * page number — is written already, with the pages of our PDF layout. Word and LibreOffice show that result on
 * opening without updating the field; updating it (F9, 更新目录) rebuilds it from the heading styles.
 */
final class DocxFrontMatter {
    private DocxFrontMatter() {
    }

    static boolean hasContents(OfficialDocument d) {
        return d.body().stream().anyMatch(Contents.class::isInstance);
    }

    static void cover(XWPFDocument doc, Cover c) {
        int line = 0;
        while (line < Cover.TITLE_LINE) {
            blank(doc);
            line++;
        }
        for (String t : Flow.titleLines(c.title())) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle("Title");
            p.createRun().setText(t);
            line++;
        }
        int under = Math.max(line + 2, Cover.LINES_LINE);
        while (line < under) {
            blank(doc);
            line++;
        }
        for (String t : c.lines()) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle("Normal");
            p.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun r = p.createRun();
            r.setText(t);
            fonts(r.getCTR().addNewRPr().addNewRFonts(), Face.KAI);
        }
    }

    private static void blank(XWPFDocument doc) {
        doc.createParagraph().setStyle("Normal");
    }

    /** The contents: its heading, then the TOC field with its entries written. */
    static void contents(XWPFDocument doc, Flow.ContentsItem c, List<Integer> pages) {
        styles(doc, c.contents().depth());
        XWPFParagraph head = doc.createParagraph();
        head.setStyle("Normal");
        head.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun hr = head.createRun();
        hr.setText(c.contents().heading());
        CTRPr hp = hr.getCTR().addNewRPr();
        fonts(hp.addNewRFonts(), Face.HEI);
        hp.addNewSz().setVal(BigInteger.valueOf(Math.round(Gbt9704.TITLE_PT * 2)));
        hp.addNewSzCs().setVal(BigInteger.valueOf(Math.round(Gbt9704.TITLE_PT * 2)));
        blank(doc);
        List<Flow.Entry> entries = c.entries();
        String instr = " TOC \\o \"1-" + c.contents().depth() + "\" \\h \\z \\u ";
        if (entries.isEmpty()) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle("TOC1");
            field(p, STFldCharType.BEGIN);
            p.createRun().getCTR().addNewInstrText().setStringValue(instr);
            field(p, STFldCharType.SEPARATE);
            field(p, STFldCharType.END);
            return;
        }
        for (int k = 0; k < entries.size(); k++) {
            Flow.Entry e = entries.get(k);
            XWPFParagraph p = doc.createParagraph();
            p.setStyle("TOC" + e.level());
            if (k == 0) {
                field(p, STFldCharType.BEGIN);
                p.createRun().getCTR().addNewInstrText().setStringValue(instr);
                field(p, STFldCharType.SEPARATE);
            }
            p.createRun().setText(e.text());
            p.createRun().addTab();
            p.createRun().setText(e.heading() < pages.size() ? Integer.toString(pages.get(e.heading())) : "");
            if (k + 1 == entries.size()) {
                field(p, STFldCharType.END);
            }
        }
    }

    private static void field(XWPFParagraph p, STFldCharType.Enum type) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(type);
    }

    /** 目录 1 … 目录 n (toc 1 …: the names Word and LibreOffice give the contents' levels), when not there yet. */
    private static void styles(XWPFDocument doc, int depth) {
        XWPFStyles styles = doc.getStyles() == null ? doc.createStyles() : doc.getStyles();
        long width = DocxWriter.TEXT_WIDTH_TWIPS;
        for (int level = 1; level <= depth; level++) {
            String id = "TOC" + level;
            if (styles.styleExist(id)) {
                continue;
            }
            CTStyle s = CTStyle.Factory.newInstance();
            s.setType(STStyleType.PARAGRAPH);
            s.setStyleId(id);
            s.addNewName().setVal("toc " + level);
            s.addNewBasedOn().setVal("Normal");
            s.addNewNext().setVal("Normal");
            s.addNewUiPriority().setVal(BigInteger.valueOf(39));
            CTPPrGeneral p = s.addNewPPr();
            CTTabStop tab = p.addNewTabs().addNewTab();
            tab.setVal(STTabJc.RIGHT);
            tab.setLeader(STTabTlc.DOT);
            tab.setPos(BigInteger.valueOf(width));
            long indent = Math.round(Contents.indent(level) * DocxWriter.CHAR_TWIPS);
            var ind = p.addNewInd();
            ind.setLeft(BigInteger.valueOf(indent + DocxWriter.CHAR_TWIPS));
            ind.setHanging(BigInteger.valueOf(DocxWriter.CHAR_TWIPS));
            p.addNewJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc.LEFT);
            if (level == 1) {
                fonts(s.addNewRPr().addNewRFonts(), Face.HEI);
            }
            styles.addStyle(new XWPFStyle(s, styles));
        }
    }

    private static void fonts(CTFonts f, Face face) {
        f.setEastAsia(face.wordName());
        f.setAscii(face.wordName());
        f.setHAnsi(face.wordName());
        f.setHint(org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint.EAST_ASIA);
    }
}
