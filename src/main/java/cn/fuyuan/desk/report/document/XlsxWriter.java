package cn.fuyuan.desk.report.document;

import cn.fuyuan.desk.report.ReportService;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the tables of documents as a workbook: one sheet per table named after it, a frozen header row repeated on
 * every printed page, numbers, rates and dates as numeric and date cells with their formats (rates as fractions
 * formatted {@code 0.00%}, changes in points {@code +0.00}), no merged cells, A4 portrait with margins, fitted to
 * the page width. A document without tables gets one sheet of its text (标题, 主送, 正文…, 日期).
 */
final class XlsxWriter {
    private XlsxWriter() {
    }

    static void write(List<OfficialDocument> docs, String name, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.getProperties().getCoreProperties().setTitle(name);
            wb.getProperties().getCoreProperties().setCreator(ReportService.CREATOR);
            wb.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication(ReportService.CREATOR);
            Styles st = new Styles(wb);
            Set<String> used = new HashSet<>();
            boolean any = docs.stream().anyMatch(d -> !d.tables().isEmpty());
            if (any) {
                for (OfficialDocument d : docs) {
                    for (Table t : d.tables()) {
                        table(wb, st, sheetName(t.name(), used), t, d.landscape());
                    }
                }
            } else {
                texts(wb, st, sheetName(name, used), docs);
            }
            wb.write(out);
        }
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle integer;
        final CellStyle decimal;
        final CellStyle percent;
        final CellStyle points;
        final CellStyle date;

        Styles(XSSFWorkbook wb) {
            DataFormat f = wb.createDataFormat();
            XSSFFont hf = wb.createFont();
            hf.setFontName("黑体");
            hf.setFontHeightInPoints((short) 11);
            XSSFFont bf = wb.createFont();
            bf.setFontName("仿宋");
            bf.setFontHeightInPoints((short) 11);
            header = base(wb, bf);
            header.setFont(hf);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
            text = base(wb, bf);
            text.setWrapText(true);
            integer = base(wb, bf);
            integer.setDataFormat(f.getFormat("0"));
            decimal = base(wb, bf);
            decimal.setDataFormat(f.getFormat("0.00"));
            percent = base(wb, bf);
            percent.setDataFormat(f.getFormat("0.00%"));
            points = base(wb, bf);
            points.setDataFormat(f.getFormat("+0.00;-0.00;0.00"));
            date = base(wb, bf);
            date.setDataFormat(f.getFormat("yyyy-mm-dd"));
        }

