package cn.fuyuan.desk.appearance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.agency.AgencyLevel;
import cn.fuyuan.desk.appearance.AppearanceStats.Fact;
import cn.fuyuan.desk.appearance.AppearanceStats.Ranked;
import cn.fuyuan.desk.appearance.Bulletin.Kind;
import cn.fuyuan.desk.appearance.Bulletin.Line;
import cn.fuyuan.desk.report.DocumentFormat;
import cn.fuyuan.desk.report.ProgressListener;
import cn.fuyuan.desk.report.ReportService;
import cn.fuyuan.desk.report.document.DocumentRenderer;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bulletin's parts as published ones have them (domain.md §10), on a small register worked by hand (CASE units,
 * scope ALL, bulletin 2025Q3):
 *
 * <pre>
 *  #  case                    agency (层级, 旗县区)        hearing     appeared
 *  1  （2025）内0802行初1号   市公安局 (市, 市本级)        2025-07-10  yes (正职, spoke)
 *  2  （2025）内0802行初2号   市自然资源局 (市, 市本级)    2025-08-01  yes
 *  3  （2025）内08行终1号     市公安局                     2025-08-15  no
 *  4  （2025）内0802行初3号   临河区公安局 (县, 临河区)    2025-07-20  yes
 *     （2025）内0802行初3号   临河区公安局                 2025-09-20  no   — same unit as 4, appeared at one: appeared
 *  5  （2025）内0821行初4号   五原县公安局 (县, 五原县)    2025-09-01  yes
 *  6  （2025）内08行终2号     五原县公安局                 2025-09-02  no
 *  7  （2025）内0826行初5号   杭锦后旗公安局 (县, 杭锦后旗) 2025-08-20  yes
 *  8  （2024）内0802行初6号   临河区公安局                 2024-08-05  no
 *  9  （2024）内08行终3号     市公安局                     2024-09-10  yes
 * 10  （2025）内0821行初6号   五原县公安局                 2025-03-01  yes  (Q1)
 * 11  （2025）内0802行初7号   市自然资源局                 2025-05-10  no   (Q2)
 *     （2025）内0802行初7号   市自然资源局                 2025-07-15  yes  — first hearing in Q2: not a Q3 unit
 * 12  （2024）内0826行初1号   杭锦后旗公安局               2024-04-01  no   (2024Q2)
 * </pre>
 *
 * 2025Q3: units 1–7, appeared 1, 2, 4, 5, 7 → 5 of 7 = 71.43%. 2024Q3: units 8, 9 → 1 of 2 = 50.00%: +21.43.
 * 2025 1–9月: units 1–7, 10, 11 = 9; appeared 5 + unit 10 + unit 11 (its 7-15 hearing lies in 1–9月) = 7 → 77.78%
 * (not 6 of 9, the sum of the quarters). 2024 1–9月: 8, 9, 12 → 1 of 3 = 33.33%: +44.45.
 * 一审 2025Q3: 1, 2, 4, 5, 7 → 5 of 5 = 100.00%; 2024Q3: 8 → 0 of 1 = 0.00%: +100.00; 1–9月: 7 of 7 = 100.00% against
 * 8, 12: 0 of 2 = 0.00%: +100.00. 二审 2025Q3: 3, 6 → 0 of 2 = 0.00%; 2024Q3: 9 → 1 of 1 = 100.00%: −100.00; 1–9月 the same.
 * 市直 (市级) agencies Q3: 市自然资源局 1 of 1 = 100.00% (Q2: unit 11, 0 of 1 = 0.00%: +100.00, most improved), rank 1;
 * 市公安局 1 of 2 = 50.00%, rank 2. 旗县区 agencies: 杭锦后旗公安局 100.00% and 临河区公安局 100.00% share rank 1 — in
 * pinyin order (hang before lin, though 临 comes before 杭 in code points) — and 五原县公安局 1 of 2 = 50.00% is 3rd.
 * 旗县区 (their county agencies' units only; 市本级 is not one): 杭锦后旗 1 of 1, 临河区 1 of 1, 五原县 1 of 2 → 1, 1, 3.
 */
class BulletinPartsTest {
    static final Map<Integer, AgencyLevel> LEVELS = Map.of(1, AgencyLevel.CITY, 2, AgencyLevel.CITY, 3, AgencyLevel.COUNTY,
            4, AgencyLevel.COUNTY, 5, AgencyLevel.COUNTY);
    static final String[][] AGENCIES = {{}, {"市公安局", "市本级"}, {"市自然资源局", "市本级"}, {"临河区公安局", "临河区"},
            {"五原县公安局", "五原县"}, {"杭锦后旗公安局", "杭锦后旗"}};

    @TempDir
    Path tmp;

    static Fact fact(String number, int agency, String date, boolean appeared) {
        return fact(number, agency, date, appeared, false);
    }

    static Fact fact(String number, int agency, String date, boolean appeared, boolean principal) {
        return new Fact(number, agency, AGENCIES[agency][0], AGENCIES[agency][1], "公安", LocalDate.parse(date), true, appeared,
                principal, principal);
    }

    static List<Fact> register() {
        List<Fact> f = new ArrayList<>();
        f.add(fact("（2025）内0802行初1号", 1, "2025-07-10", true, true));
        f.add(fact("（2025）内0802行初2号", 2, "2025-08-01", true));
        f.add(fact("（2025）内08行终1号", 1, "2025-08-15", false));
        f.add(fact("（2025）内0802行初3号", 3, "2025-07-20", true));
        f.add(fact("（2025）内0802行初3号", 3, "2025-09-20", false));
        f.add(fact("（2025）内0821行初4号", 4, "2025-09-01", true));
        f.add(fact("（2025）内08行终2号", 4, "2025-09-02", false));
        f.add(fact("（2025）内0826行初5号", 5, "2025-08-20", true));
        f.add(fact("（2024）内0802行初6号", 3, "2024-08-05", false));
        f.add(fact("（2024）内08行终3号", 1, "2024-09-10", true));
        f.add(fact("（2025）内0821行初6号", 4, "2025-03-01", true));
        f.add(fact("（2025）内0802行初7号", 2, "2025-05-10", false));
        f.add(fact("（2025）内0802行初7号", 2, "2025-07-15", true));
        f.add(fact("（2024）内0826行初1号", 5, "2024-04-01", false));
        return f;
    }

    static Bulletin bulletin() {
        return Bulletin.of(register(), LEVELS, Period.parse("2025Q3"), AppearanceStats.Unit.CASE, AppearanceStats.Scope.ALL);
    }

    static String figures(AppearanceStats.Figures f) {
        return f.units() + "/" + f.appeared() + "=" + rate(f.appearanceRate());
    }

    static String rate(BigDecimal r) {
        return cn.fuyuan.desk.caseload.Rates.show(r);
    }

    static String line(Line l) {
        return l.kind().zh() + " " + figures(l.quarter()) + " vs " + figures(l.quarterYearBefore()) + " " + l.quarterChange()
                + " | " + figures(l.toDate()) + " vs " + figures(l.toDateYearBefore()) + " " + l.toDateChange();
    }

    static List<String> ranks(List<Ranked> r) {
        return r.stream().map(x -> x.rank() + x.now().group() + " " + rate(x.now().appearanceRate())).toList();
    }

    @Test
    void theQuarterAndTheYearToDateSideBySideForAllCasesFirstAndSecondInstance() {
        Bulletin b = bulletin();
        assertThat(b.parts().overview()).extracting(BulletinPartsTest::line).containsExactly(
                "全部 7/5=71.43% vs 2/1=50.00% 21.43 | 9/7=77.78% vs 3/1=33.33% 44.45",
                "一审 5/5=100.00% vs 1/0=0.00% 100.00 | 7/7=100.00% vs 2/0=0.00% 100.00",
                "二审 2/0=0.00% vs 1/1=100.00% -100.00 | 2/0=0.00% vs 1/1=100.00% -100.00");
        assertThat(b.parts().overview().get(0).quarter()).as("the overview's quarter is the bulletin's overall figures").isEqualTo(b.overall());
        assertThat(figures(b.previousOverall())).isEqualTo("1/0=0.00%");
        assertThat(b.narrative()).contains("出庭率71.43%，较上季度上升71.43个百分点")
                .contains("1—9月累计应出庭9件，负责人出庭7件，出庭率77.78%，较上年同期上升44.45个百分点。")
                .contains("本期一审案件应出庭5件，出庭率100.00%，较上年同期上升100.00个百分点；二审案件应出庭2件，出庭率0.00%，较上年同期下降100.00个百分点。")
                .contains("各旗县区中，杭锦后旗出庭率最高（100.00%），五原县最低（50.00%）。");
    }

    @Test
    void cityAgenciesAndCountiesAreRankedApartTiesShareARankInPinyinOrder() {
        Bulletin b = bulletin();
        assertThat(ranks(b.parts().cityAgencies())).containsExactly("1市自然资源局 100.00%", "2市公安局 50.00%");
        assertThat(ranks(b.parts().countyAgencies())).containsExactly("1杭锦后旗公安局 100.00%", "1临河区公安局 100.00%", "3五原县公安局 50.00%");
        assertThat(ranks(b.parts().counties())).as("市本级 is not a 旗县区").containsExactly("1杭锦后旗 100.00%", "1临河区 100.00%", "3五原县 50.00%");
        assertThat(BulletinReport.named("市直单位", b.parts().cityAgencies()))
                .isEqualTo("本期出庭率达到100%的市直单位（1个）：市自然资源局。出庭率最低的是市公安局（50.00%）。较上期提升最多的是市自然资源局（上升100.00个百分点）。");
        assertThat(BulletinReport.named("旗县区", b.parts().counties()))
                .isEqualTo("本期出庭率达到100%的旗县区（2个）：杭锦后旗、临河区。出庭率最低的是五原县（50.00%）。");
    }

    @Test
    void aYearBulletinHasTheYearAloneAgainstTheYearBefore() {
        Bulletin b = Bulletin.of(register(), LEVELS, Period.parse("2025"), AppearanceStats.Unit.CASE, AppearanceStats.Scope.ALL);
        // 2025: units 1–7, 10, 11 = 9, appeared 7; 2024: 8, 9, 12 → 1 of 3
        assertThat(line(b.parts().overview().get(0))).isEqualTo("全部 9/7=77.78% vs 3/1=33.33% 44.45 | 9/7=77.78% vs 3/1=33.33% 44.45");
        assertThat(BulletinReport.overview(b).rows()).hasSize(3);
    }

    @Test
    void pdfAndXlsxCarryThePartsFromTheSameContent() throws Exception {
        var doc = BulletinReport.document(BulletinReportTest.OFFICE, bulletin(), LocalDate.of(2025, 10, 10));
        var print = DocumentRenderer.print(doc);
        Path pdf = tmp.resolve("通报.pdf");
        Path xlsx = tmp.resolve("通报.xlsx");
        ReportService.shared().export(print, DocumentFormat.PDF, pdf, ProgressListener.NONE);
        ReportService.shared().export(print, DocumentFormat.XLSX, xlsx, ProgressListener.NONE);
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(d).replaceAll("\\s", "");
            assertThat(text).contains("全部本季度7571.43%50.00%+21.43").contains("全部1—9月累计9777.78%33.33%+44.45")
                    .contains("一审本季度55100.00%0.00%+100.00").contains("二审1—9月累计200.00%100.00%-100.00")
                    .contains("二、各旗县区出庭应诉情况").contains("1杭锦后旗11100.00%").contains("3五原县2150.00%")
                    .contains("三、市直单位出庭应诉情况").contains("1市自然资源局11100.00%").contains("2市公安局2150.00%")
                    .contains("四、旗县区被诉机关出庭应诉情况").contains("1杭锦后旗公安局11100.00%").contains("1临河区公安局11100.00%")
                    .contains("3五原县公安局2150.00%");
        }
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("本期与年度累计");
            assertThat(s).as("the overview has its own sheet").isNotNull();
            Row first = s.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("全部");
            assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(7);
            Cell rate = first.getCell(4);
            assertThat(rate.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(rate.getCellStyle().getDataFormatString()).contains("%");
            assertThat(first.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(wb.getSheet("市直单位")).isNotNull();
            assertThat(wb.getSheet("旗县区机关")).isNotNull();
        }
    }
}
