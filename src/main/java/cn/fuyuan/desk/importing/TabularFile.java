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

    /**
     * The rows of a file one at a time, in file order, as {@link #read} gives them: what is wrong with the file as a
     * whole (no header, a header twice, not a workbook) is thrown by {@link #stream} or, when found further on, by
     * {@link #next}; a bad cell refuses the file ({@link ImportRejected}, every such cell named) at the end, from the
     * {@code next} that would have returned null. So a caller may check and write rows while the rest of the file is
     * read, and learns of the refusal before it commits.
     */
    public interface RowStream extends AutoCloseable {
        Path file();

        /** The header row's cells (an empty text for a column without a header), as {@link Content#headers}. */
        List<String> headers();

        /** The next non-empty data row, or null after the last. */
        Row next() throws ImportFileException;

        /** Stops reading (if still reading) and lets the reading thread go. */
        @Override
        void close();
    }

    /** The rows of content already read, as a stream. */
    public static RowStream stream(Content content) {
        return new RowStream() {
            private int at;

            @Override
            public Path file() {
                return content.file();
            }

            @Override
            public List<String> headers() {
                return content.headers();
            }

            @Override
            public Row next() {
                return at < content.rows().size() ? content.rows().get(at++) : null;
            }

            @Override
            public void close() {
            }
        };
    }

    /**
     * A file's rows as they are read: an .xlsx is read on a thread of its own, in batches handed over through a short
     * queue, so the caller checks and writes the rows read so far while the next are read (issue 16 §1); a .csv is read
     * whole first (it is parsed from text in memory anyway).
     */
    public static RowStream stream(Path file) throws ImportFileException {
        if (!Files.isRegularFile(file)) {
            throw new ImportFileException(Messages.get("import.noFile", file));
        }
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return new XlsxStream(file);
        }
        return stream(read(file));
    }

    /** Reads an .xlsx on its own thread into a bounded queue of row batches (see {@link #stream(Path)}). */
    private static final class XlsxStream implements RowStream {
        /** Rows handed over at a time, and batches the queue holds: a few MB at most ahead of the caller. */
        private static final int BATCH = 500;
        private static final int QUEUED = 8;
        private static final Object END = new Object();

        private final Path file;
        private final java.util.concurrent.BlockingQueue<Object> queue = new java.util.concurrent.ArrayBlockingQueue<>(QUEUED);
        private final Thread thread;
        private volatile boolean closed;
        private final List<String> headers;
        private List<Row> batch = List.of();
        private int at;
        private boolean ended;
        /** Milliseconds of wall clock and of CPU the reading took (set by the reading thread before its last hand-over). */
        private volatile long readMillis;
        private volatile long readCpuMillis;

        /** What the reading thread hands over instead of rows: the headers first, or what went wrong. */
        private record Headers(List<String> list) {
        }

        private record Failure(Throwable error) {
        }

        XlsxStream(Path file) throws ImportFileException {
            this.file = file;
            thread = new Thread(this::produce, "import-reader");
            thread.setDaemon(true);
            thread.start();
            Object first = take();
            if (first instanceof Failure f) {
                ended = true;
                close();
                rethrow(f.error());
            }
            headers = ((Headers) first).list();
        }

        @Override
        public Path file() {
            return file;
        }

        @Override
        public List<String> headers() {
            return headers;
        }

        @Override
        @SuppressWarnings("unchecked")
        public Row next() throws ImportFileException {
            while (at >= batch.size()) {
                if (ended) {
                    return null;
                }
                Object o = take();
                if (o == END) {
                    ended = true;
                    LOG.info("{}: read in {} ms on the reading thread, using {} ms of CPU", file.getFileName(), readMillis, readCpuMillis);
                    return null;
                }
                if (o instanceof Failure f) {
                    ended = true;
                    rethrow(f.error());
                }
                batch = (List<Row>) o;
                at = 0;
            }
            return batch.get(at++);
        }

        private Object take() {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new java.util.concurrent.CancellationException();
            }
        }

        private static void rethrow(Throwable t) throws ImportFileException {
            if (t instanceof ImportFileException e) {
                throw e;
            }
            if (t instanceof RuntimeException e) {
                throw e;
            }
            if (t instanceof Error e) {
                throw e;
            }
            throw new IllegalStateException(t);
        }

        /** On the reading thread: the rows, in batches, then END (or a Failure in place of what is left). */
        private void produce() {
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            Converter conv = new Converter(file);
            List<Row> pending = new ArrayList<>(BATCH);
            boolean[] headerSent = {false};
            try {
                readSheet(file, raw -> {
                    if (closed) {
                        throw new Stopped();
                    }
                    Row row;
                    try {
                        row = conv.accept(raw);
                    } catch (ImportFileException e) {
                        throw new Refusal(e);
                    }
                    if (!headerSent[0] && conv.headers != null) {
                        put(new Headers(conv.headers));
                        headerSent[0] = true;
                    }
                    if (row != null) {
                        pending.add(row);
                        if (pending.size() == BATCH) {
                            put(new ArrayList<>(pending));
                            pending.clear();
                        }
                    }
                });
                if (!pending.isEmpty()) {
                    put(new ArrayList<>(pending));
                }
                conv.finish();
                readMillis = (System.nanoTime() - start) / 1_000_000;
                readCpuMillis = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
                put(END);
            } catch (Stopped e) {
                // closed by the caller: nobody waits for what is left
            } catch (Throwable e) {
                try {
                    put(new Failure(e));
                } catch (Stopped s) {
                    // closed meanwhile
                }
            }
        }

        /** Hands over to the caller, waiting while the queue is full; gives up when the stream is closed. */
        private void put(Object o) {
            try {
                while (!queue.offer(o, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    if (closed) {
                        throw new Stopped();
                    }
                }
            } catch (InterruptedException e) {
                throw new Stopped();
            }
        }

        @Override
        public void close() {
            closed = true;
            boolean interrupted = false;
            while (thread.isAlive()) {
                queue.clear();
                try {
                    thread.join(100);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            queue.clear();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
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

    /** Thrown inside a sheet's row callback to stop reading when a stream is closed early. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    /** Carries a row's refusal out of a sheet's row callback. */
    private static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refusal(ImportFileException e) {
            super(e);
        }
    }

    /**
     * Reads the workbook's first sheet row by row into {@code rows}; what goes wrong is said in the user's words, the
     * file named (a {@link Stopped} or {@link Refusal} thrown by {@code rows} comes out as itself, or as its refusal).
     */
    private static void readSheet(Path file, java.util.function.Consumer<RawRow> rows) throws ImportFileException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XlsxSheet.read(pkg, rows);
        } catch (XlsxSheet.EmptyWorkbook e) {
            throw new ImportFileException(Messages.get("import.empty", file));
        } catch (XlsxSheet.Refused e) {
            Object[] args = new Object[e.args.length + 1];
            args[0] = file;
            System.arraycopy(e.args, 0, args, 1, e.args.length);
            throw new ImportFileException(Messages.get(e.key, args));
        } catch (Exception | OutOfMemoryError e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof Stopped s) {
                    throw s;
                }
                if (t instanceof Refusal r) {
                    throw (ImportFileException) r.getCause();
                }
            }
            // the library's words ("Zip bomb detected!", "Index -1 out of bounds") are for the log, not the user
            LOG.warn("Cannot read XLSX {}", file, e);
            throw new ImportFileException(Messages.get(whyUnreadable(e), file));
        }
    }

    private static Content readXlsx(Path file) throws ImportFileException {
        List<RawRow> raw = new ArrayList<>();
        readSheet(file, raw::add);
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
            if (t instanceof org.xml.sax.SAXException || t instanceof javax.xml.stream.XMLStreamException) {
                return "import.xlsx.badXml";
            }
        }
        return "import.xlsx.damaged";
    }

    private static Content toContent(Path file, List<RawRow> raw) throws ImportFileException {
        Converter c = new Converter(file);
        List<Row> rows = new ArrayList<>();
        for (RawRow r : raw) {
            Row row = c.accept(r);
            if (row != null) {
                rows.add(row);
            }
        }
        c.finish();
        return new Content(file, c.headers, rows);
    }

    /**
     * Turns raw rows into rows by header, one at a time in file order: the first non-blank row is the header (a header
     * given twice refuses the file at once), every later non-blank row a {@link Row}; what is wrong with a cell is
     * gathered and refuses the file at {@link #finish()}, with every such cell named.
     */
    private static final class Converter {
        private final Path file;
        private List<String> headers;
        private String[] byColumn;
        private int width;
        private final List<Problem> problems = new ArrayList<>();

        Converter(Path file) {
            this.file = file;
        }

        /** The row this raw row gives, or null (the header, a blank row). */
        Row accept(RawRow cells) throws ImportFileException {
            if (blank(cells)) {
                return null;
            }
            if (headers == null) {
                header(cells);
                return null;
            }
            String[] values = new String[names.length];
            for (int k = 0; k < cells.size(); k++) {
                int c = cells.column(k);
                if (c < width && at[c] >= 0) {
                    values[at[c]] = clean(cells.value(k));
                }
            }
            for (int k = 0; k < cells.errorCount(); k++) {
                int c = cells.errorColumn(k);
                if (c < width && at[c] >= 0) {
                    problems.add(cellProblem(cells.number(), byColumn[c], Messages.get("import.errorCell", cells.error(k))));
                    values[at[c]] = "";
                }
            }
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    values[i] = "";
                }
                String bad = check(values[i]);
                if (bad != null) {
                    problems.add(cellProblem(cells.number(), names[i], bad));
                }
            }
            return new Row(cells.number(), new Cells(names, index, values));
        }

        /** The headers that name a column, in column order; where each column's cell goes among them (-1: nowhere). */
        private String[] names;
        private int[] at;
        private Map<String, Integer> index;

        private void header(RawRow headerRow) throws ImportFileException {
            width = 0;
            for (int i = 0; i < headerRow.size(); i++) {
                width = Math.max(width, headerRow.column(i) + 1);
            }
            byColumn = new String[width];
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
            headers = List.of(byColumn);
            List<String> named = new ArrayList<>();
            at = new int[width];
            index = new java.util.HashMap<>();
            for (int c = 0; c < width; c++) {
                at[c] = byColumn[c].isEmpty() ? -1 : named.size();
                if (at[c] >= 0) {
                    index.put(byColumn[c], named.size());
                    named.add(byColumn[c]);
                }
            }
            names = named.toArray(new String[0]);
        }

        /** At the end of the file: refuses an empty file, or one with a bad cell (every one named). */
        void finish() throws ImportFileException {
            if (headers == null) {
                throw new ImportFileException(Messages.get("import.empty", file));
            }
            if (!problems.isEmpty()) {
                throw new ImportRejected(problems, Map.of());
            }
        }
    }

    /**
     * A row's cells by header, in column order, as a map that cannot be changed: the headers are the file's, shared by
     * its rows, and each row holds only its texts (a 100,000-row import made a map of twenty entries per row before).
     */
    private static final class Cells extends java.util.AbstractMap<String, String> {
        private final String[] names;
        private final Map<String, Integer> index;
        private final String[] values;

        Cells(String[] names, Map<String, Integer> index, String[] values) {
            this.names = names;
            this.index = index;
            this.values = values;
        }

        @Override
        public String get(Object key) {
            Integer i = index.get(key);
            return i == null ? null : values[i];
        }

        @Override
        public boolean containsKey(Object key) {
            return index.containsKey(key);
        }

        @Override
        public int size() {
            return values.length;
        }

        @Override
        public java.util.Set<Entry<String, String>> entrySet() {
            return new java.util.AbstractSet<>() {
                @Override
                public java.util.Iterator<Entry<String, String>> iterator() {
                    return new java.util.Iterator<>() {
                        private int i;

                        @Override
                        public boolean hasNext() {
                            return i < values.length;
                        }

                        @Override
                        public Entry<String, String> next() {
                            if (i >= values.length) {
                                throw new java.util.NoSuchElementException();
                            }
                            Entry<String, String> e = new SimpleImmutableEntry<>(names[i], values[i]);
                            i++;
                            return e;
                        }
                    };
                }

                @Override
                public int size() {
                    return values.length;
                }
            };
        }
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
