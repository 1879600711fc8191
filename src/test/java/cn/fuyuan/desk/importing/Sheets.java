package cn.fuyuan.desk.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes real XLSX (Apache POI) and CSV files for import tests. */
public final class Sheets {
    private Sheets() {
    }

    /** One row per list; a LocalDate becomes a date cell with a Chinese display format, a Number a numeric cell, null no cell. */
    public static Path xlsx(Path file, List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            Sheet sheet = wb.createSheet("机关名录");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object v = cells.get(c);
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    /** Plain CSV (no quoting needed for our test values), lines joined with CRLF as Excel writes them. */
    public static Path csv(Path file, Charset charset, boolean bom, List<List<String>> rows) throws IOException {
        String text = rows.stream().map(r -> String.join(",", r)).collect(Collectors.joining("\r\n", "", "\r\n"));
        byte[] body = text.getBytes(charset);
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write(body);
        }
        return file;
    }
}
