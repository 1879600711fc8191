package cn.fuyuan.desk.importing;

import cn.fuyuan.desk.i18n.Messages;
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
 * Reads the first sheet of an XLSX (streaming, constant memory) or a CSV in UTF-8 (with or without
 * BOM) into rows of trimmed text keyed by header. Excel dates come out as yyyy-MM-dd.
 */
public final class TabularFile {

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
            throw new ImportFileException(Messages.get("import.cannotRead", file, e.getMessage()));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> raw = new ArrayList<>();
        try (Reader r = new java.io.StringReader(text);
             CSVParser p = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get().parse(r)) {
            for (CSVRecord rec : p) {
                List<String> cells = new ArrayList<>();
                rec.forEach(cells::add);
                raw.add(cells);
            }
        } catch (IOException | RuntimeException e) {
            throw new ImportFileException(Messages.get("import.cannotRead", file, e.getMessage()));
        }
        return toContent(file, raw);
    }

    private static Content readXlsx(Path file) throws ImportFileException {
        List<List<String>> raw;
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            raw = XlsxSheet.read(pkg);
        } catch (XlsxSheet.EmptyWorkbook e) {
            throw new ImportFileException(Messages.get("import.empty", file));
        } catch (Exception e) {
            throw new ImportFileException(Messages.get("import.cannotRead", file, e.getMessage()));
        }
        return toContent(file, raw);
    }

    private static Content toContent(Path file, List<List<String>> raw) throws ImportFileException {
        int headerIndex = -1;
        for (int i = 0; i < raw.size(); i++) {
            if (raw.get(i).stream().anyMatch(s -> s != null && !s.isBlank())) {
                headerIndex = i;
                break;
            }
        }
        if (headerIndex < 0) {
            throw new ImportFileException(Messages.get("import.empty", file));
        }
        List<String> headers = new ArrayList<>();
        for (String h : raw.get(headerIndex)) {
            headers.add(h == null ? "" : h.strip());
        }
        List<Row> rows = new ArrayList<>();
        for (int i = headerIndex + 1; i < raw.size(); i++) {
            List<String> cells = raw.get(i);
            if (cells.stream().allMatch(s -> s == null || s.isBlank())) {
                continue;
            }
            Map<String, String> byHeader = new LinkedHashMap<>();
            for (int c = 0; c < headers.size(); c++) {
                String v = c < cells.size() && cells.get(c) != null ? cells.get(c).strip() : "";
                if (!headers.get(c).isEmpty()) {
                    byHeader.put(headers.get(c), v);
                }
            }
            rows.add(new Row(i + 1, byHeader));
        }
        return new Content(file, headers, rows);
    }
}
