package cn.fuyuan.desk.report.document;

/** A block of a document's body, in reading order. */
public sealed interface Block permits Heading, Paragraph, Table, Chart, PageBreak, Cover, Contents {
}
