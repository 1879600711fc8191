package cn.fuyuan.desk.importing;

import java.util.Arrays;

/**
 * One row of a file as the file holds it: its 1-based row number and only the cells it has (column, text), so that a
 * cell far to the right or a row far down costs what the file holds, not what its coordinates say. Excel error
 * cells ({@code #N/A}, {@code #DIV/0!}) are kept apart: they have no text to import.
 */
final class RawRow {
    private final int number;
    private final int[] columns;
    private final String[] values;
    private final int[] errorColumns;
    private final String[] errors;

    private RawRow(int number, int[] columns, String[] values, int[] errorColumns, String[] errors) {
        this.number = number;
        this.columns = columns;
        this.values = values;
        this.errorColumns = errorColumns;
        this.errors = errors;
    }

    /** A row given as a list of cells from column 0 (a CSV record). */
    static RawRow of(int number, java.util.List<String> cells) {
        Builder b = new Builder(number);
        for (int c = 0; c < cells.size(); c++) {
            String v = cells.get(c);
            if (v != null && !v.isEmpty()) {
                b.add(c, v);
            }
        }
        return b.build();
    }

    int number() {
        return number;
    }

    int size() {
        return columns.length;
    }

    int column(int i) {
        return columns[i];
    }

    String value(int i) {
        return values[i];
    }

    int errorCount() {
        return errorColumns.length;
    }

    int errorColumn(int i) {
        return errorColumns[i];
    }

    String error(int i) {
        return errors[i];
    }

    /** Excel's name of a 0-based column: 0 → A, 25 → Z, 26 → AA. */
    static String columnName(int column) {
        StringBuilder s = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            s.append((char) ('A' + (c - 1) % 26));
        }
        return s.reverse().toString();
    }

    /** Collects one row's cells as they are read. */
    static final class Builder {
        private final int number;
        private int[] columns = new int[8];
        private String[] values = new String[8];
        private int size;
        private int[] errorColumns = new int[0];
        private String[] errors = new String[0];
        private int next;

        Builder(int number) {
            this.number = number;
        }

        int number() {
            return number;
        }

        /** The column a cell without a reference stands in: the one after the last cell read. */
        int nextColumn() {
            return next;
        }

        void add(int column, String text) {
            if (size == columns.length) {
                columns = Arrays.copyOf(columns, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            columns[size] = column;
            values[size] = text;
            size++;
            next = column + 1;
        }

        void error(int column, String code) {
            errorColumns = Arrays.copyOf(errorColumns, errorColumns.length + 1);
            errors = Arrays.copyOf(errors, errors.length + 1);
            errorColumns[errorColumns.length - 1] = column;
            errors[errors.length - 1] = code;
            next = column + 1;
        }

        /** A cell with no value: nothing kept, but a following cell without a reference comes after it. */
        void skip(int column) {
            next = column + 1;
        }

        boolean isEmpty() {
            return size == 0 && errors.length == 0;
        }

        RawRow build() {
            return new RawRow(number, Arrays.copyOf(columns, size), Arrays.copyOf(values, size), errorColumns, errors);
        }
    }
}
