package cn.fuyuan.desk.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import cn.fuyuan.desk.TestDb;
import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.importing.ImportFileException;
import cn.fuyuan.desk.importing.ImportRejected;
import cn.fuyuan.desk.importing.ImportSummary;
import cn.fuyuan.desk.importing.Sheets;
import cn.fuyuan.desk.importing.TabularFile;
import cn.fuyuan.desk.settings.SettingKey;
import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.store.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hearing import with the window's mapping (other header names, misspelt agencies and courts mapped to existing
 * ones, names chosen to add) against a real SQLite file: the same checks, all or nothing, idempotent.
 */
class HearingImportMappingTest {
    /** Headers as another office's spreadsheet has them; 备注 is not an import column. */
    static final List<String> OTHER_HEADERS = List.of("案件编号", "审理法院", "被诉机关", "开庭时间", "是否出庭", "出庭负责人", "出庭负责人级别", "备注");
    static final Map<String, String> HEADER_MAP = Map.of("案件编号", "案号", "审理法院", "法院", "被诉机关", "被告", "开庭时间", "开庭日期",
            "是否出庭", "负责人是否出庭", "出庭负责人级别", "负责人级别");

    @TempDir
    Path tmp;
    Database db;

    @BeforeEach
    void open() {
        Messages.setLocale(Messages.CHINESE);
        db = Database.open(tmp.resolve("data"), Database.Mode.WRITE);
        new HearingImportTestSetup(db).directory();
    }

    @AfterEach
    void close() {
        db.close();
    }

    TabularFile.Content read(List<List<String>> rows) throws Exception {
        return TabularFile.read(Sheets.csv(tmp.resolve("其他格式.csv"), StandardCharsets.UTF_8, true, rows));
    }

    static HearingImportMapping mapping(Map<String, String> agencies, Set<String> newAgencies) {
        return new HearingImportMapping(HEADER_MAP, Set.of("备注"), agencies, Map.of(), newAgencies, Set.of());
    }

    @Test
    void otherHeadersAndAMisspeltAgencyMappedToTheRealOneImportIntoThatAgency() throws Exception {
        TabularFile.Content file = read(List.of(OTHER_HEADERS,
                List.of("（2025）内08行初21号", "", "临河区公按局", "2025-07-10 09:30", "是", "甲", "正职", "看这里"),
                List.of("（2025）内08行初21号", "", "五原县公安局", "2025-07-10 09:30", "否", "", "", "")));
        // unmapped, the misspelling is refused with the close name suggested
        assertThatThrownBy(() -> HearingImport.run(db, file, mapping(Map.of(), Set.of()), true, false, null))
                .isInstanceOfSatisfying(ImportRejected.class, e -> {
                    assertThat(e.missing()).containsOnlyKeys(HearingImport.DEFENDANT);
                    assertThat(e.missing().get(HearingImport.DEFENDANT)).containsExactly("临河区公按局");
                    assertThat(e.problems()).extracting(Problem::row, Problem::field)
                            .containsExactly(tuple(2, "被告"), tuple(3, "未出庭理由"));
                    assertThat(e.problems().get(0).message()).contains("临河区公安局");
                    assertThat(e.otherProblems()).extracting(Problem::row).containsExactly(3);
                });

        List<List<String>> good = List.of(OTHER_HEADERS,
                List.of("（2025）内08行初21号", "", "临河区公按局", "2025-07-10 09:30", "是", "甲", "正职", "看这里"));
        HearingImportMapping m = mapping(Map.of("临河区公按局", "临河区公安局"), Set.of());
        ImportSummary s = HearingImport.run(db, read(good), m, false, false, null);

        assertThat(s.inserted()).isEqualTo(1);
        assertThat(s.created()).isEmpty();
        assertThat(TestDb.count(db, "agency")).isEqualTo(3);
        assertThat(TestDb.string(db, "SELECT g.name FROM case_defendant d JOIN agency g ON g.id = d.agency_id")).isEqualTo("临河区公安局");
        assertThat(TestDb.string(db, "SELECT c.case_number || ' ' || h.hearing_date || ' ' || h.hearing_time || ' ' || a.head_rank "
                + "FROM admin_case c JOIN hearing h ON h.case_id = c.id JOIN hearing_appearance a ON a.hearing_id = h.id"))
                .isEqualTo("（2025）内08行初21号 2025-07-10 09:30 PRINCIPAL");

        long history = TestDb.count(db, "audit_log");
        ImportSummary again = HearingImport.run(db, read(good), m, false, false, null);
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(TestDb.count(db, "audit_log")).as("re-importing with the same mapping changes nothing").isEqualTo(history);
    }

