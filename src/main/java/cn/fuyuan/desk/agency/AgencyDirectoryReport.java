package cn.fuyuan.desk.agency;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.fuyuan.desk.report.ReportService;
import cn.fuyuan.desk.settings.OfficeSettings;
import net.sf.jasperreports.engine.JasperPrint;

/** 机关名录: the printable agency directory (A4 portrait table, one row per agency, inactive ones marked). */
public final class AgencyDirectoryReport {

    /** Classpath location of the template. */
    public static final String TEMPLATE = "cn/fuyuan/desk/agency/agency-directory.jrxml";

    /** Parameter: the court name printed above the title. */
    public static final String PARAM_COURT_NAME = "COURT_NAME";
    /** Parameter: the date printed in the footer ({@link LocalDate}). */
    public static final String PARAM_PRINTED_ON = "PRINTED_ON";

    private AgencyDirectoryReport() {
    }

    /**
     * Fills the directory with the agencies in the given order.
     *
     * @param agencies  may be empty: the directory then says 无记录
     * @param printedOn printed as 打印日期：2026年11月22日
     */
    public static JasperPrint fill(ReportService service, OfficeSettings office, List<Agency> agencies,
                                   LocalDate printedOn) {
        Objects.requireNonNull(service, "service");
        Map<String, Object> params = new HashMap<>();
        params.put(PARAM_COURT_NAME, office == null ? null : office.courtName());
        params.put(PARAM_PRINTED_ON, printedOn);
        return service.fill(TEMPLATE, params, agencies == null ? List.of() : List.copyOf(agencies));
    }
}
