package cn.fuyuan.desk.report.document;

import java.util.List;
import java.util.Objects;

/**
 * A cover page (封面) of a long document such as the white paper: the title (2号 小标宋, centred) in the upper part of
 * the page, the lines under it (the court, the date, a 征求意见稿 note) centred in 3号 楷体 in its lower part, no page
 * number. When the body starts with a cover it stands instead of the title at the top of the text.
 *
 * @param title the title; a {@code '\n'} is where it breaks (the court's name on a line of its own)
 * @param lines the lines in the lower part, in order (empty strings are left out)
 */
public record Cover(String title, List<String> lines) implements Block {
    public Cover {
        Objects.requireNonNull(title, "title");
        lines = lines == null ? List.of() : lines.stream().filter(l -> l != null && !l.isBlank()).toList();
    }

    /** The grid line (0-based) of the first title line, and of the first of the lines under it. */
    static final int TITLE_LINE = 5;
    static final int LINES_LINE = 15;
}
