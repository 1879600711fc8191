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

/**
 * The global search over every kind of record (issue 13), read from the FTS5 trigram tables of V6 and V8 that the
 * database's triggers keep in the same transaction as every change (the bulk writer writes the index rows of the cases
 * it adds itself, in its transaction).
 *
 * <p>A query is split at white space into words; a record is found when one of its indexed rows holds every word.
 * Words of three characters or more go through the trigram index (every trigram of the word, then the word itself in
 * the row's text: any substring, Chinese text, a fragment of a 案号 such as {@code 0821行初}); shorter words are checked
 * on the rows the long words found, or, when every word is short, by a scan of the kind's table. Results are the newest rows first, at most
 * {@code limit} records of each kind, in the order of {@link SearchKind}. The same code answers the window and the
 * command line.
 */
public final class SearchIndex implements AutoCloseable {
    /** Characters of context shown before the first match in a snippet. */
    static final int BEFORE = 16;
    /** Length of a snippet, not counting the ellipses. */
    static final int LENGTH = 72;

    /**
     * The touches that make the V6 and V8 triggers write every row of the index again (a case's one row through the
     * touch of admin_case), in the order of the migration (whose
     * last statements are these same touches). A feature that adds a kind adds its touch here and in its migration.
     */
    static final List<String> TOUCHES = List.of(
            "UPDATE agency SET name = name",
            "UPDATE admin_case SET case_number = case_number",
            "UPDATE suggestion SET title = title",
            "UPDATE suggestion_number SET number_text = number_text",
            "UPDATE suggestion_item SET problem = problem",
            "UPDATE suggestion_cc SET name = name",
            "UPDATE meeting SET title = title",
            "UPDATE meeting_topic SET title = title",
            "UPDATE agreed_item SET text = text",
            "UPDATE item_progress SET note = note",
            "UPDATE meeting_attendee SET person = person",
            "UPDATE white_paper SET title = title",
            "UPDATE white_paper_chapter SET heading = heading");

