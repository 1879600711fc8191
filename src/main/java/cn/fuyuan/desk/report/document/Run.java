package cn.fuyuan.desk.report.document;

import java.util.Objects;

/** A stretch of text in one face; {@code face} null = the paragraph's own face. */
public record Run(String text, Face face) {
    public Run {
        Objects.requireNonNull(text, "text");
    }

    public static Run of(String text) {
        return new Run(text, null);
    }

    public static Run of(String text, Face face) {
        return new Run(text, face);
    }
}
