package cn.fuyuan.desk.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table — a header row and rows of cells — as the files {@link TabularFile} reads: the first sheet of an
 * .xlsx (numbers as numbers, dates as date cells {@code yyyy-mm-dd}, date-times as {@code yyyy-mm-dd hh:mm}; an empty
 * or null cell is left out) or a .csv in UTF-8 with a BOM (so Excel opens it as UTF-8), CRLF line ends. A cell is a
 * String, a Number, a LocalDate, a LocalDateTime or null. The file is written aside and moved into place, so a failed
 * export never leaves half a file.
 */
public final class TabularWriter {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private TabularWriter() {
    }

    public static void write(Path file, List<String> header, List<? extends List<?>> rows) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path part = Files.createTempFile(dir, ".export-", ".part");
        try {
            if (name.endsWith(".xlsx")) {
                xlsx(part, header, rows);
            } else if (name.endsWith(".csv")) {
                csv(part, header, rows);
            } else {
                throw new IllegalArgumentException(cn.fuyuan.desk.i18n.Messages.get("export.badExtension", file));
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static void csv(Path file, List<String> header, List<? extends List<?>> rows) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
             Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            // the product's one CSV writer: RFC 4180 and the guard against formulas (issue 15 §3)
            List<List<Object>> cells = new java.util.ArrayList<>(rows.size());
            for (List<?> r : rows) {
                List<Object> row = new java.util.ArrayList<>(r.size());
                for (Object v : r) {
                    row.add(v instanceof LocalDateTime t ? t.format(MINUTES) : v);
                }
                cells.add(row);
            }
            cn.fuyuan.desk.report.CsvTable.write(w, header, cells);
        }
    }

    private static void xlsx(Path file, List<String> header, List<? extends List<?>> rows) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(500);
        try (OutputStream out = Files.newOutputStream(file)) {
            SXSSFSheet sheet = wb.createSheet("Sheet1");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle dateTime = wb.createCellStyle();
            dateTime.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            CellStyle bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            Row h = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = h.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (List<?> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v == null || (v instanceof String s && s.isEmpty())) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (v instanceof LocalDateTime t) {
                        cell.setCellValue(t);
                        cell.setCellStyle(dateTime);
                    } else {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            for (int c = 0; c < header.size(); c++) {
                sheet.setColumnWidth(c, 14 * 256);
            }
            wb.write(out);
        } finally {
            wb.close();
        }
    }
}
