package cn.fuyuan.desk.report.document;

/**
 * The faces of GB/T 9704. Each names the family a word processor should use and its freely licensed stand-in that
 * the PDF embeds (no free 仿宋 or 小标宋 exists: their stand-in is the Song face at the same size).
 */
public enum Face {
    /** 小标宋: titles, the 纪要 mark. */
    TITLE("方正小标宋简体", "宋体", "FY Song"),
    /** 黑体: level-1 headings, labels. */
    HEI("黑体", "黑体", "FY Hei"),
    /** 楷体: level-2 headings. */
    KAI("楷体_GB2312", "楷体", "FY Kai"),
    /** 仿宋: body text, levels 3 and 4. */
    FANGSONG("仿宋_GB2312", "仿宋", "FY FangSong"),
    /** 宋体: page numbers. */
    SONG("宋体", "宋体", "FY Song");

    private final String wordName;
    private final String fallbackName;
    private final String pdfFamily;

    Face(String wordName, String fallbackName, String pdfFamily) {
        this.wordName = wordName;
        this.fallbackName = fallbackName;
        this.pdfFamily = pdfFamily;
    }

    /** The East Asian font name written into DOCX (仿宋_GB2312 …). */
    public String wordName() {
        return wordName;
    }

    /** The common font a word processor falls back to when {@link #wordName()} is not installed (仿宋 …). */
    public String fallbackName() {
        return fallbackName;
    }

    /** The font family of cn/fuyuan/desk/report/fonts.xml used in the PDF. */
    public String pdfFamily() {
        return pdfFamily;
    }
}
