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
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the first sheet of an .xlsx into rows of cell texts, as Excel shows them but with dates as ISO dates
 * ({@code 2025-07-10}, or {@code 2025-07-10 09:30} when the cell holds a time of day).
 *
 * <p>POI's own {@code XSSFSheetXMLHandler} builds an XMLBeans rich-text object for every text cell, which made reading
 * a 100,000-row file take seconds; this reads the sheet and the shared strings with plain SAX and keeps only strings.
 * Styles (for the number format of each numeric cell) are still read by POI, once. Empty cells keep their column;
 * a row's list is indexed by column, rows by their sheet row number (row 1 at index 0).
 */
final class XlsxSheet {
    private XlsxSheet() {
    }

    static List<List<String>> read(OPCPackage pkg) throws IOException, OpenXML4JException, SAXException,
            ParserConfigurationException, EmptyWorkbook {
        XSSFReader reader = new XSSFReader(pkg);
        StylesTable styles = reader.getStylesTable();
        List<String> strings = sharedStrings(pkg);
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        if (!sheets.hasNext()) {
            throw new EmptyWorkbook();
        }
        List<List<String>> rows = new ArrayList<>();
        try (InputStream sheet = sheets.next()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new SheetHandler(styles, strings, rows));
            xml.parse(new InputSource(sheet));
        }
        return rows;
    }

    /** The workbook has no sheet. */
    static final class EmptyWorkbook extends Exception {
        private static final long serialVersionUID = 1L;
    }

    /** The shared strings table: the text of each {@code <si>}, runs joined, phonetic runs left out. */
    static List<String> sharedStrings(OPCPackage pkg) throws IOException, SAXException, ParserConfigurationException {
        List<String> out = new ArrayList<>();
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return out;
        }
        try (InputStream in = parts.get(0).getInputStream()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new DefaultHandler() {
                private final StringBuilder text = new StringBuilder();
                private boolean inT;
                private boolean inPhonetic;

                @Override
                public void startElement(String uri, String local, String qName, Attributes atts) {
                    switch (local) {
                        case "si" -> text.setLength(0);
                        case "t" -> inT = !inPhonetic;
                        case "rPh" -> inPhonetic = true;
                        default -> { }
                    }
                }

                @Override
                public void endElement(String uri, String local, String qName) {
                    switch (local) {
                        case "si" -> out.add(text.toString());
                        case "t" -> inT = false;
                        case "rPh" -> inPhonetic = false;
                        default -> { }
                    }
                }

                @Override
                public void characters(char[] ch, int start, int length) {
                    if (inT) {
                        text.append(ch, start, length);
                    }
                }
            });
            xml.parse(new InputSource(in));
        }
        return out;
    }

    /** A cell style's number format: its index, its format string, and whether it shows a date. */
    private record NumberFormat(int index, String format, boolean date) {
    }

    /** The SAX handler of one worksheet. */
    private static final class SheetHandler extends DefaultHandler {
        private final StylesTable styles;
        private final List<String> strings;
        private final List<List<String>> rows;
        private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
        /** The number format of each style index, looked up once. */
        private final Map<Integer, NumberFormat> formats = new HashMap<>();
        private final StringBuilder value = new StringBuilder();
        private List<String> current;
        private String type;
        private int style;
        private int column;
        private boolean collecting;
        private boolean inInline;

        SheetHandler(StylesTable styles, List<String> strings, List<List<String>> rows) {
            this.styles = styles;
            this.strings = strings;
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            switch (local) {
                case "row" -> {
                    String r = atts.getValue("r");
                    int number = r == null ? rows.size() + 1 : Integer.parseInt(r);
                    while (rows.size() < number - 1) {
                        rows.add(new ArrayList<>());
                    }
                    current = new ArrayList<>();
                }
                case "c" -> {
                    type = atts.getValue("t");
                    String s = atts.getValue("s");
                    style = s == null ? -1 : Integer.parseInt(s);
                    String ref = atts.getValue("r");
                    column = ref == null ? current.size() : column(ref);
                    value.setLength(0);
                }
                case "v" -> collecting = true;
                case "is" -> inInline = true;
                case "t" -> collecting = inInline;
                default -> { }
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            switch (local) {
                case "v", "t" -> collecting = false;
                case "is" -> inInline = false;
                case "c" -> {
                    String text = text();
                    if (text != null) {
                        while (current.size() < column) {
                            current.add("");
                        }
                        current.add(text);
                    }
                }
                case "row" -> {
                    rows.add(current);
                    current = null;
                }
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                value.append(ch, start, length);
            }
        }

        /** The cell's text as Excel shows it (dates as yyyy-MM-dd), or null for a cell with no value. */
        private String text() {
            String v = value.toString();
            if (type == null || type.equals("n")) {
                return v.isEmpty() ? null : number(v);
            }
            return switch (type) {
                case "s" -> v.isEmpty() ? null : strings.get(Integer.parseInt(v.strip()));
                case "inlineStr", "str" -> v;
                case "b" -> v.equals("1") ? "TRUE" : "FALSE";
                case "e" -> "ERROR:" + v;
                case "d" -> v.length() >= 10 ? v.substring(0, 10) : v; // an ISO 8601 date cell
                default -> v;
            };
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
                XSSFCellStyle cs = s < styles.getNumCellStyles() ? styles.getStyleAt(s) : null;
                int index = cs == null ? 0 : cs.getDataFormat();
                String format = cs == null ? null : cs.getDataFormatString();
                if (format == null) {
                    format = org.apache.poi.ss.usermodel.BuiltinFormats.getBuiltinFormat(index);
                }
                return new NumberFormat(index, format == null ? "General" : format, DateUtil.isADateFormat(index, format));
            });
            if (f.date() && DateUtil.isValidExcelDate(d)) {
                LocalDateTime t = DateUtil.getLocalDateTime(d, false, true);
                // a time of day (a hearing at 09:30) is kept; a plain date has none
                return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? t.toLocalDate().toString()
                        : t.toLocalDate() + " " + t.toLocalTime().withSecond(0).withNano(0);
            }
            return formatter.formatRawCellContents(d, f.index(), f.format());
        }

        /** The 0-based column of a reference such as {@code AB12}. */
        static int column(String ref) {
            int col = 0;
            for (int i = 0; i < ref.length(); i++) {
                char c = ref.charAt(i);
                if (c < 'A' || c > 'Z') {
                    break;
                }
                col = col * 26 + (c - 'A' + 1);
            }
            return col - 1;
        }
    }
}
