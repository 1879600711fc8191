package cn.fuyuan.desk.whitepaper;

import cn.fuyuan.desk.report.ReportException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Every table of figures of the white paper, a sheet each (表1 …, named by its caption); counts and rates as numbers. */
public final class WhitePaperXlsx {
    private WhitePaperXlsx() {
    }

    static void write(WhitePaper p, Path out) {
        Path target = out.toAbsolutePath();
        Path temp = null;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle head = wb.createCellStyle();
            head.setFont(bold);
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
            Set<String> names = new HashSet<>();
            int n = 0;
            for (WhitePaper.Part part : p.parts()) {
                for (ChapterFigures.Table t : part.figures().tables()) {
                    if (t.rows().isEmpty()) {
                        continue;
                    }
                    n++;
                    String name = WorkbookUtil.createSafeSheetName("表" + n + " " + t.title());
                    while (!names.add(name)) {
                        name = WorkbookUtil.createSafeSheetName(name.substring(0, Math.min(name.length(), 28)) + n);
                    }
                    Sheet s = wb.createSheet(name);
                    Row caption = s.createRow(0);
                    caption.createCell(0).setCellValue(WhitePaperReport.caption(n, t) + "（" + part.heading() + "）");
                    Row h = s.createRow(1);
                    for (int c = 0; c < t.header().size(); c++) {
                        Cell cell = h.createCell(c);
                        cell.setCellValue(t.header().get(c));
                        cell.setCellStyle(head);
                    }
                    int r = 2;
                    for (List<String> row : t.rows()) {
                        Row x = s.createRow(r++);
                        for (int c = 0; c < row.size(); c++) {
                            value(x.createCell(c), row.get(c), percent);
                        }
                    }
                    s.createFreezePane(0, 2);
                    for (int c = 0; c < t.header().size(); c++) {
                        s.setColumnWidth(c, c == 0 ? 30 * 256 : 12 * 256);
                    }
                }
            }
            if (n == 0) {
                wb.createSheet(WorkbookUtil.createSafeSheetName(p.title())).createRow(0).createCell(0).setCellValue(p.title());
            }
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".part");
            try (OutputStream os = Files.newOutputStream(temp)) {
                wb.write(os);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
        } catch (IOException e) {
            throw new ReportException("Cannot write XLSX " + target + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort
                }
            }
        }
    }

    static void value(Cell cell, String v, CellStyle percent) {
        if (v != null && v.matches("-?\\d{1,12}")) {
            cell.setCellValue(Long.parseLong(v));
        } else if (v != null && v.matches("-?\\d{1,9}(\\.\\d+)?%")) {
            cell.setCellValue(new java.math.BigDecimal(v.substring(0, v.length() - 1)).movePointLeft(2).doubleValue());
            cell.setCellStyle(percent);
        } else {
            cell.setCellValue(v == null ? "" : v);
        }
    }
}
