package cn.fuyuan.desk.search;

import java.util.Locale;

/**
 * The kinds of record the global search finds, in the order results are shown; each has its own FTS5 table
 * {@code search_<name>} (V6). {@link #WHITEPAPER} is the white paper of package {@code whitepaper}: its table is made
 * by that feature's migration, and until it exists the kind answers nothing.
 */
public enum SearchKind {
    CASE("search_case"),
    LETTER("search_letter"),
    MEETING("search_meeting"),
    AGENCY("search_agency"),
    WHITEPAPER("search_whitepaper");

    private final String table;

    SearchKind(String table) {
        this.table = table;
    }

    /** The FTS5 table of this kind. */
    public String table() {
        return table;
    }

    /** The name the command line and the JSON use: case, letter, meeting, agency, whitepaper. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "search.kind." + code();
    }
}
