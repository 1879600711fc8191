package cn.fuyuan.desk.whitepaper;

/** The chapters of the white paper, in the order of domain.md §9. */
public enum Chapter {
    OVERVIEW("总体情况"),
    FEATURES("案件特点"),
    LOSS("行政机关败诉情况"),
    APPEARANCE("行政机关负责人出庭应诉情况"),
    SUGGESTION("司法建议工作情况"),
    LINKAGE("府院联动工作情况"),
    PROBLEMS("存在的主要问题"),
    RECOMMENDATIONS("对策建议"),
    TYPICAL("典型案例");

    private static final String NUMERALS = "一二三四五六七八九十";
    private final String title;

    Chapter(String title) {
        this.title = title;
    }

    /** The chapter's name as printed, without its number (总体情况). */
    public String title() {
        return title;
    }

    /** 一、总体情况 */
    public String heading() {
        return NUMERALS.charAt(ordinal()) + "、" + title;
    }

    /** 1-based position. */
    public int position() {
        return ordinal() + 1;
    }

    /** （一） … （十） for the sub-headings of a chapter. */
    public static String subNumber(int n) {
        return "（" + (n <= 10 ? String.valueOf(NUMERALS.charAt(n - 1)) : Integer.toString(n)) + "）";
    }

    /** 一 … 十 */
    public static String numeral(int n) {
        return n <= 10 ? String.valueOf(NUMERALS.charAt(n - 1)) : Integer.toString(n);
    }
}
