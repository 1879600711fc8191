package cn.fuyuan.desk.report.document;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One table cell: the text printed on paper and, for numbers and dates, the typed value a spreadsheet keeps
 * ({@code null} value = no figure, e.g. "—" for a zero denominator: the XLSX cell is then text).
 */
public record Cell(String text, Object value) {
    public Cell {
        text = text == null ? "" : text;
        if (value != null && !(value instanceof Number) && !(value instanceof LocalDate)) {
            throw new IllegalArgumentException("a cell value is a Number or a LocalDate: " + value.getClass());
        }
    }

    public static Cell text(String text) {
        return new Cell(text, null);
    }

    public static Cell integer(long n) {
        return new Cell(String.valueOf(n), n);
    }

    /** A figure printed as {@code text} ("75.00%", "+1.50", "—") with its value (null when there is none). */
    public static Cell number(String text, BigDecimal value) {
        return new Cell(text, value);
    }

    public static Cell date(LocalDate d) {
        return new Cell(d == null ? "" : d.toString(), d);
    }

    /** A date printed 2025年7月1日. */
    public static Cell chineseDate(LocalDate d) {
        return new Cell(Gbt9704.date(d), d);
    }
}
