package cn.fuyuan.desk.search;

import cn.fuyuan.desk.store.Database;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;

/**
 * The global search over every kind of record (issue 13), read from the FTS5 trigram tables of V6 that the database's
 * triggers keep in the same transaction as every change.
 *
 * <p>A query is split at white space into words; a record is found when one of its indexed rows holds every word.
 * Words of three characters or more go through the trigram index ({@code MATCH "word"}, any substring: Chinese text, a
 * fragment of a 案号 such as {@code 0821行初}); shorter words are checked by {@code instr} on the rows the long words
 * found, or, when every word is short, by a scan of the kind's table. Results are the newest rows first, at most
 * {@code limit} records of each kind, in the order of {@link SearchKind}. The same code answers the window and the
 * command line.
 */
public final class SearchIndex implements AutoCloseable {
    /** Characters of context shown before the first match in a snippet. */
    static final int BEFORE = 16;
    /** Length of a snippet, not counting the ellipses. */
    static final int LENGTH = 72;

    /**
     * The touches that make the V6 triggers write every row of the index again, in the order of the migration (whose
     * last statements are these same touches). A feature that adds a kind adds its touch here and in its migration.
     */
    static final List<String> TOUCHES = List.of(
            "UPDATE agency SET name = name",
            "UPDATE admin_case SET case_number = case_number",
            "UPDATE case_defendant SET agency_id = agency_id",
            "UPDATE hearing SET place = place",
            "UPDATE hearing_appearance SET evaluation = evaluation",
            "UPDATE suggestion SET title = title",
            "UPDATE suggestion_number SET number_text = number_text",
            "UPDATE suggestion_item SET problem = problem",
            "UPDATE suggestion_cc SET name = name",
            "UPDATE meeting SET title = title",
            "UPDATE meeting_topic SET title = title",
            "UPDATE agreed_item SET text = text",
            "UPDATE item_progress SET note = note",
            "UPDATE meeting_attendee SET person = person");

    private final Database db;
    private Set<SearchKind> present;
    /** Kept from one search to the next: SQLite's page cache belongs to a connection, and a fresh one starts cold. */
    private java.sql.Connection connection;

    public SearchIndex(Database db) {
        this.db = db;
    }

    private java.sql.Connection connection() throws java.sql.SQLException {
        if (connection == null || connection.isClosed()) {
            connection = db.connection();
        }
        return connection;
    }

