package cn.fuyuan.desk.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The one writer of every CSV the product writes (issue 15 §3): RFC 4180 (CRLF records; a cell holding a comma, a
 * quote or a line break is quoted, quotes doubled), through commons-csv, and the OWASP guard against formula injection:
 * a text cell beginning with {@code = + - @}, a tab or a carriage return gets a leading single quote ({@code '=1+1}), so
 * a spreadsheet shows it as text and never runs it. Numbers are written as numbers ({@link BigDecimal} plainly), never
 * guarded; null is an empty cell.
 */
public final class CsvTable {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.MINIMAL).setRecordSeparator("\r\n").get();

    private CsvTable() {
    }

    /** Writes the header and the rows to {@code out} and flushes it. */
    public static void write(Appendable out, List<String> headers, List<? extends List<?>> rows) {
        try {
            CSVPrinter p = new CSVPrinter(out, FORMAT);
            p.printRecord(headers.stream().map(CsvTable::cell).toList());
            for (List<?> r : rows) {
                p.printRecord(r.stream().map(CsvTable::cell).toList());
            }
            p.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A value as its cell text: guarded when it is text that a spreadsheet would read as a formula. */
    static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal b) {
            return b.toPlainString();
        }
        if (v instanceof Number n) {
            return n.toString();
        }
        return guard(v.toString());
    }

    /** The OWASP rule for CSV injection: a leading {@code = + - @ \t \r} is made text by a single quote before it. */
    public static String guard(String s) {
        if (!s.isEmpty()) {
            char c = s.charAt(0);
            if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
                return "'" + s;
            }
        }
        return s;
    }

    /**
     * The guard undone, for reading our own CSV back: a single quote before {@code = + - @ \t \r} is dropped (a
     * spreadsheet does not keep it either), any other leading quote is the user's and stays.
     */
    public static String unguard(String s) {
        if (s.length() > 1 && s.charAt(0) == '\'') {
            char c = s.charAt(1);
            if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
                return s.substring(1);
            }
        }
        return s;
    }
}
