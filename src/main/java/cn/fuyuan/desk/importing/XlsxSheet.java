package cn.fuyuan.desk.importing;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * Streams the first sheet of an .xlsx into rows of cell texts, as Excel shows them but with dates as ISO dates
 * ({@code 2025-07-10}, or {@code 2025-07-10 09:30} when the cell holds a time of day), in the workbook's date system
 * (1900, or 1904 when {@code workbookPr date1904} says so).
 *
 * <p>POI's own {@code XSSFSheetXMLHandler} builds an XMLBeans rich-text object for every text cell, which made reading
 * a 100,000-row file take seconds; this reads the sheet and the shared strings as a stream of XML events and keeps only
 * strings. The parser is Woodstox (already here under JasperReports' Jackson XML), asked for by name: it reads a sheet
 * in half the time of the JDK's SAX parser, and it is given no DTD and no external entity to follow. Styles (for the
 * number format of each numeric cell) are still read by POI, once.
 *
 * <p>What is kept is bounded by what the file holds, never by its coordinates: a row keeps only the cells it has
 * ({@link RawRow}), and an empty row or column between two costs nothing. A reference beyond Excel's limits (row
 * 1,048,576, column XFD) is refused ({@link Refused}), as are a shared string that does not exist and a row or cell
 * reference that is not one.
 */
final class XlsxSheet {
    /** Excel's last row. */
    static final int MAX_ROWS = 1_048_576;
    /** Excel's last column, XFD. */
    static final int MAX_COLUMNS = 16_384;

    private XlsxSheet() {
    }

    /** Streams the first sheet's rows to {@code rows}, one at a time in file order (a row without cells is left out). */
    static void read(OPCPackage pkg, java.util.function.Consumer<RawRow> rows) throws IOException, OpenXML4JException,
            XMLStreamException, EmptyWorkbook, Refused {
        XSSFReader reader = new XSSFReader(pkg);
        boolean date1904 = date1904(reader);
        StylesTable styles = reader.getStylesTable();
        List<String> strings = sharedStrings(pkg);
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        if (!sheets.hasNext()) {
            throw new EmptyWorkbook();
        }
        try (InputStream sheet = sheets.next()) {
            XMLStreamReader xml = XML.createXMLStreamReader(sheet);
            try {
                new SheetHandler(styles, strings, rows, date1904).read(xml);
            } finally {
                xml.close();
            }
        }
    }

    /** The parser of every part read here: no DTD, no external entities, text in the pieces it comes in. */
    private static final XMLInputFactory XML = factory();

    private static XMLInputFactory factory() {
        XMLInputFactory f = new com.ctc.wstx.stax.WstxInputFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }

    /** The workbook has no sheet. */
    static final class EmptyWorkbook extends Exception {
        private static final long serialVersionUID = 1L;
    }

