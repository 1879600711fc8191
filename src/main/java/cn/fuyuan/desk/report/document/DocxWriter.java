package cn.fuyuan.desk.report.document;

import cn.fuyuan.desk.report.ReportService;
import cn.fuyuan.desk.report.document.Flow.Item;
import cn.fuyuan.desk.report.document.Flow.Role;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHeightRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STSectionMark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * Writes documents as real Word structure with Apache POI XWPF — paragraphs with styles, not JasperReports' page
 * grid of table cells: styles 标题 1–4 (heading 1–4 with outline levels, so the navigation pane and a table of contents
 * work), one section per document with the GB/T 9704 margins and a document grid of 22 lines × 28 characters, odd and
 * even footers holding a PAGE field in the 公文 form "— 1 —", real tables (widths, a repeated header row) only where
 * the content is a table, {@code w:lang} zh-CN and the East Asian font names of {@link Face}.
 */
final class DocxWriter {
    private DocxWriter() {
    }

    static final int CHAR_TWIPS = (int) Math.round(Gbt9704.CHAR_PITCH_PT * 20);
    static final int TEXT_WIDTH_TWIPS = Gbt9704.twips(Gbt9704.TEXT_WIDTH_MM);
    /** w:docGrid/@w:charSpace: the character pitch beyond the 16 pt default size, in 1/4096 pt. */
    static final int CHAR_SPACE = (int) Math.round((Gbt9704.CHAR_PITCH_PT - Gbt9704.BODY_PT) * 4096);
    /** Character spacing of body text in twips: -0.25 pt. */
    static final int CONDENSE_TWIPS = -5;

