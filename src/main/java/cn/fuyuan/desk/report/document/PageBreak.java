package cn.fuyuan.desk.report.document;

/** The next block starts on a new page. */
public record PageBreak() implements Block {
}
