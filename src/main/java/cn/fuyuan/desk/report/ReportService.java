package cn.fuyuan.desk.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.export.JRExportProgressMonitor;
import net.sf.jasperreports.engine.export.ooxml.JRDocxExporter;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.SimpleDocxExporterConfiguration;
import net.sf.jasperreports.export.SimpleDocxReportConfiguration;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxExporterConfiguration;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;

/**
 * Compiles, fills and exports JasperReports templates. Thread-safe; share {@link #shared()}.
 *
 * <p>No JavaFX here: the preview ({@link ReportPreview}) and printing ({@link ReportPrinting}) sit on top.
 */
public final class ReportService {

    /** Written into every exported document's metadata. */
    public static final String CREATOR = "FuYuan Desk";

    /**
     * Report property naming the document title for the exported file's metadata
     * (falls back to the report name).
     */
    public static final String PROPERTY_TITLE = "cn.fuyuan.desk.report.title";

    /** Print property naming the document's author for the exported file's metadata. */
    public static final String PROPERTY_AUTHOR = "cn.fuyuan.desk.report.author";

    /** Print property: "true" writes the PDF as PDF/A-2b (archival). */
    public static final String PROPERTY_PDFA = "cn.fuyuan.desk.report.pdfa";

    /**
     * Writes a print's DOCX or XLSX from the content it was made of (see {@code report.document.DocumentRenderer}),
     * instead of JasperReports' page-grid exporters.
     */
    @FunctionalInterface
    public interface SourceWriter {
        void write(DocumentFormat format, OutputStream out) throws IOException;
    }

    private static final Map<JasperPrint, SourceWriter> SOURCES = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** Remembers how to write this print's DOCX and XLSX (held as long as the print is). */
    public static void attach(JasperPrint print, SourceWriter writer) {
        SOURCES.put(Objects.requireNonNull(print, "print"), Objects.requireNonNull(writer, "writer"));
    }

    /** Marks a print archival (PDF/A-2b) or not; a document's own default is overridden. */
    public static JasperPrint archival(JasperPrint print, boolean archival) {
        print.setProperty(PROPERTY_PDFA, String.valueOf(archival));
        return print;
    }

    /** Whether the print is written as PDF/A-2b. */
    public static boolean isArchival(JasperPrint print) {
        return Boolean.parseBoolean(print.getProperty(PROPERTY_PDFA));
    }

    /** System property: "false" has JasperReports lay out and write every PDF text itself ({@link DirectTextPdfExporter}). */
    public static final String DIRECT_TEXT = "fuyuan.pdf.directText";

    private static final ReportService SHARED = new ReportService(DefaultJasperReportsContext.getInstance());

    private final JasperReportsContext context;
    private final ConcurrentHashMap<String, JasperReport> compiled = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Object> compileLocks = new ConcurrentHashMap<>();