        private static CellStyle base(XSSFWorkbook wb, XSSFFont font) {
            CellStyle s = wb.createCellStyle();
            s.setFont(font);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }
    }

    /** A sheet name Excel accepts, unique in the workbook. */
    static String sheetName(String wanted, Set<String> used) {
        String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "表" : wanted.strip(), '_');
        if (base.length() > 28) {
            base = base.substring(0, 28);
        }
        String n = base;
        for (int i = 2; !used.add(n); i++) {
            n = base + "_" + i;
        }
        return n;
    }

    private static void page(XSSFSheet sheet, int columns, boolean landscape) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(landscape);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.TOP, Gbt9704.TOP_MM / 25.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.BOTTOM, Gbt9704.BOTTOM_MM / 25.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT, Gbt9704.LEFT_MM / 25.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.RIGHT, Gbt9704.RIGHT_MM / 25.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.HEADER, 0.3);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.FOOTER, 0.3);
        sheet.getFooter().setCenter("— &P —");
    }

    private static void table(XSSFWorkbook wb, Styles st, String name, Table t, boolean landscape) {
        XSSFSheet sheet = wb.createSheet(name);
        int cols = t.columns().size();
        XSSFRow head = sheet.createRow(0);
        for (int c = 0; c < cols; c++) {
            XSSFCell cell = head.createCell(c);
            cell.setCellValue(t.columns().get(c).header());
            cell.setCellStyle(st.header);
        }
        int r = 1;
        for (List<Cell> row : t.rows()) {
            XSSFRow x = sheet.createRow(r++);
            for (int c = 0; c < cols; c++) {
                cell(x.createCell(c), t.columns().get(c).type(), row.get(c), st);
            }
        }
        double total = t.totalWeight();
        for (int c = 0; c < cols; c++) {
            // about 90 characters across the page, shared by weight
            int chars = (int) Math.max(6, Math.round(90 * t.columns().get(c).weight() / total));
            sheet.setColumnWidth(c, Math.min(255, chars) * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, cols - 1));
        page(sheet, cols, landscape);
    }

    private static void cell(XSSFCell cell, CellType type, Cell c, Styles st) {
        Object v = c.value();
        if (v == null) {
            cell.setCellValue(c.text());
            cell.setCellStyle(type == CellType.TEXT ? st.text : centred(st.text, cell));
            return;
        }
        if (v instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(st.date);
            return;
        }
        double n = v instanceof BigDecimal b ? b.doubleValue() : ((Number) v).doubleValue();
        switch (type) {
            case PERCENT -> {
                cell.setCellValue(v instanceof BigDecimal b ? b.movePointLeft(2).doubleValue() : n / 100);
                cell.setCellStyle(st.percent);
            }
            case POINTS -> {
                cell.setCellValue(n);
                cell.setCellStyle(st.points);
            }
            case INTEGER -> {
                cell.setCellValue(n);
                cell.setCellStyle(st.integer);
            }
            default -> {
                cell.setCellValue(n);
                cell.setCellStyle(n == Math.rint(n) ? st.integer : st.decimal);
            }
        }
    }

    private static CellStyle centred(CellStyle s, XSSFCell cell) {
        return s;
    }

    /** A document of text only: one row per paragraph, label and text. */
    private static void texts(XSSFWorkbook wb, Styles st, String name, List<OfficialDocument> docs) {
        XSSFSheet sheet = wb.createSheet(name);
        XSSFRow head = sheet.createRow(0);
        String[] headers = {"序号", "项目", "内容"};
        for (int c = 0; c < headers.length; c++) {
            XSSFCell cell = head.createCell(c);
            cell.setCellValue(headers[c]);
            cell.setCellStyle(st.header);
        }
        int r = 1;
        int n = 1;
        for (OfficialDocument d : docs) {
            r = textRow(sheet, st, r, n, "标题", d.plainTitle());
            if (d.number() != null) {
                r = textRow(sheet, st, r, n, "文号", d.number());
            }
            if (d.recipient() != null) {
                r = textRow(sheet, st, r, n, "主送", d.recipient());
            }
            for (Block b : d.body()) {
                if (b instanceof Paragraph p && !p.text().isBlank()) {
                    r = textRow(sheet, st, r, n, "正文", p.text());
                } else if (b instanceof Heading h) {
                    r = textRow(sheet, st, r, n, "标题" + h.level(), h.text());
                }
            }
            if (d.signature() != null) {
                for (String s : d.signature().signers()) {
                    r = textRow(sheet, st, r, n, "署名", s);
                }
                if (d.signature().date() != null) {
                    XSSFRow x = sheet.createRow(r++);
                    number(x, st, n);
                    XSSFCell label = x.createCell(1);
                    label.setCellValue("成文日期");
                    label.setCellStyle(st.text);
                    XSSFCell date = x.createCell(2);
                    date.setCellValue(d.signature().date());
                    date.setCellStyle(st.date);
                }
            }
            if (d.note() != null) {
                r = textRow(sheet, st, r, n, "附注", d.note());
            }
            n++;
        }
        sheet.setColumnWidth(0, 6 * 256);
        sheet.setColumnWidth(1, 10 * 256);
        sheet.setColumnWidth(2, 80 * 256);
        sheet.createFreezePane(0, 1);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, 2));
        page(sheet, 3, false);
    }

    private static void number(XSSFRow x, Styles st, int n) {
        XSSFCell num = x.createCell(0);
        num.setCellValue(n);
        num.setCellStyle(st.integer);
    }

    private static int textRow(XSSFSheet sheet, Styles st, int r, int n, String label, String text) {
        XSSFRow x = sheet.createRow(r);
        number(x, st, n);
        XSSFCell l = x.createCell(1);
        l.setCellValue(label);
        l.setCellStyle(st.text);
        XSSFCell t = x.createCell(2);
        t.setCellValue(text);
        t.setCellStyle(st.text);
        return r + 1;
    }
}
