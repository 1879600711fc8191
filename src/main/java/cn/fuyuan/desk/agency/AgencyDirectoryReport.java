package cn.fuyuan.desk.agency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.fuyuan.desk.report.ReportService;
import cn.fuyuan.desk.report.document.Cell;
import cn.fuyuan.desk.report.document.CellType;
import cn.fuyuan.desk.report.document.Column;
import cn.fuyuan.desk.report.document.DocumentRenderer;
import cn.fuyuan.desk.report.document.Gbt9704;
import cn.fuyuan.desk.report.document.OfficialDocument;
import cn.fuyuan.desk.report.document.Table;
import cn.fuyuan.desk.settings.OfficeSettings;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * 机关名录: the agency directory as a document on the GB/T 9704 page — its count, then one table row per agency
 * (inactive ones marked, the header row repeated on every page), signed by the court with the day it was printed.
 */
public final class AgencyDirectoryReport {

    /** The document's title (also the file's metadata title and the spreadsheet's sheet). */
    public static final String TITLE = "机关名录";

    private AgencyDirectoryReport() {
    }

    /**
     * The directory's columns, in order: widths in points of the 156 mm block, so that the short columns hold their
     * header and usual values (a telephone number, a three-character name) on one line of 五号.
     */
    static List<Column> columns() {
        return List.of(Column.of("序号", 28, CellType.INTEGER), Column.text("机关名称", 85), Column.text("简称", 55),
                Column.text("所属地区", 50), Column.text("领域", 35), Column.of("层级", 28, CellType.TEXT),
                Column.of("负责人", 45, CellType.TEXT), Column.text("职务", 46), Column.text("联系电话", 70));
    }

    /**
     * The directory with the agencies in the given order.
     *
     * @param agencies  may be empty: the directory then says 无记录
     * @param printedOn the date under the court's name
     */
    public static OfficialDocument document(OfficeSettings office, List<Agency> agencies, LocalDate printedOn) {
        List<Agency> list = agencies == null ? List.of() : List.copyOf(agencies);
        String court = office == null ? null : office.courtName();
        List<List<Cell>> rows = new ArrayList<>();
        int n = 1;
        long inactive = 0;
        for (Agency a : list) {
            if (!a.active()) {
                inactive++;
            }
            rows.add(List.of(Cell.integer(n++), Cell.text(nz(a.name()) + (a.active() ? "" : "（已停用）")),
                    Cell.text(nz(a.shortName())), Cell.text(nz(a.regionName())), Cell.text(nz(a.fieldName())),
                    Cell.text(a.level() == null ? "" : a.level().zh()), Cell.text(nz(a.headName())),
                    Cell.text(nz(a.headTitle())), Cell.text(nz(a.phone()))));
        }
        OfficialDocument.Builder b = OfficialDocument.builder(TITLE).author(court);
        if (list.isEmpty()) {
            b.paragraph("名录中无记录。");
        } else {
            b.paragraph((printedOn == null ? "" : "截至" + Gbt9704.date(printedOn) + "，") + "名录共收录机关" + list.size() + "个"
                    + (inactive > 0 ? "，其中已停用" + inactive + "个" : "") + "。名录列明各机关的所属地区、领域、层级、"
                    + "主要负责人及联系电话，供送达出庭应诉通知书、提示函和司法建议书时查用。");
        }
        b.table(Table.of(TITLE, columns(), rows));
        return b.signature(court, printedOn).build();
    }

    /** The directory as a print (PDF, preview, printer; DOCX and XLSX written from the document itself). */
    public static JasperPrint fill(ReportService service, OfficeSettings office, List<Agency> agencies,
                                   LocalDate printedOn) {
        Objects.requireNonNull(service, "service");
        return DocumentRenderer.print(document(office, agencies, printedOn));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
