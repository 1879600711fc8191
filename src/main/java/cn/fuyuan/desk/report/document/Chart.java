package cn.fuyuan.desk.report.document;

import java.util.List;
import java.util.Objects;

/**
 * A chart given as data: categories along the axis and one or more series of values (null = no value). The PDF
 * draws it as vectors, the DOCX embeds it as an image.
 *
 * @param max        the top of the value axis (100 for rates in percent)
 * @param unitSuffix appended to axis labels ("%")
 */
public record Chart(String caption, Kind kind, List<String> categories, List<Series> series, double max, String unitSuffix)
        implements Block {
    public enum Kind { BAR, LINE }

    /** A named series with one value per category. */
    public record Series(String name, List<Double> values) {
        public Series {
            Objects.requireNonNull(name, "name");
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    public Chart {
        Objects.requireNonNull(kind, "kind");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has " + s.values().size() + " values for "
                        + categories.size() + " categories");
            }
        }
        unitSuffix = unitSuffix == null ? "" : unitSuffix;
    }
}
