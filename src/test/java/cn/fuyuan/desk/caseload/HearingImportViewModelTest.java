package cn.fuyuan.desk.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import cn.fuyuan.desk.TestDb;
import cn.fuyuan.desk.caseload.HearingImportViewModel.Choice;
import cn.fuyuan.desk.caseload.HearingImportViewModel.Column;
import cn.fuyuan.desk.caseload.HearingImportViewModel.UnknownName;
import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.importing.ImportRejected;
import cn.fuyuan.desk.importing.ImportSummary;
import cn.fuyuan.desk.importing.TabularFile;
import cn.fuyuan.desk.settings.SettingKey;
import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.store.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hearing import's mapping step without a window: proposals, checks, unknown names, and the mapping it gives. */
class HearingImportViewModelTest {
    @TempDir
    Path tmp;
    Database db;
    HearingImportViewModel vm = new HearingImportViewModel();

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

    /** A file as TabularFile gives it: headers and rows of cells by header. */
    static TabularFile.Content content(List<String> headers, List<List<String>> rows) {
        List<TabularFile.Row> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < headers.size(); c++) {
                cells.put(headers.get(c), rows.get(r).get(c));
            }
            out.add(new TabularFile.Row(r + 2, cells));
        }
        return new TabularFile.Content(Path.of("开庭.csv"), headers, out);
    }

    Column column(String header) {
        return vm.columns().stream().filter(c -> c.header.equals(header)).findFirst().orElseThrow();
    }

    static final List<String> HEADERS = List.of("案件编号", "审理法院", "被告单位", "开庭时间", "负责人出庭", "出庭人员", "判决结果",
            "结案时间", "＊立案 日期", "送达日期", "备注");
    static final List<String> ROW = List.of("（2025）内08行初50号", "", "临河区公按局", "2025-07-10", "", "法制科科长", "", "", "2025-06-01",
            "2025-07-01", "另案");

    @Test
    void proposesTheSameNameThenACommonOtherNameElseNotImported() {
        vm.load(content(HEADERS, List.of(ROW)));

        assertThat(vm.columns()).extracting(c -> c.header, c -> c.target.get()).containsExactly(
                tuple("案件编号", "案号"), tuple("审理法院", "法院"),
                tuple("被告单位", "被告"), tuple("开庭时间", "开庭日期"),
                tuple("负责人出庭", "负责人是否出庭"), tuple("出庭人员", "应诉人员"),
                tuple("判决结果", "一审结果"), tuple("结案时间", "结案日期"),
                tuple("＊立案 日期", "立案日期"), tuple("送达日期", "通知送达日期"),
                tuple("备注", null));
        assertThat(column("被告单位").sample).as("the first data row's value").isEqualTo("临河区公按局");
        assertThat(vm.rowCount()).isEqualTo(1);
        assertThat(vm.problems()).isEmpty();
        assertThat(vm.validProperty().get()).isTrue();
    }

    @Test
    void theExactNameWinsOverAnAliasSoNoColumnIsProposedTwice() {
        vm.load(content(List.of("被告单位", "被告", "案号", "开庭日期", "开庭时间"), List.of()));

        assertThat(column("被告").target.get()).isEqualTo("被告");
        assertThat(column("被告单位").target.get()).isNull();
        assertThat(column("开庭时间").target.get()).isNull();
        assertThat(column("被告单位").sample).as("no data row: no sample").isEmpty();
        assertThat(vm.validProperty().get()).isTrue();
    }

    @Test
    void aRequiredColumnLeftOutAndAColumnGivenTwiceAreNamed() {
        vm.load(content(HEADERS, List.of(ROW)));

        column("被告单位").target.set(null);
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.problems()).extracting(Problem::message).containsExactly("必填项“被告”没有对应的列");

        column("备注").target.set("被告");
        column("被告单位").target.set("被告");
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.problems()).extracting(Problem::field).as("both columns are marked").containsExactly("被告单位", "备注");
        assertThat(vm.problemOf("被告单位")).hasValue("“被告单位”列和“备注”列都对应“被告”，只能选一列");
        assertThat(vm.problemOf("备注")).isEqualTo(vm.problemOf("被告单位"));
        assertThat(vm.problemOf("案件编号")).isEmpty();

        column("备注").target.set(null);
        assertThat(vm.problems()).isEmpty();
        assertThat(vm.validProperty().get()).isTrue();
    }

    @Test
    void unknownNamesAreProposedTheClosestExistingNameOrAdding() {
        new SettingsRepository(db).put(SettingKey.COURT_NAME, "巴彦淖尔市中级人民法院");
        vm.load(content(HEADERS, List.of(ROW)));
        Map<String, Set<String>> missing = new LinkedHashMap<>();
        missing.put(HearingImport.DEFENDANT, new java.util.LinkedHashSet<>(List.of("临河区公按局", "乌拉特前旗自然资源局")));
        missing.put(HearingImport.COURT, Set.of("巴彦淖尔市中级法院"));

        vm.loadUnknownNames(missing, HearingImport.knownNames(db, HearingImport.DEFENDANT), HearingImport.knownNames(db, HearingImport.COURT));

        assertThat(vm.unknownNames()).extracting(u -> u.kind, u -> u.name, u -> u.proposed).containsExactly(
                tuple("被告", "临河区公按局", Choice.existing("临河区公安局")),
                tuple("被告", "乌拉特前旗自然资源局", Choice.add("乌拉特前旗自然资源局")),
                tuple("法院", "巴彦淖尔市中级法院", Choice.existing("巴彦淖尔市中级人民法院")));
        UnknownName misspelt = vm.unknownNames().get(0);
        assertThat(misspelt.choice.get()).isEqualTo(misspelt.proposed);
        assertThat(misspelt.choices).as("adding first, then every agency, the closest first").containsExactly(
                Choice.add("临河区公按局"), Choice.existing("临河区公安局"), Choice.existing("五原县公安局"), Choice.existing("临河区住房和城乡建设局"));

        // a second refusal (after going back to page 1) keeps what was chosen and only adds names
        vm.unknownNames().get(1).choice.set(Choice.existing("五原县公安局"));
        vm.loadUnknownNames(Map.of(HearingImport.DEFENDANT, Set.of("乌拉特前旗自然资源局", "杭锦后旗公安局")),
                HearingImport.knownNames(db, HearingImport.DEFENDANT), List.of());
        assertThat(vm.unknownNames()).extracting(u -> u.name).containsExactly("临河区公按局", "乌拉特前旗自然资源局", "巴彦淖尔市中级法院", "杭锦后旗公安局");
        assertThat(vm.unknownNames().get(1).choice.get()).isEqualTo(Choice.existing("五原县公安局"));
    }

    @Test
    void theMappingCarriesColumnsNamesAndAdditionsAndImportsIntoTheChosenAgency() throws Exception {
        TabularFile.Content file = content(HEADERS, List.of(ROW,
                List.of("（2025）内08行初51号", "", "乌拉特前旗自然资源局", "2025-07-11", "", "", "", "", "", "", "")));
        vm.load(file);
        assertThat(vm.mapping().ignored()).containsExactly("备注");

        // the first try is refused only for the unknown names: page 2 comes next, not an error
        ImportRejected refused = null;
        try {
            HearingImport.run(db, file, vm.mapping(), true, false, null);
        } catch (ImportRejected e) {
            refused = e;
        }
        assertThat(refused).isNotNull();
        assertThat(refused.problems()).hasSize(2);
        assertThat(HearingImportViewModel.onlyUnknownNames(refused)).isTrue();
        assertThat(TestDb.count(db, "admin_case")).isZero();

        vm.loadUnknownNames(refused.missing(), HearingImport.knownNames(db, HearingImport.DEFENDANT), List.of());
        HearingImportMapping m = vm.mapping();
        assertThat(m.headers()).containsEntry("案件编号", "案号").containsEntry("被告单位", "被告").doesNotContainKey("备注");
        assertThat(m.agencies()).containsExactly(Map.entry("临河区公按局", "临河区公安局"));
        assertThat(m.newAgencies()).containsExactly("乌拉特前旗自然资源局");
        assertThat(m.courts()).isEmpty();
        assertThat(m.newCourts()).isEmpty();

        ImportSummary s = HearingImport.run(db, file, m, true, false, null);
        assertThat(s.inserted()).isEqualTo(2);
        assertThat(s.created()).containsExactly(Map.entry("被告", 1));
        assertThat(TestDb.string(db, "SELECT g.name FROM admin_case c JOIN case_defendant d ON d.case_id = c.id JOIN agency g ON g.id = d.agency_id "
                + "WHERE c.case_number = '（2025）内08行初50号'")).isEqualTo("临河区公安局");
        assertThat(TestDb.string(db, "SELECT staff FROM hearing_appearance a JOIN hearing h ON h.id = a.hearing_id WHERE h.hearing_date = '2025-07-10'"))
                .isEqualTo("法制科科长");
    }

    @Test
    void aRefusalWithOtherProblemsIsNotForPageTwo() {
        List<String> bad = new ArrayList<>(ROW);
        bad.set(3, "2025-13-40");
        TabularFile.Content file = content(HEADERS, List.of(bad));
        vm.load(file);
        assertThatThrownBy(() -> HearingImport.run(db, file, vm.mapping(), true, false, null))
                .isInstanceOfSatisfying(ImportRejected.class, e -> {
                    assertThat(e.missing()).containsKey(HearingImport.DEFENDANT);
                    assertThat(e.otherProblems()).extracting(Problem::field).containsExactly("开庭日期");
                    assertThat(HearingImportViewModel.onlyUnknownNames(e)).isFalse();
                });
    }
}
