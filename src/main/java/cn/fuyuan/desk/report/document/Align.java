package cn.fuyuan.desk.report.document;

/** Horizontal alignment of a paragraph or a table column. */
public enum Align {
    /** Both edges straight, the last line flush left (body text). */
    JUSTIFY,
    LEFT,
    CENTER,
    RIGHT
}
