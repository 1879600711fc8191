package cn.fuyuan.desk.report.document;

import java.util.List;
import java.util.Objects;

/**
 * A paragraph of body text (3号 仿宋 on the grid).
 *
 * @param runs        the text, possibly in several faces
 * @param align       {@link Align#JUSTIFY} for body text
 * @param firstIndent where the first line starts, in characters from the left edge (2 for body text)
 * @param leftIndent  where the later lines start, in characters; larger than {@code firstIndent} gives a hanging
 *                    indent (出席： names wrapping under the names, not under the label)
 * @param rightIndent right indent in characters (落款 lines)
 * @param keepWithNext keep on the page of the next block
 */
public record Paragraph(List<Run> runs, Align align, double firstIndent, double leftIndent, double rightIndent,
                        boolean keepWithNext) implements Block {
    public Paragraph {
        runs = List.copyOf(runs);
        Objects.requireNonNull(align, "align");
    }

    /** Body text: justified, indented two characters. */
    public static Paragraph of(String text) {
        return new Paragraph(List.of(Run.of(text)), Align.JUSTIFY, 2, 0, 0, false);
    }

    /** Flush-left text with no indent (主送-like lines). */
    public static Paragraph flush(String text) {
        return new Paragraph(List.of(Run.of(text)), Align.LEFT, 0, 0, 0, false);
    }

    /**
     * A label in 黑体 followed by text whose wrapped lines stand under the text, not under the label
     * (纪要: 出席：…, 列席：…): first line at {@code indent} characters, later lines at indent + the label's width.
     */
    public static Paragraph labelled(String label, String text, double indent) {
        double labelCells = Gbt9704.cells(label);
        return new Paragraph(List.of(Run.of(label, Face.HEI), Run.of(text)), Align.JUSTIFY, indent, indent + labelCells, 0, false);
    }

    /** An empty line. */
    public static Paragraph blank() {
        return new Paragraph(List.of(), Align.LEFT, 0, 0, 0, false);
    }

    public Paragraph keptWithNext() {
        return new Paragraph(runs, align, firstIndent, leftIndent, rightIndent, true);
    }

    /** The text of all runs. */
    public String text() {
        StringBuilder s = new StringBuilder();
        runs.forEach(r -> s.append(r.text()));
        return s.toString();
    }
}
