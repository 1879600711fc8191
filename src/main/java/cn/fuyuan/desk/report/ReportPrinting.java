package cn.fuyuan.desk.report;

import java.awt.GraphicsEnvironment;
import java.util.Objects;

import javax.print.PrintService;
import javax.print.PrintServiceLookup;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperPrintManager;

/**
 * Sends a filled report to a printer through Java's print system, optionally showing the OS print dialog.
 *
 * <p>Blocks until the job is spooled and, with the dialog, until the user closes it: call it from a
 * background thread, not the JavaFX application thread.
 */
public final class ReportPrinting {

    private ReportPrinting() {
    }

    /** True when there is a display for the print dialog and at least one printer is installed. */
    public static boolean isPrintingAvailable() {
        return unavailableReason() == null;
    }

    /**
     * Prints all pages.
     *
     * @param withDialog show the OS print dialog (printer, copies, page range) first
     * @return false when the user cancelled the print dialog, true when the job was sent
     * @throws PrintingUnavailableException when headless or no printer is installed
     * @throws ReportException              when the print job fails
     */
    public static boolean print(JasperPrint print, boolean withDialog) {
        Objects.requireNonNull(print, "print");
        String reason = unavailableReason();
        if (reason != null) {
            throw new PrintingUnavailableException("Cannot print '" + print.getName() + "': " + reason);
        }
        try {
            return JasperPrintManager.getInstance(DefaultJasperReportsContext.getInstance()).print(print, withDialog);
        } catch (JRException e) {
            throw new ReportException("Printing '" + print.getName() + "' failed: " + e.getMessage(), e);
        }
    }

    private static String unavailableReason() {
        if (GraphicsEnvironment.isHeadless()) {
            return "no display is available (java.awt.headless), so no print dialog can be shown";
        }
        PrintService[] services = PrintServiceLookup.lookupPrintServices(null, null);
        if (services.length == 0) {
            return "no printer is installed";
        }
        return null;
    }
}
