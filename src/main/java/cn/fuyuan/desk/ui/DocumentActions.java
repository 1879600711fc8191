package cn.fuyuan.desk.ui;

import cn.fuyuan.desk.report.DocumentFormat;
import cn.fuyuan.desk.report.ProgressListener;
import cn.fuyuan.desk.report.ReportPreview;
import cn.fuyuan.desk.report.ReportPrinting;
import cn.fuyuan.desk.report.ReportService;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * What every document offers: a page preview first, then save as PDF / DOCX / XLSX or print. Filling,
 * exporting and printing run as background jobs with progress and Cancel.
 */
public final class DocumentActions {
    private DocumentActions() {
    }

    /** Fills the document in the background, then opens the preview window. */
    public static void preview(AppContext ctx, String title, String fileStem, Supplier<JasperPrint> fill) {
        preview(ctx, title, fileStem, fill, () -> { });
    }

    /** The same; {@code issued} runs on the JavaFX thread once the document is saved or sent to the printer. */
    public static void preview(AppContext ctx, String title, String fileStem, Supplier<JasperPrint> fill, Runnable issued) {
        ctx.jobs().run(Ui.t("report.filling", title), new Task<JasperPrint>() {
            @Override
            protected JasperPrint call() {
                updateProgress(-1, 1);
                return fill.get();
            }
        }, print -> openPreview(ctx, title, fileStem, print, issued), t -> Dialogs.error(ctx.stage(), t));
    }

    static void openPreview(AppContext ctx, String title, String fileStem, JasperPrint print) {
        openPreview(ctx, title, fileStem, print, () -> { });
    }

    static void openPreview(AppContext ctx, String title, String fileStem, JasperPrint print, Runnable issued) {
        ReportPreview preview = new ReportPreview(print, Ui::t);
        preview.setId("report.preview");
        Stage s = new Stage();
        s.initOwner(ctx.stage());
        s.setTitle(Ui.t("report.previewTitle", title));
        preview.setOnSave(format -> {
            if (save(ctx, s, fileStem, print, format)) {
                issued.run();
            }
        });
        preview.setOnPrint(() -> {
            if (print(ctx, print)) {
                issued.run();
            }
        });
        s.setScene(Windows.closable(s, preview, 820, 900, ctx.stage()));
        s.show();
    }

    /** Whether a file was chosen (the export then runs in the background). */
    static boolean save(AppContext ctx, Stage owner, String fileStem, JasperPrint print, DocumentFormat format) {
        FileChooser fc = new FileChooser();
        fc.setTitle(Ui.t("report.saveAs", format.name()));
        fc.setInitialFileName(fileStem + "-" + java.time.LocalDate.now() + "." + format.extension());
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.name(), "*." + format.extension()));
        File f = fc.showSaveDialog(owner);
        if (f != null) {
            export(ctx, print, format, f.toPath());
        }
        return f != null;
    }

    /** Exports in the background; the status bar shows the pages done and offers Cancel. */
    public static void export(AppContext ctx, JasperPrint print, DocumentFormat format, Path out) {
        if (ctx.archivalAlways()) {
            ReportService.archival(print, true);
        }
        ctx.jobs().run(Ui.t("report.exporting", out.getFileName()), new Task<Path>() {
            @Override
            protected Path call() {
                Task<Path> job = this;
                ReportService.shared().export(print, format, out, new ProgressListener() {
                    @Override
                    public void progress(long done, long total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public boolean isCancelled() {
                        return job.isCancelled();
                    }
                });
                return out;
            }
        }, p -> Dialogs.info(ctx.stage(), Ui.t("report.written", p, print.getPages().size())), t -> Dialogs.error(ctx.stage(), t));
    }

    /** Whether the document went to the printing thread (false: no printer). */
    static boolean print(AppContext ctx, JasperPrint print) {
        if (!ReportPrinting.isPrintingAvailable()) {
            Dialogs.problem(ctx.stage(), Ui.t("report.noPrinter"));
            return false;
        }
        // the OS print dialog is modal to AWT; keep it off the JavaFX thread so the window keeps painting
        Thread t = new Thread(() -> {
            try {
                ReportPrinting.print(print, true);
            } catch (RuntimeException e) {
                javafx.application.Platform.runLater(() -> Dialogs.error(ctx.stage(), e));
            }
        }, "fuyuan-print");
        t.setDaemon(true);
        t.start();
        return true;
    }
}
