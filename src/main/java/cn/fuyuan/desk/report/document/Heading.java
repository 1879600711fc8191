package cn.fuyuan.desk.report.document;

import java.util.Objects;

/**
 * A heading of GB/T 9704 level 1–4, with its numbering written into the text by the feature: 1 "一、" 黑体,
 * 2 "（一）" 楷体, 3 "1." 仿宋, 4 "（1）" 仿宋. Indented two characters like a paragraph, kept with the next block.
 */
public record Heading(int level, String text) implements Block {
    public Heading {
        Objects.requireNonNull(text, "text");
        if (level < 1 || level > 4) {
            throw new IllegalArgumentException("heading level 1–4: " + level);
        }
    }

    /** The face of this level. */
    public Face face() {
        return switch (level) {
            case 1 -> Face.HEI;
            case 2 -> Face.KAI;
            default -> Face.FANGSONG;
        };
    }
}
