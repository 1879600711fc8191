package cn.fuyuan.desk.report.document;

import java.util.List;
import java.util.Objects;

/**
 * A table of data: a header row (repeated at the top of every page it runs onto), then its rows.
 *
 * @param name    short Chinese name: the spreadsheet's sheet name (at most 31 characters), and the table's caption
 *                when {@code caption} is true
 * @param caption print {@code name} centred above the table
 * @param rows    each row has one cell per column
 */
public record Table(String name, boolean caption, List<Column> columns, List<List<Cell>> rows) implements Block {
    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != columns.size()) {
                throw new IllegalArgumentException("table " + name + " row " + (i + 1) + " has " + rows.get(i).size()
                        + " cells for " + columns.size() + " columns");
            }
        }
    }

    public static Table of(String name, List<Column> columns, List<List<Cell>> rows) {
        return new Table(name, false, columns, rows);
    }

    public Table withCaption() {
        return new Table(name, true, columns, rows);
    }

    public double totalWeight() {
        return columns.stream().mapToDouble(Column::weight).sum();
    }
}
