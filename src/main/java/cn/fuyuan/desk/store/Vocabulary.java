package cn.fuyuan.desk.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * How one feature's stored values read in words: its coded values (层级 CITY → 市级), flags (1 / true → 是) and the ids
 * of other rows (meeting_id 10 → 〔2025〕3号). Each feature registers its own in
 * {@code META-INF/services/cn.fuyuan.desk.store.Vocabulary}; the history (and anything else that shows stored rows)
 * reads through {@link #registered()}, so that it knows no feature and every feature's words reach it.
 */
public interface Vocabulary {

    /**
     * The words for {@code value} of {@code column} in the row {@code recordId} of {@code table}, or empty when this
     * vocabulary does not know that column. {@code value} is never null.
     */
    Optional<String> word(String table, String recordId, String column, Object value);

    /** How a row is named in a list of changes (a setting by its label), or empty to show its id and name. */
    default Optional<String> recordLabel(String table, String recordId) {
        return Optional.empty();
    }

    /**
     * As {@link #recordLabel(String, String)}, from the values the row holds (after a change, or before a delete) and
     * the names of referenced rows ({@link #names(Database)}): e.g. a meeting's item by its meeting's number and text.
     */
    default Optional<String> recordLabel(String table, String recordId, Map<String, Object> values,
                                         Map<String, Map<String, String>> names) {
        return recordLabel(table, recordId);
    }

    /**
     * The rows other rows refer to, read now from the database: column (region_id, meeting_id …) → id → name. Called
     * once each time a list of changes is shown, off the JavaFX thread.
     */
    default Map<String, Map<String, String>> names(Database db) {
        return Map.of();
    }

    /**
     * The rows of other tables that belong to a row of {@code table} and are part of its history (child table → the
     * column that refers to the parent), e.g. a letter's number taken at signing.
     */
    default Map<String, String> children(String table) {
        return Map.of();
    }

    /** The children of a row of {@code table}, of every registered vocabulary. */
    static Map<String, String> childrenOf(String table) {
        Map<String, String> all = new HashMap<>();
        registered().forEach(v -> all.putAll(v.children(table)));
        return all;
    }

    /** Every feature's vocabulary, in the order of the class path. */
    static List<Vocabulary> registered() {
        return Registered.ALL;
    }

    /** The first word any registered vocabulary has for the value. */
    static Optional<String> wordOf(String table, String recordId, String column, Object value) {
        for (Vocabulary v : registered()) {
            Optional<String> w = v.word(table, recordId, column, value);
            if (w.isPresent()) {
                return w;
            }
        }
        return Optional.empty();
    }

    /** The first label any registered vocabulary has for the row. */
    static Optional<String> recordLabelOf(String table, String recordId) {
        return recordLabelOf(table, recordId, Map.of(), Map.of());
    }

    /** The first label any registered vocabulary has for the row, from its values and the names of referenced rows. */
    static Optional<String> recordLabelOf(String table, String recordId, Map<String, Object> values,
                                          Map<String, Map<String, String>> names) {
        for (Vocabulary v : registered()) {
            Optional<String> w = v.recordLabel(table, recordId, values, names);
            if (w.isPresent()) {
                return w;
            }
        }
        return Optional.empty();
    }

    /** The names of referenced rows of every registered vocabulary, merged. */
    static Map<String, Map<String, String>> namesOf(Database db) {
        Map<String, Map<String, String>> all = new HashMap<>();
        for (Vocabulary v : registered()) {
            v.names(db).forEach((column, byId) -> all.computeIfAbsent(column, c -> new HashMap<>()).putAll(byId));
        }
        return all;
    }

    /** A stored flag (SQLite 0/1, or true/false of a setting) in words: the words for yes or no, empty for other text. */
    static Optional<String> flag(Object value, String yes, String no) {
        String v = value.toString();
        if (v.equals("1") || v.equalsIgnoreCase("true")) {
            return Optional.of(yes);
        }
        if (v.equals("0") || v.equalsIgnoreCase("false")) {
            return Optional.of(no);
        }
        return Optional.empty();
    }

    /**
     * A vocabulary from a table of columns: table → column → how a stored value reads (empty when the value is not
     * one of the column's codes, which then shows as stored).
     */
    static Vocabulary ofColumns(Map<String, Map<String, Function<String, Optional<String>>>> columns) {
        return (table, recordId, column, value) -> {
            Function<String, Optional<String>> f = columns.getOrDefault(table, Map.of()).get(column);
            return f == null ? Optional.empty() : f.apply(value.toString());
        };
    }

    /** Loaded once. */
    final class Registered {
        static final List<Vocabulary> ALL = ServiceLoader.load(Vocabulary.class, Vocabulary.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).toList();

        private Registered() {
        }
    }
}