    private final Database db;
    private Set<SearchKind> present;
    /** Kept from one search to the next: SQLite's page cache belongs to a connection, and a fresh one starts cold. */
    private java.sql.Connection connection;
    /** The statements of the searches, prepared once on that connection (by their SQL). */
    private final Map<String, java.sql.PreparedStatement> statements = new HashMap<>();

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
        for (java.sql.PreparedStatement st : statements.values()) {
            try {
                st.close();
            } catch (java.sql.SQLException e) {
                // closed with the connection below
            }
        }
        statements.clear();
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
        // one connection and its prepared statements for every search: opening a SQLite connection costs more than a
        // query, and its page cache (the index's pages read last time) goes with it
        try {
            for (SearchKind kind : SearchKind.values()) {
                if (kinds.contains(kind) && present().contains(kind)) {
                    out.addAll(searchKind(kind, words, limit));
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

    /** How text and words are compared: without case (the trigram tokenizer folds case too). */
    static String fold(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /**
     * The FTS5 query for the long words: every trigram of each, quoted, all required ({@code "abc" "bcd" "cde"}). The
     * tables are detail=none (V8), which keeps no positions and so answers no phrase: a row found holds every trigram
     * but perhaps not in order, and the caller checks the words themselves in its text.
     */
    static String trigrams(List<String> longWords) {
        Set<String> grams = new java.util.LinkedHashSet<>();
        for (String w : longWords) {
            int[] cps = fold(w).codePoints().toArray();
            for (int i = 0; i + 3 <= cps.length; i++) {
                grams.add(new String(cps, i, 3));
            }
        }
        return grams.stream().map(g -> "\"" + g.replace("\"", "\"\"") + "\"").collect(Collectors.joining(" "));
    }

    private java.sql.PreparedStatement statement(String sql) throws java.sql.SQLException {
        java.sql.PreparedStatement st = statements.get(sql);
        if (st == null || st.isClosed()) {
            st = connection().prepareStatement(sql);
            statements.put(sql, st);
        }
        return st;
    }

    /**
     * The newest {@code limit} records of the kind with a row that holds every word. Rows come newest first straight
     * from the index (FTS5 walks its rowids backwards, nothing is sorted) and are read only until {@code limit}
     * records are found; the snippet and title are made for those only.
     */
    private List<SearchHit> searchKind(SearchKind kind, List<String> words, int limit) throws java.sql.SQLException {
        List<String> longWords = words.stream().filter(SearchIndex::indexed).toList();
        List<String> shortWords = words.stream().filter(w -> !indexed(w)).toList();
        List<String> folded = words.stream().map(SearchIndex::fold).toList();
        StringBuilder sql = new StringBuilder("SELECT record_id, text FROM ").append(kind.table());
        List<String> binds = new ArrayList<>();
        if (!longWords.isEmpty()) {
            sql.append(" WHERE ").append(kind.table()).append(" MATCH ?");
            binds.add(trigrams(longWords));
        } else {
            // every word short: a scan, narrowed in SQL (lower() folds ASCII only; the check below folds the rest)
            for (String w : shortWords) {
                sql.append(binds.isEmpty() ? " WHERE" : " AND").append(" instr(lower(text), ?) > 0");
                binds.add(asciiLower(w));
            }
        }
        sql.append(" ORDER BY rowid DESC");
        java.sql.PreparedStatement st = statement(sql.toString());
        for (int i = 0; i < binds.size(); i++) {
            st.setString(i + 1, binds.get(i));
        }
        Map<Integer, String> texts = new LinkedHashMap<>();
        try (java.sql.ResultSet rs = st.executeQuery()) {
            while (texts.size() < limit && rs.next()) {
                int id = rs.getInt(1);
                if (texts.containsKey(id)) {
                    continue;
                }
                String text = rs.getString(2);
                if (text != null && containsAll(fold(text), folded)) {
                    texts.put(id, text);
                }
            }
        }
        List<SearchHit> out = new ArrayList<>();
        for (Map.Entry<Integer, String> e : texts.entrySet()) {
            String text = kind == SearchKind.WHITEPAPER ? plainNarrative(e.getValue()) : e.getValue();
            Snippet s = snippet(text, words);
            String title = title(kind, e.getKey());
            out.add(new SearchHit(kind, e.getKey(), title == null ? s.text : title, s.text, s.marks));
        }
        return out;
    }

    private static boolean containsAll(String foldedText, List<String> foldedWords) {
        for (String w : foldedWords) {
            if (!foldedText.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** As SQLite's lower(): only A–Z. */
    private static String asciiLower(String w) {
        StringBuilder b = new StringBuilder(w.length());
        w.chars().forEach(c -> b.append((char) (c >= 'A' && c <= 'Z' ? c + 32 : c)));
        return b.toString();
    }

    /** A white paper's narrative as a reader sees it: a quoted figure ⟦key=value⟧ as its value, no "## " marks. */
    static String plainNarrative(String text) {
        return text.replaceAll("⟦[A-Za-z0-9_.]+=([^⟧]*)⟧", "$1").replaceAll("(?m)^## ", "");
    }

    private String title(SearchKind kind, int id) throws java.sql.SQLException {
        String sql = switch (kind) {
            case CASE -> "SELECT concat_ws(' ', case_number, plaintiffs, cause) FROM admin_case WHERE id = ?";
            case LETTER -> "SELECT concat_ws(' ', (SELECT number_text FROM suggestion_number WHERE suggestion_id = s.id "
                    + "ORDER BY id LIMIT 1), s.title) FROM suggestion s WHERE s.id = ?";
            case MEETING -> "SELECT concat_ws(' ', number, title) FROM meeting WHERE id = ?";
            case AGENCY -> "SELECT name FROM agency WHERE id = ?";
            case WHITEPAPER -> "SELECT title FROM white_paper WHERE id = ?";
        };
        java.sql.PreparedStatement st = statement(sql);
        st.setInt(1, id);
        try (java.sql.ResultSet rs = st.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private Set<SearchKind> present() throws java.sql.SQLException {
        if (present == null) {
            Set<String> tables = new java.util.HashSet<>();
            try (java.sql.Statement st = connection().createStatement();
                 java.sql.ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'search\\_%' ESCAPE '\\'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
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
     * every search table and touches every source row so that the triggers of V6 and V8 — the one place that says what is
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
                // one b-tree per index, as V8 leaves it: a query reads one doclist per trigram, not one per segment
                dsl.execute("INSERT INTO " + k.table() + " (" + k.table() + ") VALUES ('optimize')");
                rows += ((Number) dsl.fetchValue("SELECT count(*) FROM " + k.table())).intValue();
            }
        }
        return rows;
    }

    /** FTS5's own integrity check of every search table; an empty list when all is well. */
    public synchronized List<String> check() {
        List<String> problems = new ArrayList<>();
        DSLContext dsl = db.dsl();
        Set<SearchKind> kinds;
        try {
            kinds = present();
        } catch (java.sql.SQLException e) {
            close();
            throw new cn.fuyuan.desk.store.StoreException(e.getMessage(), e);
        }
        for (SearchKind k : kinds) {
            try {
                dsl.execute("INSERT INTO " + k.table() + " (" + k.table() + ") VALUES ('integrity-check')");
            } catch (RuntimeException e) {
                problems.add(k.table() + ": " + e.getMessage());
            }
        }
        return problems;
    }
}
