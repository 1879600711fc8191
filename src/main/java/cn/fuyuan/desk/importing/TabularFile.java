package cn.fuyuan.desk.importing;

import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.store.Problem;
import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;

/**
 * Reads the first sheet of an XLSX (streaming; memory bounded by what the file holds) or a CSV in UTF-8 (with or
 * without BOM) into rows of cleaned text ({@link #clean}) keyed by header. Excel dates come out as yyyy-MM-dd.
 * A header given twice refuses the file, naming both columns; an Excel error cell, a control character (NUL …) or a
 * text over {@link #TEXT_MAX} characters refuses it with every such cell named by row and column
 * ({@link ImportRejected}). Whatever the library says about a file it cannot read goes to the log; the user is told
 * in their language what is wrong with which file.
 */
public final class TabularFile {
    /** The longest text a cell may hold (any column; name columns have {@link #NAME_MAX}). */
    public static final int TEXT_MAX = 10_000;
    /** The longest name (agency, court, person, title) a cell may hold. */
    public static final int NAME_MAX = 200;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TabularFile.class);

    /** One data row: its 1-based row number in the file (the header is row 1) and its cells by header. */
    public record Row(int number, Map<String, String> cells) {
        public String get(String header) {
            String v = cells.get(header);
            return v == null ? "" : v;
        }
    }

    /** The file's headers (in order) and its non-empty data rows. */
    public record Content(Path file, List<String> headers, List<Row> rows) {
    }

    private TabularFile() {
    }

    public static Content read(Path file) throws ImportFileException {
        if (!Files.isRegularFile(file)) {
            throw new ImportFileException(Messages.get("import.noFile", file));
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return readXlsx(file);
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return readCsv(file);
        }
        throw new ImportFileException(Messages.get("import.unknownType", file));
    }

    private static Content readCsv(Path file) throws ImportFileException {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportFileException(Messages.get("import.notUtf8", file));
        } catch (IOException e) {
            LOG.warn("Cannot read {}", file, e);
            throw new ImportFileException(Messages.get("import.cannotRead", file, e.getClass().getSimpleName()));
        }
        // a BOM, or two (a file saved as UTF-8 with BOM by one tool and again by another)
        int bom = 0;
        while (bom < text.length() && text.charAt(bom) == '\uFEFF') {
            bom++;
        }
        text = text.substring(bom);
        List<RawRow> raw = new ArrayList<>();
        try (Reader r = new java.io.StringReader(text);
             CSVParser p = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get().parse(r)) {
            int number = 0;
            for (CSVRecord rec : p) {
                number++;
                List<String> cells = new ArrayList<>();
                // a cell our CSV writer guarded against formula injection reads back as it was written
                rec.forEach(c -> cells.add(cn.fuyuan.desk.report.CsvTable.unguard(c)));
                raw.add(RawRow.of(number, cells));
            }
        } catch (IOException | RuntimeException e) {
            // commons-csv says what in English ("EOF reached before encapsulated token finished"): that goes to the log
            LOG.warn("Cannot parse CSV {}", file, e);
            throw new ImportFileException(Messages.get("import.csvDamaged", file, raw.size() + 1));
        }
        return toContent(file, raw);
    }

    private static Content readXlsx(Path file) throws ImportFileException {
        List<RawRow> raw;
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            raw = XlsxSheet.read(pkg);
        } catch (XlsxSheet.EmptyWorkbook e) {
            throw new ImportFileException(Messages.get("import.empty", file));
        } catch (XlsxSheet.Refused e) {
            Object[] args = new Object[e.args.length + 1];
            args[0] = file;
            System.arraycopy(e.args, 0, args, 1, e.args.length);
            throw new ImportFileException(Messages.get(e.key, args));
        } catch (Exception | OutOfMemoryError e) {
            // the library's words ("Zip bomb detected!", "Index -1 out of bounds") are for the log, not the user
            LOG.warn("Cannot read XLSX {}", file, e);
            throw new ImportFileException(Messages.get(whyUnreadable(e), file));
        }
        return toContent(file, raw);
    }

    /** The message key that says, in the user's words, why POI could not read a workbook. */
    static String whyUnreadable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("exceeds the max") || t instanceof OutOfMemoryError) {
                return "import.xlsx.tooLarge";
            }
            if (t instanceof org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
                    || t instanceof org.apache.poi.openxml4j.exceptions.InvalidFormatException
                    || t instanceof java.util.zip.ZipException
                    || t instanceof org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException
                    || t instanceof org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException) {
                return "import.xlsx.notXlsx";
            }
            if (t instanceof org.xml.sax.SAXException) {
                return "import.xlsx.badXml";
            }
        }
        return "import.xlsx.damaged";
    }

    private static Content toContent(Path file, List<RawRow> raw) throws ImportFileException {
        int headerIndex = -1;
        for (int i = 0; i < raw.size(); i++) {
            if (!blank(raw.get(i))) {
                headerIndex = i;
                break;
            }
        }
        if (headerIndex < 0) {
            throw new ImportFileException(Messages.get("import.empty", file));
        }
        RawRow headerRow = raw.get(headerIndex);
        int width = 0;
        for (int i = 0; i < headerRow.size(); i++) {
            width = Math.max(width, headerRow.column(i) + 1);
        }
        String[] byColumn = new String[width];
        java.util.Arrays.fill(byColumn, "");
        Map<String, Integer> columnOf = new java.util.HashMap<>();
        for (int i = 0; i < headerRow.size(); i++) {
            String h = clean(headerRow.value(i));
            int c = headerRow.column(i);
            if (!h.isEmpty()) {
                Integer other = columnOf.putIfAbsent(h, c);
                if (other != null && other != c) {
                    throw new ImportFileException(Messages.get("import.headerTwice", file, h,
                            RawRow.columnName(Math.min(other, c)), RawRow.columnName(Math.max(other, c))));
                }
            }
            byColumn[c] = h;
        }
        List<String> headers = List.of(byColumn);
        List<Problem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (int i = headerIndex + 1; i < raw.size(); i++) {
            RawRow cells = raw.get(i);
            if (blank(cells)) {
                continue;
            }
            String[] values = new String[width];
            for (int k = 0; k < cells.size(); k++) {
                int c = cells.column(k);
                if (c < width && !byColumn[c].isEmpty()) {
                    values[c] = clean(cells.value(k));
                }
            }
            for (int k = 0; k < cells.errorCount(); k++) {
                int c = cells.errorColumn(k);
                if (c < width && !byColumn[c].isEmpty()) {
                    problems.add(cellProblem(cells.number(), byColumn[c], Messages.get("import.errorCell", cells.error(k))));
                    values[c] = "";
                }
            }
            Map<String, String> byHeader = new LinkedHashMap<>();
            for (int c = 0; c < width; c++) {
                if (byColumn[c].isEmpty()) {
                    continue;
                }
                String v = values[c] == null ? "" : values[c];
                String bad = check(v);
                if (bad != null) {
                    problems.add(cellProblem(cells.number(), byColumn[c], bad));
                }
                byHeader.put(byColumn[c], v);
            }
            rows.add(new Row(cells.number(), byHeader));
        }
        if (!problems.isEmpty()) {
            throw new ImportRejected(problems, Map.of());
        }
        return new Content(file, headers, rows);
    }

    private static boolean blank(RawRow r) {
        for (int i = 0; i < r.size(); i++) {
            if (!clean(r.value(i)).isEmpty()) {
                return false;
            }
        }
        return r.errorCount() == 0;
    }

    private static Problem cellProblem(int row, String column, String reason) {
        return new Problem(column, row, Messages.get("import.rowProblem", row, column, reason));
    }

    /** What is wrong with a cleaned cell text that no import may take (a control character, a text too long), or null. */
    private static String check(String v) {
        if (v.length() > TEXT_MAX) {
            return Messages.get("import.tooLong", v.length(), TEXT_MAX);
        }
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if ((ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') || ch == 0x7f) {
                return Messages.get("import.controlChar", String.format("U+%04X", (int) ch), i + 1);
            }
        }
        return null;
    }

    /**
     * A cell's text as an import compares it: no-break, ideographic and other Unicode spaces are spaces, zero-width
     * characters and stray BOMs are dropped, and the ends are stripped — so "测试局甲\u00a0" is the agency 测试局甲.
     */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            boolean drop = ch == '\u200B' || ch == '\u200C' || ch == '\u200D' || ch == '\u2060' || ch == '\uFEFF';
            boolean space = !drop && ch != ' ' && (Character.isSpaceChar(ch) || ch == '\u0085');
            if ((drop || space) && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null && !drop) {
                b.append(space ? ' ' : ch);
            }
        }
        return (b == null ? s : b.toString()).strip();
    }
}
