package cn.fuyuan.desk.report.document;

import java.util.Objects;

/**
 * A table of contents (目录): its heading, then one entry per heading of levels 1 to {@code depth} that follows it in
 * the document, each with the page number the heading is printed on, a dotted leader between. The renderers write
 * the entries themselves — the PDF its page numbers, the DOCX a TOC field whose entries are already written with
 * the PDF's page numbers, so a word processor shows a filled contents on opening. The contents and a {@link Cover}
 * before it are front matter: unnumbered, the text after them numbered from 1 (GB/T 9704 §7.5).
 */
public record Contents(String heading, int depth) implements Block {
    public Contents {
        Objects.requireNonNull(heading, "heading");
        if (depth < 1 || depth > 4) {
            throw new IllegalArgumentException("contents depth 1–4: " + depth);
        }
    }

    /** Characters kept free at the right of an entry for its page number. */
    static final int NUMBER_CELLS = 3;
    /** The indent of an entry of a level, in characters. */
    static double indent(int level) {
        return (level - 1) * 2;
    }
}
