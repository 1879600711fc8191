package cn.fuyuan.desk.report;

/**
 * Told about an export's progress, page by page; may ask for the export to stop.
 * Called on the exporting thread: a UI must hand the values over to its own thread.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores progress and never cancels. */
    ProgressListener NONE = (done, total) -> { };

    /** {@code done} of {@code total} pages have been exported (0 ≤ done ≤ total). */
    void progress(long done, long total);

    /** Polled before and after each page; returning true stops the export. */
    default boolean isCancelled() {
        return false;
    }
}