    @Test
    void aNameNeitherMappedNorChosenToAddIsRefusedEvenWithCreateMissingAndNothingIsWritten() throws Exception {
        long history = TestDb.count(db, "audit_log");
        TabularFile.Content file = read(List.of(OTHER_HEADERS,
                List.of("（2025）内08行初22号", "", "临河区公按局", "2025-07-10", "", "", "", ""),
                List.of("（2025）内08行初23号", "", "乌拉特前旗自然资源局", "2025-07-11", "", "", "", ""),
                List.of("（2025）内08行初24号", "", "乌拉特中旗林草局", "2025-07-12", "", "", "", "")));
        HearingImportMapping m = mapping(Map.of("临河区公按局", "临河区公安局"), Set.of("乌拉特前旗自然资源局"));

        assertThatThrownBy(() -> HearingImport.run(db, file, m, true, false, null))
                .isInstanceOfSatisfying(ImportRejected.class, e -> {
                    assertThat(e.problems()).extracting(Problem::row, Problem::field).containsExactly(tuple(4, "被告"));
                    assertThat(e.problems().get(0).message()).contains("乌拉特中旗林草局");
                    assertThat(e.otherProblems()).isEmpty();
                });
        assertThat(TestDb.count(db, "agency")).as("the name chosen to add is not added either").isEqualTo(3);
        assertThat(TestDb.count(db, "admin_case")).isZero();
        assertThat(TestDb.count(db, "audit_log")).isEqualTo(history);

        // the names chosen to add are added only with createMissing
        HearingImportMapping all = mapping(Map.of("临河区公按局", "临河区公安局"), Set.of("乌拉特前旗自然资源局", "乌拉特中旗林草局"));
        assertThatThrownBy(() -> HearingImport.run(db, file, all, false, false, null)).isInstanceOf(ImportRejected.class);
        assertThat(TestDb.count(db, "agency")).isEqualTo(3);

        ImportSummary s = HearingImport.run(db, file, all, true, false, null);
        assertThat(s.inserted()).isEqualTo(3);
        assertThat(s.created()).containsExactly(Map.entry("被告", 2));
        assertThat(TestDb.count(db, "agency")).isEqualTo(5);
    }

