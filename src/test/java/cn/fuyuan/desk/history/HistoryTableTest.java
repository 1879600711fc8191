package cn.fuyuan.desk.history;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.store.Audit;
import cn.fuyuan.desk.store.AuditRepository.Entry;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How a history row reads on screen: coded values in the UI's words, the time to the second. */
class HistoryTableTest {

    @BeforeAll
    static void toolkit() throws java.util.concurrent.TimeoutException {
        // HistoryTable is a control: its class needs the JavaFX toolkit (Monocle in the build)
        cn.fuyuan.desk.ui.FxTestToolkit.start();
    }

    @AfterEach
    void chinese() {
        Messages.setLocale(Messages.CHINESE);
    }

    private static Map<String, Object> agency(String level, int active) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", 7);
        m.put("name", "巴彦淖尔市公安局");
        m.put("admin_level", level);
        m.put("active", active);
        return m;
    }

    @Test
    void levelsAndInUseReadAsTheScreenSaysThem() {
        Messages.setLocale(Messages.CHINESE);
        Entry update = new Entry(1, "2026-11-22 05:03:17.123", "root", "agency", "7", Audit.Action.UPDATE,
                agency("COUNTY", 1), agency("CITY", 0));
        assertThat(HistoryTable.describe(update)).isEqualTo("层级: 县级 → 市级; 在用: 是 → 否");

        Entry insert = new Entry(2, "2026-11-22 05:03:17.123", "root", "agency", "7", Audit.Action.INSERT,
                Map.of(), agency("TOWNSHIP", 1));
        assertThat(HistoryTable.describe(insert)).isEqualTo("名称: 巴彦淖尔市公安局; 层级: 乡镇; 在用: 是")
                .doesNotContain("TOWNSHIP");

        Messages.setLocale(Locale.ENGLISH);
        assertThat(HistoryTable.describe(update)).contains(Messages.get("agency.level.CITY")).doesNotContain(" CITY");
    }

    @Test
    void aLettersCodedValuesReadAsTheScreenSaysThem() {
        Messages.setLocale(Messages.CHINESE);
        Entry closed = new Entry(5, "2026-11-22 05:03:17.123", "root", "suggestion", "3", Audit.Action.UPDATE,
                Map.of("status", "REPLIED", "adoption", "ADOPTED", "receipt_returned", 0),
                Map.of("status", "CLOSED", "adoption", "ADOPTED", "receipt_returned", 1));
        assertThat(HistoryTable.describe(closed)).contains("状态: 已回复 → 已办结", "送达回证: 否 → 是")
                .doesNotContain("CLOSED");
    }

    @Test
    void otherTablesKeepTheirValues() {
        Entry setting = new Entry(3, "2026-11-22 05:03:17.123", "root", "setting", "office.courtCode", Audit.Action.UPDATE,
                Map.of("value", "CITY"), Map.of("value", ""));
        assertThat(HistoryTable.describe(setting)).isEqualTo("值: CITY → —");
    }

    @Test
    void referencedIdsAreShownByName() {
        Entry moved = new Entry(4, "2026-11-22 05:03:17.123", "root", "agency", "7", Audit.Action.UPDATE,
                Map.of("region_id", 2, "field_id", 1), Map.of("region_id", 3, "field_id", 1));
        Map<String, Map<String, String>> names = Map.of("region_id", Map.of("2", "临河区", "3", "五原县"));
        assertThat(HistoryTable.describe(moved, names)).isEqualTo("所属地区: 临河区 → 五原县");
        assertThat(HistoryTable.describe(moved)).isEqualTo("所属地区: 2 → 3");
    }

    @Test
    void theTimeIsShownToTheSecond() {
        assertThat(HistoryTable.shownTime("2026-11-22 05:03:17.123")).isEqualTo("2026-11-22 05:03:17");
        assertThat(HistoryTable.shownTime("2026-11-22 05:03:17")).isEqualTo("2026-11-22 05:03:17");
        assertThat(HistoryTable.shownTime(null)).isNull();
    }
}