    /** Closes the connection kept between searches (the next search opens another). */
    @Override
    public synchronized void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (java.sql.SQLException e) {
                // nothing to keep
            }
            connection = null;
        }
    }

    /** Every kind, at most {@code limit} records each. */
    public List<SearchHit> search(String query, int limit) {
        return search(query, EnumSet.allOf(SearchKind.class), limit);
    }

    public synchronized List<SearchHit> search(String query, Collection<SearchKind> kinds, int limit) {
        List<String> words = words(query);
        List<SearchHit> out = new ArrayList<>();
        if (words.isEmpty() || limit <= 0) {
            return out;
        }
        // one connection for every statement of every search: opening a SQLite connection costs more than a query,
        // and its page cache (the index's pages read last time) goes with it
        try {
            DSLContext dsl = org.jooq.impl.DSL.using(connection(), org.jooq.SQLDialect.SQLITE);
            for (SearchKind kind : SearchKind.values()) {
                if (kinds.contains(kind) && present(dsl).contains(kind)) {
                    out.addAll(searchKind(dsl, kind, words, limit));
                }
            }
            return out;
        } catch (java.sql.SQLException e) {
            close();
            throw new cn.fuyuan.desk.store.StoreException(e.getMessage(), e);
        }
    }

    /** The words of a query: split at white space (also the full-width space), empty ones dropped. */
    static List<String> words(String query) {
        if (query == null) {
            return List.of();
        }
        return Arrays.stream(query.strip().split("[\\s\\u3000]+")).filter(w -> !w.isEmpty()).distinct().toList();
    }

    static boolean indexed(String word) {
        return word.codePointCount(0, word.length()) >= 3;
    }

    private List<SearchHit> searchKind(DSLContext dsl, SearchKind kind, List<String> words, int limit) {
        List<String> longWords = words.stream().filter(SearchIndex::indexed).toList();
        List<String> shortWords = words.stream().filter(w -> !indexed(w)).toList();
        StringBuilder sql = new StringBuilder("SELECT record_id, text FROM ").append(kind.table()).append(" WHERE ");
        List<Object> binds = new ArrayList<>();
        if (longWords.isEmpty()) {
            sql.append("1 = 1");
        } else {
            sql.append(kind.table()).append(" MATCH ?");
            binds.add(longWords.stream().map(w -> "\"" + w.replace("\"", "\"\"") + "\"").collect(Collectors.joining(" ")));
        }
        for (String w : shortWords) {
            sql.append(" AND instr(lower(text), ?) > 0");
            binds.add(w.toLowerCase(Locale.ROOT));
        }
        sql.append(" ORDER BY rowid DESC LIMIT ? OFFSET ?");
        int page = Math.max(limit * 3, 30);
        Map<Integer, String> texts = new LinkedHashMap<>();
        for (int offset = 0; texts.size() < limit; offset += page) {
            List<Object> all = new ArrayList<>(binds);
            all.add(page);
            all.add(offset);
            Result<Record> rows = dsl.fetch(sql.toString(), all.toArray());
            for (Record r : rows) {
                int id = ((Number) r.get(0)).intValue();
                texts.putIfAbsent(id, r.get(1, String.class));
                if (texts.size() == limit) {
                    break;
                }
            }
            if (rows.size() < page) {
                break;
            }
        }
        Map<Integer, String> titles = titles(dsl, kind, texts.keySet());
        List<SearchHit> out = new ArrayList<>();
        texts.forEach((id, text) -> {
            Snippet s = snippet(text, words);
            String title = titles.get(id);
            out.add(new SearchHit(kind, id, title == null ? s.text : title, s.text, s.marks));
        });
        return out;
    }

    private static Map<Integer, String> titles(DSLContext dsl, SearchKind kind, Set<Integer> ids) {
        Map<Integer, String> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        String sql = switch (kind) {
            case CASE -> "SELECT id, concat_ws(' ', case_number, plaintiffs, cause) FROM admin_case WHERE id IN (" + in + ")";
            case LETTER -> "SELECT s.id, concat_ws(' ', n.number_text, s.title) FROM suggestion s "
                    + "LEFT JOIN suggestion_number n ON n.suggestion_id = s.id WHERE s.id IN (" + in + ")";
            case MEETING -> "SELECT id, concat_ws(' ', number, title) FROM meeting WHERE id IN (" + in + ")";
            case AGENCY -> "SELECT id, name FROM agency WHERE id IN (" + in + ")";
            // the white paper's own title is wired with its feature; until then the snippet stands for it
            case WHITEPAPER -> null;
        };
        if (sql != null) {
            for (Record r : dsl.fetch(sql)) {
                out.put(((Number) r.get(0)).intValue(), r.get(1, String.class));
            }
        }
        return out;
    }

    private Set<SearchKind> present(DSLContext dsl) {
        if (present == null) {
            Set<String> tables = new java.util.HashSet<>(dsl.fetch("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'search\\_%' ESCAPE '\\'")
                    .getValues(0, String.class));
            Set<SearchKind> kinds = EnumSet.noneOf(SearchKind.class);
            for (SearchKind k : SearchKind.values()) {
                if (tables.contains(k.table())) {
                    kinds.add(k);
                }
            }
            present = kinds;
        }
        return present;
    }

    record Snippet(String text, List<int[]> marks) {
    }

    /**
     * About {@link #LENGTH} characters of {@code text} from a little before its first match, with every occurrence of
     * every word in it marked (compared without case); "…" where the text is cut.
     */
    static Snippet snippet(String text, List<String> words) {
        String flat = text.replaceAll("\\s+", " ").strip();
        String lower = flat.toLowerCase(Locale.ROOT);
        int first = -1;
        for (String w : words) {
            int at = lower.indexOf(w.toLowerCase(Locale.ROOT));
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        int start = first <= BEFORE ? 0 : first - BEFORE;
        int end = Math.min(flat.length(), start + LENGTH);
        String prefix = start > 0 ? "…" : "";
        String body = flat.substring(start, end);
        String shown = prefix + body + (end < flat.length() ? "…" : "");
        String lowerBody = body.toLowerCase(Locale.ROOT);
        boolean[] marked = new boolean[body.length()];
        for (String w : words) {
            String lw = w.toLowerCase(Locale.ROOT);
            for (int at = lowerBody.indexOf(lw); at >= 0 && !lw.isEmpty(); at = lowerBody.indexOf(lw, at + 1)) {
                for (int i = at; i < Math.min(body.length(), at + lw.length()); i++) {
                    marked[i] = true;
                }
            }
        }
        List<int[]> marks = new ArrayList<>();
        for (int i = 0; i < marked.length; i++) {
            if (marked[i]) {
                int j = i;
                while (j < marked.length && marked[j]) {
                    j++;
                }
                marks.add(new int[] {i + prefix.length(), j + prefix.length()});
                i = j;
            }
        }
        return new Snippet(shown, marks);
    }

    /**
     * Writes the whole index again from the records ({@code check --repair}), in the caller's transaction: empties
     * every search table and touches every source row so that the triggers of V6 — the one place that says what is
     * indexed — write it. Returns the number of index rows written.
     */
    public static int rebuild(DSLContext dsl) {
        for (SearchKind k : SearchKind.values()) {
            if (dsl.fetchExists(dsl.selectOne().from("sqlite_master").where("type = 'table' AND name = ?", k.table()))) {
                dsl.execute("DELETE FROM " + k.table());
            }
        }
        TOUCHES.forEach(dsl::execute);
        int rows = 0;
        for (SearchKind k : SearchKind.values()) {
            if (dsl.fetchExists(dsl.selectOne().from("sqlite_master").where("type = 'table' AND name = ?", k.table()))) {
                rows += ((Number) dsl.fetchValue("SELECT count(*) FROM " + k.table())).intValue();
            }
        }
        return rows;
    }

    /** FTS5's own integrity check of every search table; an empty list when all is well. */
    public synchronized List<String> check() {
        List<String> problems = new ArrayList<>();
        DSLContext dsl = db.dsl();
        for (SearchKind k : present(dsl)) {
            try {
                dsl.execute("INSERT INTO " + k.table() + " (" + k.table() + ") VALUES ('integrity-check')");
            } catch (RuntimeException e) {
                problems.add(k.table() + ": " + e.getMessage());
            }
        }
        return problems;
    }
}
