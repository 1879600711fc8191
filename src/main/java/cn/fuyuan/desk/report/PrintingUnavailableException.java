package cn.fuyuan.desk.report;

/** Printing is impossible here: no display for the print dialog (headless) or no printer installed. */
public class PrintingUnavailableException extends ReportException {

    public PrintingUnavailableException(String message) {
        super(message);
    }
}
