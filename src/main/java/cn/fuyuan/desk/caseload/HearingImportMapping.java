package cn.fuyuan.desk.caseload;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the user decided in the window's mapping step, applied by
 * {@link HearingImport#run(cn.fuyuan.desk.store.Database, cn.fuyuan.desk.importing.TabularFile.Content, HearingImportMapping, boolean, boolean, java.util.function.LongConsumer)}
 * to the file's cells before they are checked, so the checks, idempotency and all-or-nothing stay those of the
 * command line.
 *
 * @param headers     file header → one of {@link HearingImport#HEADERS}; a header that is neither here nor in
 *                    {@code ignored} keeps its name
 * @param ignored     file headers that are not imported
 * @param agencies    被告 as written in the file → the name of an agency of the directory
 * @param courts      法院 as written in the file → the name of a court of the list (or the office's own court)
 * @param newAgencies 被告 names (after mapping) that the user chose to add to the directory
 * @param newCourts   法院 names (after mapping) that the user chose to add to the list of courts
 */
public record HearingImportMapping(Map<String, String> headers, Set<String> ignored, Map<String, String> agencies,
                                   Map<String, String> courts, Set<String> newAgencies, Set<String> newCourts) {
    /** Nothing renamed, nothing ignored, nothing to add. */
    public static final HearingImportMapping NONE = new HearingImportMapping(Map.of(), Set.of(), Map.of(), Map.of(), Set.of(), Set.of());

    public HearingImportMapping {
        headers = Map.copyOf(headers);
        ignored = Set.copyOf(ignored);
        agencies = Map.copyOf(agencies);
        courts = Map.copyOf(courts);
        newAgencies = Set.copyOf(newAgencies);
        newCourts = Set.copyOf(newCourts);
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (!HearingImport.HEADERS.contains(e.getValue())) {
                throw new IllegalArgumentException("not an import column: " + e.getValue() + " (for " + e.getKey() + ")");
            }
            if (ignored.contains(e.getKey())) {
                throw new IllegalArgumentException("both mapped and ignored: " + e.getKey());
            }
        }
        Set<String> both = new HashSet<>(agencies.keySet());
        both.retainAll(newAgencies);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("both mapped and added: " + both);
        }
        both = new HashSet<>(courts.keySet());
        both.retainAll(newCourts);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("both mapped and added: " + both);
        }
    }

    /**
     * Whether the user chose to add this unknown name.
     *
     * @param kind {@link HearingImport#DEFENDANT} or {@link HearingImport#COURT}, as in {@code ImportRejected.missing()}
     */
    public boolean adds(String kind, String name) {
        return switch (kind) {
            case HearingImport.DEFENDANT -> newAgencies.contains(name);
            case HearingImport.COURT -> newCourts.contains(name);
            default -> false;
        };
    }
}
