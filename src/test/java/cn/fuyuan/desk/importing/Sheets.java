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

    /**
     * A workbook written by POI whose first sheet's XML is then replaced by {@code sheetXml} (the {@code <sheetData>}
     * content only): for files no spreadsheet program writes, such as a row number beyond Excel's last row.
     */
    public static Path xlsxWithSheetData(Path file, String sheetData) throws IOException {
        Path plain = file.resolveSibling(file.getFileName() + ".plain.xlsx");
        xlsx(plain, List.of(List.of("标题")));
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + sheetData + "</sheetData></worksheet>";
        replaceEntry(plain, file, "xl/worksheets/sheet1.xml", xml);
        Files.delete(plain);
        return file;
    }

    /** Copies the zip {@code from} to {@code to} with one entry's content replaced. */
    public static void replaceEntry(Path from, Path to, String entry, String content) throws IOException {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(from));
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(to))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                if (e.getName().equals(entry)) {
                    out.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }
}
