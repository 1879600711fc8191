package cn.fuyuan.desk.report.document;

/**
 * What a table column holds, so a spreadsheet stores a number as a number. One convention for rates everywhere:
 * a {@link #PERCENT} cell's value is the rate in percent as the figures compute it (75.00 for 75.00%); the XLSX stores
 * 0.75 formatted {@code 0.00%}. A {@link #POINTS} cell is a change in percentage points (+12.50), stored as 12.5
 * formatted {@code +0.00;-0.00;0.00}.
 */
public enum CellType {
    TEXT,
    INTEGER,
    DECIMAL,
    PERCENT,
    POINTS,
    DATE
}
