package cn.fuyuan.desk.report.document;

import java.util.Objects;

/**
 * A table column: its header, its share of the table width (weights are relative: 1, 2, 1.5 …), what it holds,
 * and its alignment.
 */
public record Column(String header, double weight, CellType type, Align align) {
    public Column {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(align, "align");
        if (!(weight > 0)) {
            throw new IllegalArgumentException("column weight > 0: " + weight);
        }
    }

    public static Column text(String header, double weight) {
        return new Column(header, weight, CellType.TEXT, Align.LEFT);
    }

    /** A centred column of the given type. */
    public static Column of(String header, double weight, CellType type) {
        return new Column(header, weight, type, Align.CENTER);
    }
}