    /** The sheet holds something Excel never writes; {@link #key} and {@link #args} say what, for the user's message. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final String key;
        final transient Object[] args;

        Refused(String key, Object... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = args;
        }
    }

    /** Whether the workbook counts its dates from 1904 ({@code <workbookPr date1904="1"/>} in workbook.xml). */
    static boolean date1904(XSSFReader reader) throws IOException, XMLStreamException, OpenXML4JException {
        try (InputStream in = reader.getWorkbookData()) {
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                        String local = xml.getLocalName();
                        if (local.equals("workbookPr")) {
                            String v = xml.getAttributeValue(null, "date1904");
                            return v != null && (v.equals("1") || v.equalsIgnoreCase("true"));
                        } else if (local.equals("sheets")) {
                            return false; // workbookPr comes before the sheets: nothing further needed
                        }
                    }
                }
                return false;
            } finally {
                xml.close();
            }
        }
    }

    /** The shared strings table: the text of each {@code <si>}, runs joined, phonetic runs left out. */
    static List<String> sharedStrings(OPCPackage pkg) throws IOException, XMLStreamException {
        List<String> out = new ArrayList<>();
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return out;
        }
        try (InputStream in = parts.get(0).getInputStream()) {
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            try {
                StringBuilder text = new StringBuilder();
                boolean inT = false;
                boolean inPhonetic = false;
                while (xml.hasNext()) {
                    switch (xml.next()) {
                        case XMLStreamConstants.START_ELEMENT -> {
                            switch (xml.getLocalName()) {
                                case "si" -> text.setLength(0);
                                case "t" -> inT = !inPhonetic;
                                case "rPh" -> inPhonetic = true;
                                default -> { }
                            }
                        }
                        case XMLStreamConstants.END_ELEMENT -> {
                            switch (xml.getLocalName()) {
                                case "si" -> out.add(text.toString());
                                case "t" -> inT = false;
                                case "rPh" -> inPhonetic = false;
                                default -> { }
                            }
                        }
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                            if (inT) {
                                text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                            }
                        }
                        default -> { }
                    }
                }
            } finally {
                xml.close();
            }
        }
        return out;
    }

    /** A cell style's number format: its index, its format string, and whether it shows a date. */
    private record NumberFormat(int index, String format, boolean date) {
    }

    /** Reads one worksheet's events into rows. */
    private static final class SheetHandler {
        private final StylesTable styles;
        private final List<String> strings;
        private final java.util.function.Consumer<RawRow> rows;
        private final boolean date1904;
        private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
        /** The number format of each style index, looked up once. */
        private final Map<Integer, NumberFormat> formats = new HashMap<>();
        private final StringBuilder value = new StringBuilder();
        private RawRow.Builder current;
        private int lastRow;
        private String type;
        private String ref;
        private int style;
        private int column;
        private boolean collecting;
        private boolean inInline;

        SheetHandler(StylesTable styles, List<String> strings, java.util.function.Consumer<RawRow> rows, boolean date1904) {
            this.styles = styles;
            this.strings = strings;
            this.rows = rows;
            this.date1904 = date1904;
        }

        void read(XMLStreamReader xml) throws XMLStreamException, Refused {
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> start(xml);
                    case XMLStreamConstants.END_ELEMENT -> end(xml.getLocalName());
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (collecting) {
                            value.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                        }
                    }
                    default -> { }
                }
            }
        }

        private void start(XMLStreamReader xml) throws Refused {
            switch (xml.getLocalName()) {
                case "row" -> {
                    String r = xml.getAttributeValue(null, "r");
                    int number = r == null ? lastRow + 1 : rowNumber(r);
                    lastRow = number;
                    current = new RawRow.Builder(number);
                }
                case "c" -> {
                    if (current == null) { // a cell outside a row: not a worksheet Excel writes
                        throw refused("import.xlsx.badReference", String.valueOf(xml.getAttributeValue(null, "r")));
                    }
                    type = xml.getAttributeValue(null, "t");
                    String s = xml.getAttributeValue(null, "s");
                    ref = xml.getAttributeValue(null, "r");
                    try {
                        style = s == null ? -1 : Integer.parseInt(s.strip());
                    } catch (NumberFormatException e) {
                        style = -1; // an unknown style shows the number as General
                    }
                    column = ref == null ? current.nextColumn() : column(ref);
                    value.setLength(0);
                }
                case "v" -> collecting = true;
                case "is" -> inInline = true;
                case "t" -> collecting = inInline;
                default -> { }
            }
        }

        private void end(String local) throws Refused {
            switch (local) {
                case "v", "t" -> collecting = false;
                case "is" -> inInline = false;
                case "c" -> {
                    if (type != null && type.equals("e")) {
                        current.error(column, value.toString().strip());
                    } else {
                        String text = text();
                        if (text != null) {
                            current.add(column, text);
                        } else {
                            current.skip(column);
                        }
                    }
                }
                case "row" -> {
                    if (current != null && !current.isEmpty()) {
                        rows.accept(current.build());
                    }
                    current = null;
                }
                default -> { }
            }
        }

        private static Refused refused(String key, Object... args) {
            return new Refused(key, args);
        }

        private int rowNumber(String r) throws Refused {
            String t = r.strip();
            if (t.isEmpty() || t.length() > 10 || !digits(t)) {
                throw refused("import.xlsx.badRowNumber", r);
            }
            long n = Long.parseLong(t);
            if (n < 1 || n > MAX_ROWS) {
                throw refused("import.xlsx.rowBeyond", t, MAX_ROWS);
            }
            return (int) n;
        }

        /** The cell's text as Excel shows it (dates as yyyy-MM-dd), or null for a cell with no value. */
        private String text() throws Refused {
            String v = value.toString();
            if (type == null || type.equals("n")) {
                return v.isEmpty() ? null : number(v);
            }
            return switch (type) {
                case "s" -> v.isEmpty() ? null : shared(v);
                case "inlineStr", "str" -> v;
                case "b" -> v.equals("1") ? "TRUE" : "FALSE";
                case "d" -> v.length() >= 10 ? v.substring(0, 10) : v; // an ISO 8601 date cell
                default -> v;
            };
        }

        private String shared(String v) throws Refused {
            int i;
            try {
                i = Integer.parseInt(v.strip());
            } catch (NumberFormatException e) {
                i = -1;
            }
            if (i < 0 || i >= strings.size()) {
                throw refused("import.xlsx.badSharedString", ref == null ? RawRow.columnName(column) + current.number() : ref);
            }
            return strings.get(i);
        }

        private String number(String v) {
            double d;
            try {
                d = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                return v;
            }
            if (style < 0) {
                return formatter.formatRawCellContents(d, 0, "General");
            }
            NumberFormat f = formats.computeIfAbsent(style, s -> {
                XSSFCellStyle cs = styles != null && s < styles.getNumCellStyles() ? styles.getStyleAt(s) : null;
                int index = cs == null ? 0 : cs.getDataFormat();
                String format = cs == null ? null : cs.getDataFormatString();
                if (format == null) {
                    format = org.apache.poi.ss.usermodel.BuiltinFormats.getBuiltinFormat(index);
                }
                return new NumberFormat(index, format == null ? "General" : format, DateUtil.isADateFormat(index, format));
            });
            if (f.date() && DateUtil.isValidExcelDate(d)) {
                LocalDateTime t = DateUtil.getLocalDateTime(d, date1904, true);
                // a time of day (a hearing at 09:30) is kept; a plain date has none
                return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? t.toLocalDate().toString()
                        : t.toLocalDate() + " " + t.toLocalTime().withSecond(0).withNano(0);
            }
            return formatter.formatRawCellContents(d, f.index(), f.format());
        }

        private static boolean digits(String t) {
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c < '0' || c > '9') {
                    return false;
                }
            }
            return true;
        }

        /** The 0-based column of a reference such as {@code AB12}; refused beyond XFD or when it is no reference. */
        private int column(String r) throws Refused {
            int col = 0;
            int i = 0;
            for (; i < r.length(); i++) {
                char c = r.charAt(i);
                if (c < 'A' || c > 'Z') {
                    break;
                }
                col = col * 26 + (c - 'A' + 1);
                if (col > MAX_COLUMNS) {
                    throw refused("import.xlsx.columnBeyond", r, "XFD");
                }
            }
            if (i == 0) {
                throw refused("import.xlsx.badReference", r);
            }
            String digits = r.substring(i);
            if (!digits.isEmpty()) {
                if (digits.length() > 10 || !digits(digits)) {
                    throw refused("import.xlsx.badReference", r);
                }
                if (Long.parseLong(digits) > MAX_ROWS) {
                    throw refused("import.xlsx.rowBeyond", digits, MAX_ROWS);
                }
            }
            return col - 1;
        }
    }
}
