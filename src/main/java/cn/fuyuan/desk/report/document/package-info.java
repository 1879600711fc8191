/**
 * One official-document content model and its renderers.
 *
 * <p>A feature builds an {@link cn.fuyuan.desk.report.document.OfficialDocument} from its figures — content only:
 * title, 发文字号, 主送, body {@link cn.fuyuan.desk.report.document.Block blocks} (headings of the four GB/T 9704
 * levels, paragraphs, tables, charts, page breaks; for a long document a cover and a contents), attachments, signature and date, 附注, the 版记 — and hands it to
 * {@link cn.fuyuan.desk.report.document.DocumentRenderer}. The layout rules of GB/T 9704-2012 are defined once, in
 * {@link cn.fuyuan.desk.report.document.Gbt9704}, and applied by the renderers:
 * <ul>
 *   <li>{@code PdfLayout}: a {@link net.sf.jasperreports.engine.JasperPrint} built directly (no template), so PDF,
 *       preview and printer keep going through {@link cn.fuyuan.desk.report.ReportService},
 *       {@link cn.fuyuan.desk.report.ReportPreview} and {@link cn.fuyuan.desk.report.ReportPrinting};</li>
 *   <li>{@code DocxWriter}: real Word structure with Apache POI XWPF (styles, one section, a document grid,
 *       a footer PAGE field, real tables);</li>
 *   <li>{@code XlsxWriter}: one sheet per table, typed cells.</li>
 * </ul>
 *
 * <p>Use:
 * <pre>{@code
 * OfficialDocument doc = OfficialDocument.builder("关于……的通报")
 *         .number("巴法〔2025〕3号").recipient("各旗县区人民政府，市直各有关单位：")
 *         .paragraph("为……，现将有关情况通报如下。")
 *         .heading(1, "一、总体情况")
 *         .table(Table.of("总体情况", List.of(Column.text("项目", 2), Column.of("本期", 1, CellType.PERCENT)), rows))
 *         .signature("巴彦淖尔市中级人民法院", LocalDate.of(2025, 10, 10))
 *         .build();
 * JasperPrint print = DocumentRenderer.print(doc);           // preview, printer, ReportService.export(print, …)
 * DocumentRenderer.write(doc, DocumentFormat.DOCX, out, ProgressListener.NONE);
 * }</pre>
 * A {@code JasperPrint} made by {@link cn.fuyuan.desk.report.document.DocumentRenderer#print} remembers its document, so
 * {@code ReportService.export(print, DOCX|XLSX, …)} writes the real DOCX / XLSX of that document (callers that hold
 * only the print need no change).
 *
 * <p>Text is plain Unicode; the renderers choose faces by role (title 小标宋, level-1 heading 黑体, level-2 楷体,
 * body 仿宋). A paragraph may mix faces through {@link cn.fuyuan.desk.report.document.Run runs} (出席： in 黑体).
 * Dates are {@link java.time.LocalDate}s and are written 2025年7月1日 ({@link cn.fuyuan.desk.report.document.Gbt9704#date}).
 * Table cells carry their typed value beside the printed text (see {@link cn.fuyuan.desk.report.document.Cell}).
 */
package cn.fuyuan.desk.report.document;
