package cn.fuyuan.desk.report.document;

import cn.fuyuan.desk.report.DocumentFormat;
import cn.fuyuan.desk.report.ProgressListener;
import cn.fuyuan.desk.report.ReportService;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * Renders {@link OfficialDocument}s: {@link #print} for PDF, preview and printer (a JasperPrint laid out on the
 * GB/T 9704 grid), {@link #write} for a file in any {@link DocumentFormat}.
 *
 * <p>A print made here carries its documents: {@link ReportService#export} writes DOCX and XLSX from the documents
 * themselves (POI: real Word structure, typed cells), PDF from the print (PDF/A-2b when the document is archival).
 */
public final class DocumentRenderer {
    private DocumentRenderer() {
    }

    /** One document as a JasperPrint. */
    public static JasperPrint print(OfficialDocument doc) {
        return print(List.of(doc), doc.plainTitle());
    }

    /**
     * Several documents in one print (a batch of notices), each starting on a new page with its own page numbers.
     *
     * @param name the print's name and the file's metadata title
     */
    public static JasperPrint print(List<OfficialDocument> docs, String name) {
        Objects.requireNonNull(docs, "docs");
        JasperPrint print = PdfLayout.print(docs, name);
        print.setProperty(ReportService.PROPERTY_TITLE, name);
        String author = docs.stream().map(OfficialDocument::author).filter(Objects::nonNull).findFirst().orElse(null);
        if (author != null) {
            print.setProperty(ReportService.PROPERTY_AUTHOR, author);
        }
        boolean archival = !docs.isEmpty() && docs.stream().allMatch(OfficialDocument::archival);
        print.setProperty(ReportService.PROPERTY_PDFA, String.valueOf(archival));
        List<OfficialDocument> copy = List.copyOf(docs);
        ReportService.attach(print, (format, out) -> writeSource(copy, name, format, out));
        return print;
    }

    /** Writes one document to a file (PDF through the print, DOCX and XLSX from the content). */
    public static void write(OfficialDocument doc, DocumentFormat format, Path out, ProgressListener listener) {
        ReportService.shared().export(print(doc), format, out, listener);
    }

    /** Writes several documents to one file. */
    public static void write(List<OfficialDocument> docs, String name, DocumentFormat format, Path out, ProgressListener listener) {
        ReportService.shared().export(print(docs, name), format, out, listener);
    }

    /** The print's documents as the DOCX or XLSX a word processor or spreadsheet opens as its own. */
    private static void writeSource(List<OfficialDocument> docs, String name, DocumentFormat format, OutputStream out)
            throws IOException {
        switch (format) {
            case DOCX -> DocxWriter.write(docs, name, out);
            case XLSX -> XlsxWriter.write(docs, name, out);
            case PDF -> throw new IllegalArgumentException("PDF is exported from the print");
        }
    }
}
