package cn.fuyuan.desk.importing;

import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.store.Problem;
import java.time.LocalDate;
import java.util.List;

/**
 * The length limits of import cells, the same for every import: a name (agency, court, person, title) at most
 * {@link TabularFile#NAME_MAX} characters; any other text at most {@link TabularFile#TEXT_MAX} (checked when the file is
 * read); a date from {@link #EARLIEST_DATE} to {@link #YEARS_AHEAD} years after today.
 */
public final class CellLimits {
    /** The earliest date an import takes: no register of this office goes back further. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1990, 1, 1);
    /** How far ahead of today an import takes a date: a hearing is set months ahead, never years. */
    public static final int YEARS_AHEAD = 2;

    private CellLimits() {
    }

    /** Why a date cell's date is not plausible (before {@link #EARLIEST_DATE}, or over {@link #YEARS_AHEAD} years ahead), or null. */
    public static String implausible(LocalDate d, LocalDate today) {
        LocalDate latest = today.plusYears(YEARS_AHEAD);
        if (d.isBefore(EARLIEST_DATE) || d.isAfter(latest)) {
            return Messages.get("import.dateOutOfRange", d, EARLIEST_DATE, latest);
        }
        return null;
    }

    /** Adds a problem naming row and column for each of {@code columns} whose text is longer than a name may be. */
    public static void names(TabularFile.Row row, List<Problem> problems, String... columns) {
        for (String c : columns) {
            int n = row.get(c).length();
            if (n > TabularFile.NAME_MAX) {
                problems.add(new Problem(c, row.number(), Messages.get("import.rowProblem", row.number(), c,
                        Messages.get("import.tooLong", n, TabularFile.NAME_MAX))));
            }
        }
    }
}
