package cn.fuyuan.desk.history;

import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.store.AuditRepository.Entry;
import cn.fuyuan.desk.store.Vocabulary;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How a history row reads (no JavaFX, so that it is tested without a window and usable by any screen or export): the
 * kind and the record named, each changed field as "label: before → after", coded values, flags and ids in words
 * through every feature's {@link Vocabulary}.
 */
public final class HistoryWords {
    private HistoryWords() {
    }

    /** Ids of referenced rows (regions, agencies, meetings, cases …) by their names: every feature's vocabulary. */
    public static java.util.Map<String, java.util.Map<String, String>> names(cn.fuyuan.desk.store.Database db) {
        return Vocabulary.namesOf(db);
    }

    static String recordLabel(Entry e) {
        return recordLabel(e, java.util.Map.of());
    }

    /**
     * How the row is named in the 记录 column: as its feature's vocabulary names it (a meeting's rows by meeting number
     * and item text, through {@code names}), else by its id and name.
     */
    static String recordLabel(Entry e, java.util.Map<String, java.util.Map<String, String>> names) {
        java.util.Map<String, Object> values = new java.util.HashMap<>(e.before());
        values.putAll(e.after());
        java.util.Optional<String> label = Vocabulary.recordLabelOf(e.table(), e.recordId(), values, names);
        if (label.isPresent()) {
            return label.get();
        }
        Object name = e.after().containsKey("name") ? e.after().get("name") : e.before().get("name");
        return name == null ? e.recordId() : e.recordId() + " · " + name;
    }

    static String tableLabel(String table) {
        String key = "history.tableName." + table;
        return Messages.has(key) ? Messages.get(key) : table;
    }

    /** "名称: 旧 → 新; 电话: — → 0478…" — for an insert the values set, for a delete the values removed. */
    public static String describe(Entry e) {
        return describe(e, java.util.Map.of());
    }

    /**
     * As {@link #describe(Entry)}, with ids of referenced rows shown by name: {@code names} maps a column
     * (region_id, field_id, …) to id → name.
     */
    public static String describe(Entry e, java.util.Map<String, java.util.Map<String, String>> names) {
        List<String> fields = e.changedFields();
        return fields.stream().filter(f -> !f.equals("id")).map(f -> {
            Object b = e.before().get(f);
            Object a = e.after().get(f);
            String t = e.table();
            java.util.Map<String, String> byId = names.getOrDefault(f, java.util.Map.of());
            java.util.function.Function<Object, String> shown = v -> v != null && byId.containsKey(v.toString()) ? byId.get(v.toString()) : show(t, e.recordId(), f, v);
            return fieldLabel(t, f) + ": " + (e.before().isEmpty() ? shown.apply(a) : e.after().isEmpty() ? shown.apply(b)
                    : shown.apply(b) + " → " + shown.apply(a));
        }).collect(Collectors.joining("; "));
    }

    static String fieldLabel(String table, String column) {
        String key = "history.column." + table + "." + column;
        return Messages.has(key) ? Messages.get(key) : column;
    }

    /** The stored time to the second (the store keeps milliseconds for ordering; people do not need them). */
    static String shownTime(String at) {
        return at != null && at.length() > 19 ? at.substring(0, 19) : at;
    }

    /**
     * A stored value as the screen says it: coded values (层级 CITY, 在用 1, a letter's 状态 CLOSED, a setting's CASE) in the
     * UI's words, as the feature that owns the table registers them ({@link Vocabulary}).
     */
    static String show(String table, String recordId, String column, Object v) {
        if (v == null || v.toString().isEmpty()) {
            return "—";
        }
        return Vocabulary.wordOf(table, recordId, column, v).orElse(v.toString());
    }
}
