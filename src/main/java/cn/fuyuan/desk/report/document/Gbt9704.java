package cn.fuyuan.desk.report.document;

import java.time.LocalDate;

/**
 * The GB/T 9704-2012 page, defined once for every renderer (domain.md §6).
 *
 * <p>A4 portrait; 版心 156 × 225 mm, its top 37 mm from the page top, its left edge at the 28 mm binding margin
 * (right margin 26 mm, bottom 35 mm). Body 3号 (16 pt) 仿宋, 22 lines of 28 characters: the line pitch is 28.95 pt
 * (Word's 579 twips, 22 lines = 636.9 pt within the 637.8 pt block) and the character pitch 156 mm / 28 = 15.79 pt —
 * every face (仿宋, 黑体, 楷体) keeps that pitch, so a heading line holds 28 characters as a body line does. A half-width
 * character (digit, Latin letter) takes half a cell. Title 2号 (22 pt) 小标宋 centred; page numbers 4号 (14 pt) 宋体
 * "— 1 —", 7 mm below the 版心, odd pages right and even pages left, one character in (§7.5); 版记 in 4号 仿宋 at the
 * foot of the last page (§7.4).
 */
public final class Gbt9704 {
    private Gbt9704() {
    }

    /** Points per millimetre. */
    public static final double PT_PER_MM = 72.0 / 25.4;

    public static final double PAGE_WIDTH_MM = 210;
    public static final double PAGE_HEIGHT_MM = 297;
    public static final double TOP_MM = 37;
    public static final double LEFT_MM = 28;
    public static final double TEXT_WIDTH_MM = 156;
    public static final double TEXT_HEIGHT_MM = 225;
    public static final double RIGHT_MM = PAGE_WIDTH_MM - LEFT_MM - TEXT_WIDTH_MM;
    public static final double BOTTOM_MM = PAGE_HEIGHT_MM - TOP_MM - TEXT_HEIGHT_MM;

    /**
     * A table too wide for the page is printed across the page turned (A4 landscape, §10.2): the same 版心 turned with
     * it, 225 mm across and 156 mm down, its left edge where the top margin was and its top where the right margin
     * was.
     */
    public static final double LANDSCAPE_LEFT_MM = TOP_MM;
    public static final double LANDSCAPE_TOP_MM = RIGHT_MM;

    /** Lines on a full page and characters on a full line. */
    public static final int LINES = 22;
    public static final int CHARS = 28;

    public static final float BODY_PT = 16f;
    public static final float TITLE_PT = 22f;
    /** 4号: page numbers, 抄送 and 印发 of the 版记. */
    public static final float SMALL_PT = 14f;
    /** Table text (五号) in tables of many columns. */
    public static final float TABLE_PT = 10.5f;
    /** The 纪要 mark (红头) size. */
    public static final float MARK_PT = 34f;
    /** The red of a 红头 and its rule. */
    public static final int RED_RGB = 0xE60012;

    /** Line pitch in twips (1/20 pt) as Word stores it in w:docGrid/@w:linePitch. */
    public static final int LINE_PITCH_TWIPS = 579;
    public static final double LINE_PITCH_PT = LINE_PITCH_TWIPS / 20.0;
    /** Character pitch: the text block's width over 28. */
    public static final double CHAR_PITCH_PT = TEXT_WIDTH_MM * PT_PER_MM / CHARS;

    /** Page-number position: its top 7 mm below the 版心. */
    public static final double PAGE_NUMBER_GAP_MM = 7;

    public static double pt(double mm) {
        return mm * PT_PER_MM;
    }

    public static double pageWidthPt() {
        return pt(PAGE_WIDTH_MM);
    }

    public static double pageHeightPt() {
        return pt(PAGE_HEIGHT_MM);
    }

    public static double leftPt() {
        return pt(LEFT_MM);
    }

    public static double topPt() {
        return pt(TOP_MM);
    }

    public static double textWidthPt() {
        return pt(TEXT_WIDTH_MM);
    }

    public static double textHeightPt() {
        return pt(TEXT_HEIGHT_MM);
    }

    /** Twips (1/20 pt) of a length in millimetres, rounded. */
    public static int twips(double mm) {
        return (int) Math.round(pt(mm) * 20);
    }

    /** A date in the text of a document: 2025年7月1日 (Arabic numerals, no leading zeros). */
    public static String date(LocalDate d) {
        return d == null ? "" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** The printed page number in the 公文 form: "— 7 —". */
    public static String pageNumber(int n) {
        return "— " + n + " —";
    }

    /**
     * Width of a character in cells of the grid: 1 for a full-width character (汉字, full-width punctuation),
     * ½ for a half-width one (ASCII digits, letters, spaces and punctuation).
     */
    public static double cells(int codePoint) {
        return codePoint < 0x2000 ? 0.5 : 1.0;
    }

    /** Cells taken by a string. */
    public static double cells(String s) {
        double n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            n += cells(cp);
            i += Character.charCount(cp);
        }
        return n;
    }

    /** The DOCX's face for digits and Latin letters (GB/T 9704 practice; LibreOffice takes metric-equal Liberation Serif). */
    public static final String LATIN_FACE = "Times New Roman";

    /**
     * Width of a string in ems when its half-width characters are set in {@link #LATIN_FACE} (its advance widths:
     * digits ½ em, "." ¼ (taken as 0.278, the width of ":"), "%" 0.833, "+" 0.564, "-" 0.333; others taken as ½) and the rest a full cell: what a word
     * processor gives a figure that our PDF sets in half cells.
     */
    public static double latinEms(String s) {
        double n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            n += switch (cp) {
                case '.', ',', ':', ';', '/' -> 0.278;
                case '%' -> 0.833;
                case '+', '=', '<', '>' -> 0.564;
                case '-', '(', ')' -> 0.333;
                default -> cp < 0x2000 ? (Character.isUpperCase(cp) ? 0.722 : 0.5) : 1.0;
            };
            i += Character.charCount(cp);
        }
        return n;
    }
}