    @Test
    void courtsAreMappedToAnExistingOneOrToTheOwnCourtOrAddedWhenChosen() throws Exception {
        new SettingsRepository(db).put(SettingKey.COURT_NAME, "巴彦淖尔市中级人民法院");
        List<List<String>> rows = List.of(OTHER_HEADERS,
                List.of("（2025）内0802行初1号", "临河区法院", "临河区公安局", "2025-07-10", "", "", "", ""),
                List.of("（2025）内08行初2号", "巴彦淖尔中院", "临河区公安局", "2025-07-10", "", "", "", ""),
                List.of("（2025）内0821行初3号", "五原县人民法院", "临河区公安局", "2025-07-10", "", "", "", ""));
        HearingImportMapping addTwo = new HearingImportMapping(HEADER_MAP, Set.of("备注"), Map.of(), Map.of(),
                Set.of(), Set.of("临河区人民法院", "五原县人民法院"));
        // 临河区人民法院 added by a first file, so that the second can map a spelling to it
        HearingImport.run(db, read(List.of(OTHER_HEADERS, List.of("（2025）内0802行初9号", "临河区人民法院", "临河区公安局", "2025-06-01", "", "", "", ""))),
                addTwo, true, false, null);
        assertThat(HearingImport.knownNames(db, HearingImport.COURT)).containsExactly("巴彦淖尔市中级人民法院", "临河区人民法院");

        HearingImportMapping m = new HearingImportMapping(HEADER_MAP, Set.of("备注"), Map.of(),
                Map.of("临河区法院", "临河区人民法院", "巴彦淖尔中院", "巴彦淖尔市中级人民法院"), Set.of(), Set.of("五原县人民法院"));
        ImportSummary s = HearingImport.run(db, read(rows), m, true, false, null);

        assertThat(s.created()).containsExactly(Map.entry("法院", 1));
        assertThat(TestDb.count(db, "court")).isEqualTo(2);
        assertThat(TestDb.string(db, "SELECT group_concat(c.case_number || '=' || coalesce(t.name, '本院'), ';') FROM "
                + "(SELECT * FROM admin_case ORDER BY case_number) c LEFT JOIN court t ON t.id = c.court_id"))
                .isEqualTo("（2025）内0802行初1号=临河区人民法院;（2025）内0802行初9号=临河区人民法院;"
                        + "（2025）内0821行初3号=五原县人民法院;（2025）内08行初2号=本院");
    }

    @Test
    void anIgnoredColumnLetsAnotherTakeItsNameAndTwoColumnsForOneAreRefused() throws Exception {
        List<String> headers = List.of("案号", "被告", "被告单位", "开庭日期");
        TabularFile.Content file = read(List.of(headers, List.of("（2025）内08行初30号", "某某（代理人）", "五原县公安局", "2025-07-10")));

        assertThatThrownBy(() -> HearingImport.run(db, file, new HearingImportMapping(Map.of("被告单位", "被告"), Set.of(), Map.of(), Map.of(),
                Set.of(), Set.of()), true, false, null))
                .isInstanceOfSatisfying(ImportFileException.class, e -> assertThat(e.getMessage()).contains("“被告”列和“被告单位”列都对应“被告”"));
        assertThat(TestDb.count(db, "admin_case")).isZero();

        HearingImport.run(db, file, new HearingImportMapping(Map.of("被告单位", "被告"), Set.of("被告"), Map.of(), Map.of(), Set.of(), Set.of()),
                false, false, null);
        assertThat(TestDb.string(db, "SELECT g.name FROM case_defendant d JOIN agency g ON g.id = d.agency_id")).isEqualTo("五原县公安局");
    }

    @Test
    void aRequiredColumnLeftUnmappedIsNamedAndAMappingToAnUnknownColumnIsAProgrammingError() throws Exception {
        TabularFile.Content file = read(List.of(OTHER_HEADERS, List.of("（2025）内08行初31号", "", "五原县公安局", "2025-07-10", "", "", "", "")));
        Map<String, String> noDate = new java.util.HashMap<>(HEADER_MAP);
        noDate.remove("开庭时间");
        assertThatThrownBy(() -> HearingImport.run(db, file, new HearingImportMapping(noDate, Set.of(), Map.of(), Map.of(), Set.of(), Set.of()),
                false, true, null))
                .isInstanceOfSatisfying(ImportFileException.class, e -> assertThat(e.getMessage()).contains("开庭日期"));
        assertThatThrownBy(() -> new HearingImportMapping(Map.of("备注", "备注"), Set.of(), Map.of(), Map.of(), Set.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePathOverloadsStillCreateEveryMissingNameWithCreateMissing() throws Exception {
        Path file = Sheets.csv(tmp.resolve("旧.csv"), StandardCharsets.UTF_8, false, List.of(List.of("案号", "被告", "开庭日期"),
                List.of("（2025）内08行初40号", "乌拉特后旗公安局", "2025-07-10")));
        assertThat(HearingImport.run(db, file, true, false).created()).containsExactly(Map.entry("被告", 1));
    }
}
