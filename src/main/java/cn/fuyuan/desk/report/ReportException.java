package cn.fuyuan.desk.report;

/** A report could not be compiled, filled, exported or printed. Carries the JasperReports cause. */
public class ReportException extends RuntimeException {

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }

    public ReportException(String message) {
        super(message);
    }
}
