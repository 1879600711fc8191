package cn.fuyuan.desk.search;

import java.util.List;

/** What the search benchmark (package bench) needs of SearchIndex's package-private parts. */
public final class SearchBenchmarkAccess {
    private SearchBenchmarkAccess() {
    }

    /** The FTS5 query SearchIndex sends for the words of {@code query} of three characters or more. */
    public static String trigrams(String query) {
        return SearchIndex.trigrams(SearchIndex.words(query).stream().filter(SearchIndex::indexed).toList());
    }
}
