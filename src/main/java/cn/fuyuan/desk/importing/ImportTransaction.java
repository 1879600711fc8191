package cn.fuyuan.desk.importing;

import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.store.Database;
import java.util.List;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * What every import shares: the file must have its required columns, and the rows are applied in ONE
 * transaction — committed, or rolled back for a dry run (which still reports what it would have done), or
 * rolled back with every problem when the file is refused.
 */
public final class ImportTransaction {
    private ImportTransaction() {
    }

    /** Refuses a file that lacks a required column, naming the file, the missing and the expected columns. */
    public static void requireHeaders(TabularFile.Content content, List<String> required, List<String> all) throws ImportFileException {
        requireHeaders(content.file(), content.headers(), required, all);
    }

    /** The same for a file being read ({@link TabularFile.RowStream}): its headers are known before its rows. */
    public static void requireHeaders(java.nio.file.Path file, List<String> headers, List<String> required, List<String> all)
            throws ImportFileException {
        List<String> absent = required.stream().filter(h -> !headers.contains(h)).toList();
        if (!absent.isEmpty()) {
            throw new ImportFileException(Messages.get("import.missingHeaders", file, String.join("、", absent), String.join("、", all)));
        }
    }

    /** Carries a dry run's summary out of the transaction it rolls back. */
    private static final class DryRun extends RuntimeException {
        final transient ImportSummary summary;

        DryRun(ImportSummary summary) {
            super(null, null, false, false);
            this.summary = summary;
        }
    }

    /** Applies the import in one transaction; a dry run is rolled back and returns the same summary. */
    public static ImportSummary run(Database db, boolean dryRun, Function<DSLContext, ImportSummary> apply) {
        try {
            return db.write(tx -> {
                ImportSummary s = apply.apply(tx);
                if (dryRun) {
                    throw new DryRun(s);
                }
                return s;
            });
        } catch (RuntimeException e) {
            // jOOQ may wrap what the transaction threw; find ours
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof DryRun d) {
                    return d.summary;
                }
                if (t instanceof ImportRejected r) {
                    throw r;
                }
            }
            throw e;
        }
    }
}
