package cn.fuyuan.desk.report;

/** An export was stopped because its {@link ProgressListener} asked for it; no file was written. */
public class ReportCancelledException extends RuntimeException {

    public ReportCancelledException(String message) {
        super(message);
    }
}
