package cn.fuyuan.desk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.GraphicsEnvironment;
import java.time.LocalDate;
import java.util.List;

import cn.fuyuan.desk.agency.AgencyDirectoryReport;
import cn.fuyuan.desk.settings.OfficeSettings;
import net.sf.jasperreports.engine.JasperPrint;
import org.junit.jupiter.api.Test;

class ReportPrintingTest {

    @Test
    void headlessPrintingFailsWithAClearMessage() {
        assertThat(GraphicsEnvironment.isHeadless()).as("surefire runs headless").isTrue();
        assertThat(ReportPrinting.isPrintingAvailable()).isFalse();
        JasperPrint print = AgencyDirectoryReport.fill(ReportService.shared(),
                new OfficeSettings("某法院", null, null, null, null, null, null), List.of(), LocalDate.now());

        assertThatThrownBy(() -> ReportPrinting.print(print, true))
                .isInstanceOf(PrintingUnavailableException.class)
                .hasMessageContaining("机关名录")
                .hasMessageContaining("headless");
        assertThatThrownBy(() -> ReportPrinting.print(print, false))
                .isInstanceOf(PrintingUnavailableException.class);
    }
}