    static void write(List<OfficialDocument> docs, String name, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            styles(doc);
            fontTable(doc);
            doc.getProperties().getCoreProperties().setTitle(name);
            doc.getProperties().getCoreProperties().setCreator(docs.stream().map(OfficialDocument::author)
                    .filter(a -> a != null && !a.isBlank()).findFirst().orElse(ReportService.CREATOR));
            doc.getProperties().getExtendedProperties().setApplication(ReportService.CREATOR);
            doc.setEvenAndOddHeadings(true);
            java.util.Iterator<PdfLayout.ImprintPlace> imprints = PdfLayout.imprintPlaces(docs).iterator();
            List<CTSectPr> earlier = new java.util.ArrayList<>();
            // a table of contents shows the pages of our PDF's layout
            List<List<Integer>> headingPages = docs.stream().anyMatch(DocxFrontMatter::hasContents) ? PdfLayout.headingPages(docs) : null;
            for (int i = 0; i < docs.size(); i++) {
                document(doc, docs.get(i), imprints, headingPages == null ? List.of() : headingPages.get(i));
                CTSectPr sect;
                if (i + 1 < docs.size()) {
                    // each letter of a batch is a section of its own, numbered from 1
                    XWPFParagraph p = doc.createParagraph();
                    exact(p, Gbt9704.LINE_PITCH_TWIPS);
                    sect = p.getCTP().addNewPPr().addNewSectPr();
                    earlier.add(sect);
                } else {
                    sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                            : doc.getDocument().getBody().addNewSectPr();
                }
                section(sect, i == 0, docs.get(i).landscape());
            }
            footers(doc);
            // every section names the footers: a first section without them has no page numbers (Word and
            // LibreOffice inherit footers only from a previous section)
            CTSectPr last = doc.getDocument().getBody().getSectPr();
            for (CTSectPr sect : earlier) {
                for (var ref : last.getFooterReferenceList()) {
                    var copy = sect.insertNewFooterReference(sect.sizeOfFooterReferenceArray());
                    copy.setType(ref.getType());
                    copy.setId(ref.getId());
                }
            }
            doc.write(out);
        }
    }

    // ---- styles

    private static void styles(XWPFDocument doc) {
        CTStyles ct = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = ct.addNewDocDefaults();
        CTRPr rpr = defaults.addNewRPrDefault().addNewRPr();
        fonts(rpr.addNewRFonts(), Face.FANGSONG);
        rpr.addNewSz().setVal(BigInteger.valueOf(32));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(32));
        CTLanguage lang = rpr.addNewLang();
        lang.setVal("en-US");
        lang.setEastAsia("zh-CN");
        lang.setBidi("ar-SA");
        CTPPrGeneral dp = defaults.addNewPPrDefault().addNewPPr();
        CTSpacing sp = dp.addNewSpacing();
        sp.setBefore(BigInteger.ZERO);
        sp.setAfter(BigInteger.ZERO);

        CTStyle normal = style(ct, "Normal", "Normal", null);
        normal.setDefault(true);
        CTPPrGeneral np = normal.addNewPPr();
        // no extra space between Chinese and Latin text or digits: the PDF has none either
        np.addNewAutoSpaceDE().setVal(STOnOff1.OFF);
        np.addNewAutoSpaceDN().setVal(STOnOff1.OFF);
        np.addNewJc().setVal(STJc.BOTH);
        CTSpacing ns = np.addNewSpacing();
        ns.setLine(BigInteger.valueOf(Gbt9704.LINE_PITCH_TWIPS));
        ns.setLineRule(STLineSpacingRule.EXACT);
        // the grid's character pitch is reckoned from this size (LibreOffice reads it here, not in docDefaults)
        CTRPr nr = normal.addNewRPr();
        fonts(nr.addNewRFonts(), Face.FANGSONG);
        nr.addNewSz().setVal(BigInteger.valueOf(32));
        nr.addNewSzCs().setVal(BigInteger.valueOf(32));
        CTLanguage nl = nr.addNewLang();
        nl.setVal("en-US");
        nl.setEastAsia("zh-CN");
        // a 16 pt character is 0.21 pt wider than a 15.79 pt grid cell; condensed by 0.25 pt it takes one cell
        // (Word squeezes characters into the grid, LibreOffice gives a wider one two cells)
        nr.addNewSpacing().setVal(BigInteger.valueOf(CONDENSE_TWIPS));

        CTStyle body = style(ct, "GwBody", "公文正文", "Normal");
        body.addNewPPr().addNewInd().setFirstLine(BigInteger.valueOf(2L * CHAR_TWIPS));

        CTStyle title = style(ct, "Title", "Title", "Normal");
        CTPPrGeneral tp = title.addNewPPr();
        tp.addNewJc().setVal(STJc.CENTER);
        tp.addNewSnapToGrid().setVal(STOnOff1.OFF);
        tp.addNewKeepNext();
        tp.addNewOutlineLvl().setVal(BigInteger.valueOf(9));
        CTRPr tr = title.addNewRPr();
        fonts(tr.addNewRFonts(), Face.TITLE);
        tr.addNewSpacing().setVal(BigInteger.ZERO);
        tr.addNewSnapToGrid().setVal(STOnOff1.OFF);
        tr.addNewSz().setVal(BigInteger.valueOf(44));
        tr.addNewSzCs().setVal(BigInteger.valueOf(44));

        Face[] faces = {Face.HEI, Face.KAI, Face.FANGSONG, Face.FANGSONG};
        for (int level = 1; level <= 4; level++) {
            CTStyle h = style(ct, "Heading" + level, "heading " + level, "Normal");
            CTPPrGeneral hp = h.addNewPPr();
            hp.addNewKeepNext();
            hp.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            hp.addNewInd().setFirstLine(BigInteger.valueOf(2L * CHAR_TWIPS));
            CTRPr hr = h.addNewRPr();
            fonts(hr.addNewRFonts(), faces[level - 1]);
        }

        CTStyle table = style(ct, "GwTable", "公文表格", "Normal");
        CTPPrGeneral xp = table.addNewPPr();
        xp.addNewSnapToGrid().setVal(STOnOff1.OFF);
        CTSpacing xs = xp.addNewSpacing();
        xs.setLine(BigInteger.valueOf(280));
        xs.setLineRule(STLineSpacingRule.EXACT);
        xp.addNewJc().setVal(STJc.CENTER);
        CTRPr xr = table.addNewRPr();
        xr.addNewSpacing().setVal(BigInteger.ZERO);
        xr.addNewSz().setVal(BigInteger.valueOf(21));
        xr.addNewSzCs().setVal(BigInteger.valueOf(21));
        xr.addNewSnapToGrid().setVal(STOnOff1.OFF);

        CTStyle footer = style(ct, "Footer", "footer", "Normal");
        CTPPrGeneral fp = footer.addNewPPr();
        fp.addNewSnapToGrid().setVal(STOnOff1.OFF);
        CTSpacing fs = fp.addNewSpacing();
        fs.setLineRule(STLineSpacingRule.AUTO);
        fs.setLine(BigInteger.valueOf(240));
        CTRPr fr = footer.addNewRPr();
        fonts(fr.addNewRFonts(), Face.SONG);
        fr.addNewSpacing().setVal(BigInteger.ZERO);
        fr.addNewSnapToGrid().setVal(STOnOff1.OFF);
        fr.addNewSz().setVal(BigInteger.valueOf(28));
        fr.addNewSzCs().setVal(BigInteger.valueOf(28));

        CTStyle imprint = style(ct, "GwImprint", "版记", "Normal");
        CTRPr ir = imprint.addNewRPr();
        ir.addNewSpacing().setVal(BigInteger.ZERO);
        ir.addNewSnapToGrid().setVal(STOnOff1.OFF);
        ir.addNewSz().setVal(BigInteger.valueOf(28));
        ir.addNewSzCs().setVal(BigInteger.valueOf(28));

        doc.createStyles().setStyles(ct);
    }

    /**
     * A font of {@code word/fontTable.xml}: the name the runs ask for, its alternate name (the bundled face the PDF
     * embeds, installed with the application), the PANOSE classification and family of the Windows face of that
     * name, charset 86 (GB2312) and pitch — so that a word processor without the face picks a Chinese one of the same
     * kind and width for the digits and Latin letters too, not a proportional Latin substitute.
     */
    record FontEntry(String name, String altName, String panose, String family, String pitch) {
    }

    static final List<FontEntry> FONT_TABLE = List.of(
            new FontEntry(Face.FANGSONG.wordName(), "AR PL SungtiL GB", "02010609030101010101", "modern", "fixed"),
            new FontEntry(Face.TITLE.wordName(), "AR PL SungtiL GB", "02000000000000000000", "auto", "variable"),
            new FontEntry(Face.HEI.wordName(), "Droid Sans Fallback", "02010609060101010101", "modern", "fixed"),
            new FontEntry(Face.KAI.wordName(), "AR PL KaitiM GB", "02010609030101010101", "modern", "fixed"),
            new FontEntry(Face.SONG.wordName(), "AR PL SungtiL GB", "02010600030101010101", "auto", "variable"));

    private static void fontTable(XWPFDocument doc) throws IOException {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
        for (FontEntry f : FONT_TABLE) {
            x.append("<w:font w:name=\"").append(f.name()).append("\"><w:altName w:val=\"").append(f.altName())
                    .append("\"/><w:panose1 w:val=\"").append(f.panose()).append("\"/><w:charset w:val=\"86\"/><w:family w:val=\"")
                    .append(f.family()).append("\"/><w:pitch w:val=\"").append(f.pitch()).append("\"/></w:font>");
        }
        x.append("<w:font w:name=\"Times New Roman\"><w:panose1 w:val=\"02020603050405020304\"/><w:charset w:val=\"00\"/>"
                + "<w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font></w:fonts>");
        try {
            var name = org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName("/word/fontTable.xml");
            var part = doc.getPackage().createPart(name,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml");
            try (OutputStream os = part.getOutputStream()) {
                os.write(x.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            doc.getPackagePart().addRelationship(name, org.apache.poi.openxml4j.opc.TargetMode.INTERNAL,
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable");
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    private static CTStyle style(CTStyles ct, String id, String name, String basedOn) {
        CTStyle s = ct.addNewStyle();
        s.setType(STStyleType.PARAGRAPH);
        s.setStyleId(id);
        s.addNewName().setVal(name);
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
            s.addNewNext().setVal("Normal".equals(id) ? "Normal" : basedOn);
        }
        s.addNewQFormat();
        return s;
    }

    private static void fonts(CTFonts f, Face face) {
        f.setEastAsia(face.wordName());
        // digits and Latin letters in Times New Roman, as GB/T 9704 documents set them: a face every word processor has
        // or maps to its metric twin (LibreOffice: Liberation Serif), digits ½ em like our PDF's half cells. Named
        // after the CJK face instead, a desk without that face drew them in its default sans (DejaVu Sans, 0.64 em)
        // and "100.00%" broke in its table cell.
        f.setAscii(Gbt9704.LATIN_FACE);
        f.setHAnsi(Gbt9704.LATIN_FACE);
        f.setCs(Gbt9704.LATIN_FACE);
        f.setHint(org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint.EAST_ASIA);
    }

    // ---- section and footers

    private static void section(CTSectPr sect, boolean first, boolean landscape) {
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        int across = Gbt9704.twips(landscape ? Gbt9704.PAGE_HEIGHT_MM : Gbt9704.PAGE_WIDTH_MM);
        int down = Gbt9704.twips(landscape ? Gbt9704.PAGE_WIDTH_MM : Gbt9704.PAGE_HEIGHT_MM);
        size.setW(BigInteger.valueOf(across));
        size.setH(BigInteger.valueOf(down));
        size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        CTPageMar m = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        // the 版心 turned with the page (§10.2): as PdfLayout places it
        double top = landscape ? Gbt9704.LANDSCAPE_TOP_MM : Gbt9704.TOP_MM;
        double left = landscape ? Gbt9704.LANDSCAPE_LEFT_MM : Gbt9704.LEFT_MM;
        double textAcross = landscape ? Gbt9704.TEXT_HEIGHT_MM : Gbt9704.TEXT_WIDTH_MM;
        double textDown = landscape ? Gbt9704.TEXT_WIDTH_MM : Gbt9704.TEXT_HEIGHT_MM;
        double bottom = (landscape ? Gbt9704.PAGE_WIDTH_MM : Gbt9704.PAGE_HEIGHT_MM) - top - textDown;
        m.setTop(BigInteger.valueOf(Gbt9704.twips(top)));
        m.setBottom(BigInteger.valueOf(Gbt9704.twips(bottom)));
        m.setLeft(BigInteger.valueOf(Gbt9704.twips(left)));
        m.setRight(BigInteger.valueOf(across - Gbt9704.twips(left) - Gbt9704.twips(textAcross)));
        m.setHeader(BigInteger.valueOf(Gbt9704.twips(landscape ? 10 : 15)));
        // the page number's top 7 mm below the 版心: a 14 pt line from 28 mm above the page's foot
        m.setFooter(BigInteger.valueOf(Gbt9704.twips(bottom - Gbt9704.PAGE_NUMBER_GAP_MM) - 14 * 20 * 13 / 10));
        m.setGutter(BigInteger.ZERO);
        CTDocGrid grid = sect.isSetDocGrid() ? sect.getDocGrid() : sect.addNewDocGrid();
        // the line grid: 22 lines of 28.95 pt. The 28 characters a line come from the 15.79 pt pitch given in
        // charSpace and the body's 0.25 pt condensed spacing: a character grid (linesAndChars) is not used because
        // LibreOffice gives every character wider than a cell (16 pt > 15.79 pt) two cells and spreads the lines —
        // even condensed to 15.75 pt: tried, LibreOffice 7.4 took the 通知书 from 4 pages to 8
        grid.setType(STDocGrid.LINES);
        grid.setLinePitch(BigInteger.valueOf(Gbt9704.LINE_PITCH_TWIPS));
        grid.setCharSpace(BigInteger.valueOf(CHAR_SPACE));
        if (!first) {
            sect.addNewType().setVal(STSectionMark.NEXT_PAGE);
        }
        sect.addNewPgNumType().setStart(BigInteger.ONE);
    }

    private static void footers(XWPFDocument doc) {
        XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
        XWPFFooter odd = policy.createFooter(STHdrFtr.DEFAULT);
        pageNumber(odd.getParagraphs().isEmpty() ? odd.createParagraph() : odd.getParagraphs().get(0), true);
        XWPFFooter even = policy.createFooter(STHdrFtr.EVEN);
        pageNumber(even.getParagraphs().isEmpty() ? even.createParagraph() : even.getParagraphs().get(0), false);
    }

    /** §7.5: "— n —" in 4号 宋体, odd pages right and even pages left, one character in; n is a PAGE field. */
    private static void pageNumber(XWPFParagraph p, boolean odd) {
        p.setStyle("Footer");
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        ppr.addNewJc().setVal(odd ? STJc.RIGHT : STJc.LEFT);
        CTInd ind = ppr.addNewInd();
        if (odd) {
            ind.setRight(BigInteger.valueOf(280));
        } else {
            ind.setLeft(BigInteger.valueOf(280));
        }
        p.createRun().setText("— ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun instr = p.createRun();
        instr.getCTR().addNewInstrText().setStringValue(" PAGE ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        p.createRun().setText("1");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        p.createRun().setText(" —");
    }

    // ---- content

    private static void document(XWPFDocument doc, OfficialDocument d, java.util.Iterator<PdfLayout.ImprintPlace> imprints,
                                 List<Integer> headingPages) throws IOException {
        boolean landscape = d.landscape();
        List<Item> items = Flow.of(d);
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (it instanceof Flow.Text t) {
                text(doc, t);
                if (t.group() == 0 && !t.blank() && i + 1 < items.size() && items.get(i + 1) instanceof Flow.Text next
                        && next.group() != 0) {
                    // §7.3.5: the signature never alone on a page — the text before it keeps with it (its last two
                    // lines at least, by widow control), as our PDF carries them
                    XWPFParagraph last = doc.getParagraphs().get(doc.getParagraphs().size() - 1);
                    CTPPr ppr = last.getCTP().isSetPPr() ? last.getCTP().getPPr() : last.getCTP().addNewPPr();
                    if (!ppr.isSetKeepNext()) {
                        ppr.addNewKeepNext();
                    }
                    if (!ppr.isSetWidowControl()) {
                        ppr.addNewWidowControl();
                    }
                }
            } else if (it instanceof Flow.TableItem ti) {
                table(doc, ti.table(), landscape);
            } else if (it instanceof Flow.ChartItem ci) {
                chart(doc, ci.chart(), landscape);
            } else if (it instanceof Flow.Break) {
                XWPFParagraph p = doc.createParagraph();
                exact(p, Gbt9704.LINE_PITCH_TWIPS);
                p.setPageBreak(true);
            } else if (it instanceof Flow.RedHead r) {
                redHead(doc, r);
            } else if (it instanceof Flow.ImprintItem im) {
                PdfLayout.ImprintPlace place = imprints.hasNext() ? imprints.next() : new PdfLayout.ImprintPlace(false, 1);
                int empty = place.emptyLines();
                if (place.alone()) {
                    // no room at the foot of the text: the 版记 takes the next page, as in our PDF; the breaking
                    // paragraph takes the page's first line
                    XWPFParagraph p = doc.createParagraph();
                    exact(p, Gbt9704.LINE_PITCH_TWIPS);
                    p.setPageBreak(true);
                    empty--;
                }
                imprint(doc, im.imprint(), Math.max(0, empty));
            } else if (it instanceof Flow.CoverItem c) {
                DocxFrontMatter.cover(doc, c.cover());
                endOfFront(doc, items, i);
            } else if (it instanceof Flow.ContentsItem c) {
                DocxFrontMatter.contents(doc, c, headingPages);
                endOfFront(doc, items, i);
            }
        }
    }

    /**
     * After a cover or contents: a page break, or where the front matter ends a section break, so that the front
     * matter's section has no footer and the text's pages are numbered from 1 (as in our PDF).
     */
    private static void endOfFront(XWPFDocument doc, List<Item> items, int i) {
        XWPFParagraph p = doc.createParagraph();
        exact(p, Gbt9704.LINE_PITCH_TWIPS);
        if (i + 1 < items.size() && items.get(i + 1) instanceof Flow.ContentsItem) {
            p.setPageBreak(true);
        } else {
            section(p.getCTP().getPPr().addNewSectPr(), true, false); // the front matter: portrait, no footer
        }
    }

    private static void text(XWPFDocument doc, Flow.Text t) {
        XWPFParagraph p = doc.createParagraph();
        Paragraph para = t.paragraph();
        switch (t.role()) {
            case TITLE -> p.setStyle("Title");
            case HEADING1, HEADING2, HEADING3, HEADING4 -> p.setStyle("Heading" + (t.role().ordinal() - Role.HEADING1.ordinal() + 1));
            case BODY -> p.setStyle(para.firstIndent() == 2 && para.leftIndent() == 0 && para.rightIndent() == 0
                    && para.align() == Align.JUSTIFY ? "GwBody" : "Normal");
            default -> p.setStyle("Normal");
        }
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        if (t.role() != Role.TITLE && !"GwBody".equals(p.getStyle()) && !p.getStyle().startsWith("Heading")) {
            CTInd ind = ppr.addNewInd();
            long left = Math.round(para.leftIndent() * CHAR_TWIPS);
            long first = Math.round((para.firstIndent() - para.leftIndent()) * CHAR_TWIPS);
            ind.setLeft(BigInteger.valueOf(left));
            if (first >= 0) {
                ind.setFirstLine(BigInteger.valueOf(first));
            } else {
                ind.setHanging(BigInteger.valueOf(-first));
            }
            ind.setRight(BigInteger.valueOf(Math.round(para.rightIndent() * CHAR_TWIPS)));
            ppr.addNewJc().setVal(switch (para.align()) {
                case LEFT -> STJc.LEFT;
                case RIGHT -> STJc.RIGHT;
                case CENTER -> STJc.CENTER;
                case JUSTIFY -> STJc.BOTH;
            });
        }
        if (t.keepWithNext() || t.group() != 0) {
            ppr.addNewKeepNext();
        }
        for (Run r : para.runs()) {
            XWPFRun run = p.createRun();
            run.setText(r.text());
            Face f = r.face() == null ? t.face() : r.face();
            if (f != faceOfStyle(t.role())) {
                CTRPr rpr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
                fonts(rpr.addNewRFonts(), f);
            }
        }
    }

    private static Face faceOfStyle(Role role) {
        return switch (role) {
            case TITLE -> Face.TITLE;
            case HEADING1 -> Face.HEI;
            case HEADING2 -> Face.KAI;
            default -> Face.FANGSONG;
        };
    }

    private static void exact(XWPFParagraph p, int twips) {
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTSpacing s = ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing();
        s.setLine(BigInteger.valueOf(twips));
        s.setLineRule(STLineSpacingRule.EXACT);
    }

    private static void redHead(XWPFDocument doc, Flow.RedHead r) {
        String red = String.format("%06X", Gbt9704.RED_RGB);
        XWPFParagraph mark = doc.createParagraph();
        mark.setStyle("Normal");
        mark.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
        CTPPr mp = mark.getCTP().getPPr();
        CTSpacing ms = mp.addNewSpacing();
        ms.setBefore(BigInteger.valueOf(Gbt9704.twips(35) - 200));
        ms.setLine(BigInteger.valueOf(Math.round(Gbt9704.MARK_PT * 1.4 * 20)));
        ms.setLineRule(STLineSpacingRule.EXACT);
        XWPFRun mr = mark.createRun();
        mr.setText(r.mark());
        mr.setColor(red);
        mr.setFontSize((double) Gbt9704.MARK_PT);
        fonts(mr.getCTR().getRPr().addNewRFonts(), Face.TITLE);
        mr.getCTR().getRPr().addNewSnapToGrid().setVal(STOnOff1.OFF);
        mr.getCTR().getRPr().addNewSpacing().setVal(BigInteger.ZERO);
        XWPFParagraph num = doc.createParagraph();
        num.setStyle("Normal");
        num.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
        num.createRun().setText(r.number() == null ? "" : r.number());
        CTPBdr bdr = num.getCTP().getPPr().addNewPBdr();
        CTBorder b = bdr.addNewBottom();
        b.setVal(STBorder.SINGLE);
        b.setSz(BigInteger.valueOf(12));
        b.setSpace(BigInteger.valueOf(4));
        b.setColor(red);
        XWPFParagraph gap = doc.createParagraph();
        gap.setStyle("Normal");
    }

    private static void table(XWPFDocument doc, Table t, boolean landscape) {
        int textWidth = landscape ? Gbt9704.twips(Gbt9704.TEXT_HEIGHT_MM) : TEXT_WIDTH_TWIPS;
        if (t.caption()) {
            XWPFParagraph cap = doc.createParagraph();
            cap.setStyle("Normal");
            cap.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
            cap.getCTP().getPPr().addNewKeepNext();
            XWPFRun r = cap.createRun();
            r.setText(t.name());
            fonts(r.getCTR().addNewRPr().addNewRFonts(), Face.HEI);
        }
        int cols = t.columns().size();
        XWPFTable table = doc.createTable(t.rows().size() + 1, cols);
        CTTblPr pr = table.getCTTbl().getTblPr();
        pr.addNewTblW().setW(BigInteger.valueOf(textWidth));
        pr.getTblW().setType(STTblWidth.DXA);
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        pr.addNewJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable.CENTER);
        CTTblBorders borders = pr.isSetTblBorders() ? pr.getTblBorders() : pr.addNewTblBorders();
        for (CTBorder b : new CTBorder[]{borders.isSetTop() ? borders.getTop() : borders.addNewTop(),
                borders.isSetBottom() ? borders.getBottom() : borders.addNewBottom(),
                borders.isSetLeft() ? borders.getLeft() : borders.addNewLeft(),
                borders.isSetRight() ? borders.getRight() : borders.addNewRight(),
                borders.isSetInsideH() ? borders.getInsideH() : borders.addNewInsideH(),
                borders.isSetInsideV() ? borders.getInsideV() : borders.addNewInsideV()}) {
            b.setVal(STBorder.SINGLE);
            b.setSz(BigInteger.valueOf(4));
            b.setColor("000000");
        }
        long[] widths = new long[cols];
        long used = 0;
        var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        // the PDF's column widths (a date or a figure never narrower than its widest cell)
        double[] pt = PdfLayout.columnWidths(t, textWidth / 20.0);
        for (int c = 0; c < cols; c++) {
            widths[c] = c + 1 == cols ? textWidth - used : Math.round(pt[c] * 20);
            used += widths[c];
            grid.addNewGridCol().setW(BigInteger.valueOf(widths[c]));
        }
        // the PDF's row heights and cell padding, so that the table runs onto the same pages
        double[] heights = PdfLayout.rowHeights(t, landscape);
        var mar = pr.isSetTblCellMar() ? pr.getTblCellMar() : pr.addNewTblCellMar();
        long pad = Math.round(PdfLayout.CELL_PAD * 20);
        (mar.isSetLeft() ? mar.getLeft() : mar.addNewLeft()).setW(BigInteger.valueOf(pad));
        mar.getLeft().setType(STTblWidth.DXA);
        (mar.isSetRight() ? mar.getRight() : mar.addNewRight()).setW(BigInteger.valueOf(pad));
        mar.getRight().setType(STTblWidth.DXA);
        for (int r = 0; r <= t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r);
            var trPr = row.getCtRow().isSetTrPr() ? row.getCtRow().getTrPr() : row.getCtRow().addNewTrPr();
            trPr.addNewCantSplit();
            if (r == 0) {
                row.setRepeatHeader(true);
            }
            var h = trPr.addNewTrHeight();
            h.setVal(BigInteger.valueOf(Math.round(heights[r] * 20)));
            h.setHRule(STHeightRule.AT_LEAST);
            for (int c = 0; c < cols; c++) {
                XWPFTableCell cell = row.getCell(c);
                CTTcPr tc = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                tc.addNewTcW().setW(BigInteger.valueOf(widths[c]));
                tc.getTcW().setType(STTblWidth.DXA);
                tc.addNewVAlign().setVal(STVerticalJc.CENTER);
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setStyle("GwTable");
                Column col = t.columns().get(c);
                String text = r == 0 ? col.header() : t.rows().get(r - 1).get(c).text();
                if (r > 0 && col.align() != Align.CENTER) {
                    p.setAlignment(col.align() == Align.RIGHT ? org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT
                            : org.apache.poi.xwpf.usermodel.ParagraphAlignment.LEFT);
                }
                XWPFRun run = p.createRun();
                run.setText(text);
                if (r == 0) {
                    fonts(run.getCTR().addNewRPr().addNewRFonts(), Face.HEI);
                }
            }
        }
        // the grid resumes after the table
        XWPFParagraph after = doc.createParagraph();
        after.setStyle("Normal");
        exact(after, 120);
    }

    private static void chart(XWPFDocument doc, Chart c, boolean landscape) throws IOException {
        if (c.caption() != null && !c.caption().isBlank()) {
            XWPFParagraph cap = doc.createParagraph();
            cap.setStyle("Normal");
            cap.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
            cap.getCTP().getPPr().addNewKeepNext();
            XWPFRun r = cap.createRun();
            r.setText(c.caption());
            fonts(r.getCTR().addNewRPr().addNewRFonts(), Face.HEI);
        }
        double w = landscape ? Gbt9704.textHeightPt() : Gbt9704.textWidthPt();
        double h = PdfLayout.CHART_LINES * Gbt9704.LINE_PITCH_PT;
        byte[] png = png(new ChartPainter(c, w, h), 3);
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Normal");
        p.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
        CTSpacing s = p.getCTP().getPPr().addNewSpacing();
        s.setLineRule(STLineSpacingRule.AUTO);
        s.setLine(BigInteger.valueOf(240));
        try {
            // a little smaller than the block so that the line holding it stays within the grid's lines
            p.createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, "chart.png",
                    Units.toEMU(w - 2), Units.toEMU(h - 2 * Gbt9704.LINE_PITCH_PT));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    /** The chart painted at {@code scale} pixels per point, labels in the bundled Song face. */
    static byte[] png(ChartPainter painter, int scale) throws IOException {
        int w = (int) Math.round(painter.width() * scale);
        int h = (int) Math.round(painter.height() * scale);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.scale(scale, scale);
            painter.paintShapes(g);
            g.setColor(Color.BLACK);
            for (ChartPainter.Label l : painter.labels()) {
                g.setFont(Fonts.of(Face.SONG).deriveFont(l.size()));
                double tw = g.getFontMetrics().getStringBounds(l.text(), g).getWidth();
                double x = l.right() ? l.x() - tw : l.x() - tw / 2;
                g.drawString(l.text(), (float) x, (float) (l.y() + l.size() * 0.88));
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** Width of the 版记's rules in eighths of a point (w:sz): 1 pt above and below it, 0.5 pt between its rows. */
    static final int RULE_OUTER = 8;
    static final int RULE_INNER = 4;

    /**
     * 版记 at the foot of the page's text: plain paragraphs after {@code emptyLines} lines of space, their rules as
     * paragraph borders, each row exactly one grid line tall with its rules (a row's line is its pitch less its
     * borders). Not a frame: LibreOffice does not position a paragraph frame by {@code w:yAlign} (it keeps the text in
     * the flow, at the top of the page, and drops its borders); space before is what Word and LibreOffice both lay
     * out alike.
     */
    private static void imprint(XWPFDocument doc, Imprint im, int emptyLines) {
        String cc = im.copiesLine();
        if (cc != null) {
            XWPFParagraph p = imprintParagraph(doc, RULE_OUTER, RULE_INNER, emptyLines);
            p.getCTP().getPPr().addNewKeepNext();
            p.createRun().setText(cc);
        }
        XWPFParagraph p = imprintParagraph(doc, cc == null ? RULE_OUTER : 0, RULE_OUTER, cc == null ? emptyLines : 0);
        p.createRun().setText(im.printedBy() == null ? "" : im.printedBy());
        XWPFRun tab = p.createRun();
        tab.addTab();
        p.createRun().setText(im.printedLine());
        var tabs = p.getCTP().getPPr().addNewTabs().addNewTab();
        tabs.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc.RIGHT);
        tabs.setPos(BigInteger.valueOf(TEXT_WIDTH_TWIPS - 280));
    }

    private static XWPFParagraph imprintParagraph(XWPFDocument doc, int topRule, int bottomRule, int emptyLines) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("GwImprint");
        CTPPr ppr = p.getCTP().getPPr();
        CTPBdr bdr = ppr.addNewPBdr();
        if (topRule > 0) {
            rule(bdr.addNewTop(), topRule);
        }
        rule(bdr.addNewBottom(), bottomRule);
        ppr.addNewSnapToGrid().setVal(STOnOff1.OFF);
        CTSpacing s = ppr.addNewSpacing();
        // a little less than the lines left, so that rounding never pushes the 版记 onto another page
        s.setBefore(BigInteger.valueOf(Math.max(0, (long) emptyLines * Gbt9704.LINE_PITCH_TWIPS - (emptyLines > 0 ? 10 : 0))));
        // borders add their width to the row: the rows and rules take exactly their grid lines
        s.setLine(BigInteger.valueOf(Gbt9704.LINE_PITCH_TWIPS - (topRule + bottomRule) * 20 / 8));
        s.setLineRule(STLineSpacingRule.EXACT);
        // the rules span the text block, the text one character in (GB/T 9704 §7.4)
        CTInd ind = ppr.addNewInd();
        ind.setLeft(BigInteger.ZERO);
        ind.setRight(BigInteger.ZERO);
        ind.setFirstLine(BigInteger.valueOf(280));
        return p;
    }

    private static void rule(CTBorder b, int size) {
        b.setVal(STBorder.SINGLE);
        b.setSz(BigInteger.valueOf(size));
        b.setSpace(BigInteger.ZERO);
        b.setColor("000000");
    }
}
