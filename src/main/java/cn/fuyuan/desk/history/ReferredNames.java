package cn.fuyuan.desk.history;

import cn.fuyuan.desk.store.AuditRepository.Entry;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The names of referenced rows (column → id → name, {@link HistoryWords#names}) that a list of history rows refers to,
 * not every feature's whole vocabulary: at a city's scale that is 64,500 案号, 100,000 hearings, 15,000 agencies —
 * about 30 MB held for 5,000 rows that name a few thousand of them. An id is kept under a column when a row holds it in
 * that column (before or after), or when it is a row's own id (a meeting item names itself by {@code item_id}). The
 * names are read again only when rows come that refer to ids not looked at before.
 */
final class ReferredNames {
    private final Supplier<Map<String, Map<String, String>>> read;
    private Map<String, Map<String, String>> kept = Map.of();
    /** The columns the vocabularies name, from the last read (null: nothing read yet). */
    private Set<String> columns;
    /** "column\u0000id" and record ids looked up at the last read, found or not. */
    private final Set<String> looked = new HashSet<>();
    private final Set<String> lookedRecords = new HashSet<>();

    ReferredNames(Supplier<Map<String, Map<String, String>>> read) {
        this.read = read;
    }

    /** The names the rows refer to; reads the vocabularies again when {@code always} or when a row refers to an id not looked at yet. */
    Map<String, Map<String, String>> forRows(Collection<Entry> rows, boolean always) {
        if (always || columns == null || !covered(rows)) {
            Map<String, Map<String, String>> all = read.get();
            columns = Set.copyOf(all.keySet());
            looked.clear();
            lookedRecords.clear();
            kept = keep(all, rows, columns, looked, lookedRecords);
        }
        return kept;
    }

    private boolean covered(Collection<Entry> rows) {
        for (Entry e : rows) {
            if (!lookedRecords.contains(e.recordId())) {
                return false;
            }
            for (Map<String, Object> values : java.util.List.of(e.before(), e.after())) {
                for (Map.Entry<String, Object> v : values.entrySet()) {
                    if (v.getValue() != null && columns.contains(v.getKey()) && !looked.contains(v.getKey() + '\u0000' + v.getValue())) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** The part of {@code all} that {@code rows} refer to (and what was looked at, into the two sets). */
    static Map<String, Map<String, String>> keep(Map<String, Map<String, String>> all, Collection<Entry> rows, Set<String> columns,
                                                 Set<String> looked, Set<String> lookedRecords) {
        Map<String, Map<String, String>> out = new HashMap<>();
        for (Entry e : rows) {
            if (lookedRecords.add(e.recordId())) {
                for (String column : columns) {
                    copy(all, out, column, e.recordId());
                }
            }
            for (Map<String, Object> values : java.util.List.of(e.before(), e.after())) {
                for (Map.Entry<String, Object> v : values.entrySet()) {
                    if (v.getValue() != null && columns.contains(v.getKey()) && looked.add(v.getKey() + '\u0000' + v.getValue())) {
                        copy(all, out, v.getKey(), v.getValue().toString());
                    }
                }
            }
        }
        return out;
    }

    /** {@link #keep} for one list, nothing remembered. */
    static Map<String, Map<String, String>> keep(Map<String, Map<String, String>> all, Collection<Entry> rows) {
        return keep(all, rows, all.keySet(), new HashSet<>(), new HashSet<>());
    }

    private static void copy(Map<String, Map<String, String>> all, Map<String, Map<String, String>> out, String column, String id) {
        String name = all.getOrDefault(column, Map.of()).get(id);
        if (name != null) {
            out.computeIfAbsent(column, c -> new HashMap<>()).put(id, name);
        }
    }
}