    public ReportService(JasperReportsContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    private static final java.util.concurrent.atomic.AtomicBoolean PREPARING = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * For a command about to write one PDF: reads, on a thread of its own, what the export needs before its first page -
     * the bundled 宋体 and 黑体 faces as OpenPDF fonts (5 and 4 MB of TrueType parsed) and JasperReports' styled-text
     * parser, whose first use lists the system's font families - while the command reads its data and lays the document
     * out. The export finds them ready or waits for them; a failure here is left for the export to meet. Once per run.
     */
    public static void preparePdf() {
        if (!PREPARING.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                DefaultJasperReportsContext.getInstance();
                BundledFont.SONG.pdfFont();
                BundledFont.DROID.pdfFont();
                net.sf.jasperreports.engine.util.JRStyledTextParser.getInstance();
            } catch (RuntimeException | LinkageError e) {
                org.slf4j.LoggerFactory.getLogger(ReportService.class).debug("PDF export not prepared", e);
            }
        }, "fuyuan-pdf-prepare");
        t.setDaemon(true);
        t.start();
    }

    /** The application-wide instance (default JasperReports context, one template cache). */
    public static ReportService shared() {
        return SHARED;
    }

    /**
     * The compiled template at a classpath location (e.g. {@code cn/fuyuan/desk/agency/agency-directory.jrxml}).
     * Compiled once per service; later calls return the same instance.
     *
     * @throws ReportException when the resource is missing or does not compile
     */
    public JasperReport template(String classpathResource) {
        String key = normalise(classpathResource);
        JasperReport report = compiled.get(key);
        if (report != null) {
            return report;
        }
        synchronized (compileLocks.computeIfAbsent(key, k -> new Object())) {
            report = compiled.get(key);
            if (report == null) {
                report = compile(key);
                compiled.put(key, report);
            }
            return report;
        }
    }

    private static JasperReport compile(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = ReportService.class.getClassLoader();
        }
        // the jar carries each template compiled at build time (name.jasper beside name.jrxml): loading it
        // spares a cold command the JRXML parse and the Java compiler (ECJ) for the template's expressions
        if (resource.endsWith(".jrxml")) {
            String jasper = resource.substring(0, resource.length() - ".jrxml".length()) + ".jasper";
            try (InputStream in = loader.getResourceAsStream(jasper)) {
                if (in != null) {
                    return (JasperReport) JRLoader.loadObject(in);
                }
            } catch (JRException | IOException | ClassCastException e) {
                // a .jasper of another JasperReports version: compile the source instead
                org.slf4j.LoggerFactory.getLogger(ReportService.class).warn("Cannot load {}, compiling {}", jasper, resource, e);
            }
        }
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ReportException("Report template not found on the classpath: " + resource);
            }
            return JasperCompileManager.compileReport(in);
        } catch (JRException | IOException e) {
            throw new ReportException("Cannot compile report template " + resource + ": " + e.getMessage(), e);
        }
    }

    private static String normalise(String classpathResource) {
        Objects.requireNonNull(classpathResource, "classpathResource");
        return classpathResource.startsWith("/") ? classpathResource.substring(1) : classpathResource;
    }

    /**
     * Fills a template with rows that may be records, maps or JavaBeans (see {@link RowDataSource}).
     *
     * @param params report parameters; may be null. {@code REPORT_LOCALE} defaults to zh_CN.
     * @param beans  the detail rows; null or empty gives the template's no-data rendering
     */
    public JasperPrint fill(String classpathResource, Map<String, Object> params, Collection<?> beans) {
        return fill(classpathResource, params, new RowDataSource(beans));
    }

    /** Fills a template from any data source. */
    public JasperPrint fill(String classpathResource, Map<String, Object> params, JRDataSource dataSource) {
        JasperReport report = template(classpathResource);
        Map<String, Object> all = new HashMap<>();
        all.put(JRParameter.REPORT_LOCALE, Locale.SIMPLIFIED_CHINESE);
        if (params != null) {
            all.putAll(params);
        }
        try {
            JasperPrint print = JasperFillManager.getInstance(context).fill(report, all, dataSource);
            // custom report properties are not transferred to the print by JasperReports
            String title = report.getProperty(PROPERTY_TITLE);
            if (title != null && print.getProperty(PROPERTY_TITLE) == null) {
                print.setProperty(PROPERTY_TITLE, title);
            }
            return print;
        } catch (JRException e) {
            throw new ReportException("Cannot fill report " + report.getName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Exports a filled report to a file. The document is written to a temporary file in the target folder
     * and moved into place only when complete, so a failure or a cancellation never leaves a partial file
     * (an existing file at {@code out} is kept until then).
     *
     * @param listener told after every page; when it reports {@link ProgressListener#isCancelled()} the export
     *                 stops with {@link ReportCancelledException}
     * @throws ReportCancelledException when the listener cancelled
     * @throws ReportException          when the export or the file operations fail
     */
    public void export(JasperPrint print, DocumentFormat format, Path out, ProgressListener listener) {
        Objects.requireNonNull(print, "print");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        ProgressListener progress = listener == null ? ProgressListener.NONE : listener;
        long total = print.getPages().size();
        Path target = out.toAbsolutePath();
        Path dir = target.getParent();

        if (progress.isCancelled()) {
            throw cancelled(target);
        }
        Path temp = null;
        boolean done = false;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
            AtomicLong pages = new AtomicLong();
            JRExportProgressMonitor monitor = () -> {
                long n = pages.incrementAndGet();
                progress.progress(n, total);
                if (progress.isCancelled()) {
                    throw cancelled(target);
                }
            };
            progress.progress(0, total);
            SourceWriter source = SOURCES.get(print);
            try (OutputStream os = Files.newOutputStream(temp)) {
                if (source != null && format != DocumentFormat.PDF) {
                    source.write(format, os);
                    progress.progress(total, total);
                } else {
                    switch (format) {
                        case PDF -> {
                            if (isArchival(print)) {
                                java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
                                exportPdf(print, buffer, monitor);
                                os.write(withoutCidSets(buffer.toByteArray()));
                            } else {
                                exportPdf(print, os, monitor);
                            }
                        }
                        case DOCX -> exportDocx(print, os, monitor);
                        case XLSX -> exportXlsx(print, os, monitor);
                    }
                }
            }
            if (progress.isCancelled()) {
                throw cancelled(target);
            }
            moveIntoPlace(temp, target);
            done = true;
        } catch (JRException | IOException e) {
            ReportCancelledException c = findCancel(e);
            if (c != null) {
                throw c;
            }
            throw new ReportException("Cannot export " + format + " to " + target + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            ReportCancelledException c = findCancel(e);
            throw c != null ? c : e;
        } finally {
            if (!done && temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort: the temp file is hidden and named *.part
                }
            }
        }
    }

    private static ReportCancelledException cancelled(Path target) {
        return new ReportCancelledException("Export to " + target.getFileName() + " was cancelled");
    }

    private static ReportCancelledException findCancel(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ReportCancelledException rce) {
                return rce;
            }
        }
        return null;
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String title(JasperPrint print) {
        String title = print.getProperty(PROPERTY_TITLE);
        return title == null || title.isBlank() ? print.getName() : title;
    }

    private void exportPdf(JasperPrint print, OutputStream os, JRExportProgressMonitor monitor) throws JRException, IOException {
        // one-line texts in the bundled faces written straight into the page (the same text, fonts and places, without
        // JasperReports' per-element AWT measuring); -Dfuyuan.pdf.directText=false leaves every text to JasperReports
        JRPdfExporter exporter = Boolean.parseBoolean(System.getProperty(DIRECT_TEXT, "true"))
                ? new DirectTextPdfExporter(context) : new JRPdfExporter(context);
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(os));
        SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
        config.setMetadataTitle(title(print));
        config.setMetadataCreator(CREATOR);
        String author = print.getProperty(PROPERTY_AUTHOR);
        if (author != null && !author.isBlank()) {
            config.setMetadataAuthor(author);
        }
        config.setDisplayMetadataTitle(true);
        // archival: no object streams, so that withoutCidSets can see the font descriptors
        config.setCompressed(!isArchival(print));
        if (isArchival(print)) {
            config.setPdfaConformance(net.sf.jasperreports.pdf.type.PdfaConformanceEnum.PDFA_2B);
            config.setIccProfilePath(srgbProfile());
            config.setEmbedIccProfile(true);
        }
        exporter.setConfiguration(config);
        SimplePdfReportConfiguration reportConfig = new SimplePdfReportConfiguration();
        reportConfig.setProgressMonitor(monitor);
        exporter.setConfiguration(reportConfig);
        exporter.exportReport();
    }

    private static final java.util.regex.Pattern CID_SET = java.util.regex.Pattern.compile("/CIDSet\\s+\\d+\\s+0\\s+R");

    /**
     * The PDF with the font descriptors' /CIDSet entries blanked out. OpenPDF writes a CIDSet listing the subset's
     * glyphs; PDF/A-2 requires a CIDSet, if present, to list every glyph of the embedded program, and does not require
     * one. The entry is overwritten by spaces of the same length, so every byte offset of the cross-reference table
     * stays right (the unreferenced stream object is left in the file).
     */
    static byte[] withoutCidSets(byte[] pdf) {
        String s = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = CID_SET.matcher(s);
        byte[] out = pdf.clone();
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                out[i] = ' ';
            }
        }
        return out;
    }

    private static volatile String srgbPath;

    /** The JDK's sRGB profile as a file, for the PDF/A OutputIntent (written once per run). */
    private static String srgbProfile() throws IOException {
        if (srgbPath == null) {
            synchronized (ReportService.class) {
                if (srgbPath == null) {
                    Path p = Files.createTempFile("fuyuan-srgb", ".icc");
                    p.toFile().deleteOnExit();
                    Files.write(p, java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB).getData());
                    srgbPath = p.toAbsolutePath().toString();
                }
            }
        }
        return srgbPath;
    }

    private void exportDocx(JasperPrint print, OutputStream os, JRExportProgressMonitor monitor) throws JRException {
        JRDocxExporter exporter = new JRDocxExporter(context);
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(os));
        SimpleDocxExporterConfiguration config = new SimpleDocxExporterConfiguration();
        config.setMetadataTitle(title(print));
        config.setMetadataApplication(CREATOR);
        exporter.setConfiguration(config);
        SimpleDocxReportConfiguration reportConfig = new SimpleDocxReportConfiguration();
        // rows grow with their text: Word's CJK line metrics differ from Java2D's and would clip otherwise
        reportConfig.setFlexibleRowHeight(true);
        reportConfig.setProgressMonitor(monitor);
        exporter.setConfiguration(reportConfig);
        exporter.exportReport();
    }

    private void exportXlsx(JasperPrint print, OutputStream os, JRExportProgressMonitor monitor) throws JRException {
        JRXlsxExporter exporter = new JRXlsxExporter(context);
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(os));
        SimpleXlsxExporterConfiguration config = new SimpleXlsxExporterConfiguration();
        config.setMetadataTitle(title(print));
        config.setMetadataApplication(CREATOR);
        exporter.setConfiguration(config);
        // defaults only: properties in the template (export hints) still win
        SimpleXlsxReportConfiguration reportConfig = new SimpleXlsxReportConfiguration();
        reportConfig.setOnePagePerSheet(false);
        reportConfig.setDetectCellType(true);
        reportConfig.setRemoveEmptySpaceBetweenRows(true);
        reportConfig.setRemoveEmptySpaceBetweenColumns(true);
        reportConfig.setWhitePageBackground(false);
        reportConfig.setProgressMonitor(monitor);
        exporter.setConfiguration(reportConfig);
        exporter.exportReport();
    }
}
