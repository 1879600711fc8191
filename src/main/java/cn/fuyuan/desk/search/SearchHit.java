package cn.fuyuan.desk.search;

import java.util.List;

/**
 * One record found: its kind and id (what opens it), a title to show, and a snippet of the matched text with the
 * matched parts marked.
 *
 * @param marks start (inclusive) and end (exclusive) offsets in {@code snippet} of every matched part
 */
public record SearchHit(SearchKind kind, int id, String title, String snippet, List<int[]> marks) {

    /** The snippet with every matched part between the given strings, e.g. 【 and 】. */
    public String snippetMarked(String open, String close) {
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (int[] m : marks) {
            b.append(snippet, at, m[0]).append(open).append(snippet, m[0], m[1]).append(close);
            at = m[1];
        }
        return b.append(snippet.substring(at)).toString();
    }
}
