package cn.fuyuan.desk.agency;

import cn.fuyuan.desk.settings.RefItem;
import cn.fuyuan.desk.settings.ReferenceList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fuyuan.desk.TestDb;
import cn.fuyuan.desk.importing.ImportFileException;
import cn.fuyuan.desk.importing.ImportRejected;
import cn.fuyuan.desk.importing.ImportSummary;
import cn.fuyuan.desk.importing.Sheets;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.store.Problem;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgencyImportTest {
    private static final List<Object> HEADER = List.of("名称", "简称", "所属地区", "领域", "层级", "主要负责人", "职务", "联系电话", "更新日期");

    @TempDir
    Path tmp;
    Database db;
    AgencyRepository agencies;

    @BeforeEach
    void open() {
        db = Database.open(tmp.resolve("data"), Database.Mode.WRITE);
        agencies = new AgencyRepository(db);
        ReferenceList regions = new ReferenceList(db, ReferenceList.Kind.REGION);
        ReferenceList fields = new ReferenceList(db, ReferenceList.Kind.FIELD);
        for (String r : List.of("市本级", "临河区", "五原县")) {
            regions.save(new RefItem(null, r, 0, true));
        }
        for (String f : List.of("公安", "住建", "乡镇政府")) {
            fields.save(new RefItem(null, f, 0, true));
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    private Path goodXlsx() throws Exception {
        return Sheets.xlsx(tmp.resolve("机关名录.xlsx"), List.of(
                HEADER,
                row("巴彦淖尔市公安局", "市公安局", "市本级", "公安", "市", "王建国", "局长", "0478-8210001", LocalDate.of(2025, 1, 2)),
                row("临河区住房和城乡建设局", "临河住建局", "临河区", "住建", "县级", "李志强", "局长", "0478-8210002", null),
                row("五原县隆兴昌镇人民政府", "隆兴昌镇政府", "五原县", "乡镇政府", "乡镇", "张丽娟", "镇长", null, null),
                row("五原县公安局", null, null, null, "县", null, null, null, null)));
    }

    private long audit() {
        return TestDb.count(db, "audit_log");
    }

    @Test
    void goodXlsxImportsEveryRowWithItsReferences() throws Exception {
        ImportSummary s = AgencyImport.run(db, goodXlsx(), false, false);

        assertThat(s.rows()).isEqualTo(4);
        assertThat(s.inserted()).isEqualTo(4);
        assertThat(s.updated()).isZero();
        assertThat(s.unchanged()).isZero();
        assertThat(s.created()).isEmpty();
        assertThat(s.dryRun()).isFalse();
        assertThat(agencies.count()).isEqualTo(4);
        Agency a = agencies.findByName("临河区住房和城乡建设局").orElseThrow();
        assertThat(a.shortName()).isEqualTo("临河住建局");
        assertThat(a.regionName()).isEqualTo("临河区");
        assertThat(a.fieldName()).isEqualTo("住建");
        assertThat(a.level()).isEqualTo(AgencyLevel.COUNTY);
        assertThat(a.headName()).isEqualTo("李志强");
        assertThat(a.phone()).isEqualTo("0478-8210002");
        Agency bare = agencies.findByName("五原县公安局").orElseThrow();
        assertThat(bare.regionId()).isNull();
        assertThat(bare.shortName()).isNull();
        assertThat(agencies.findByName("五原县隆兴昌镇人民政府").orElseThrow().level()).isEqualTo(AgencyLevel.TOWNSHIP);
        assertThat(audit()).isEqualTo(4 + 6); // 4 agencies + the 6 reference entries of the setup
    }

    @Test
    void reimportIsIdempotent() throws Exception {
        Path f = goodXlsx();
        AgencyImport.run(db, f, false, false);
        long auditAfterFirst = audit();

        ImportSummary again = AgencyImport.run(db, f, false, false);

        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(4);
        assertThat(agencies.count()).isEqualTo(4);
        assertThat(audit()).isEqualTo(auditAfterFirst);
    }

    @Test
    void reimportUpdatesByNameOnlyWhatChanged() throws Exception {
        AgencyImport.run(db, goodXlsx(), false, false);
        Path changed = Sheets.xlsx(tmp.resolve("changed.xlsx"), List.of(
                HEADER,
                row("巴彦淖尔市公安局", "市公安局", "市本级", "公安", "市", "赵海军", "局长", "0478-8210001", null),
                row("临河区住房和城乡建设局", "临河住建局", "临河区", "住建", "县级", "李志强", "局长", "0478-8210002", null)));

        ImportSummary s = AgencyImport.run(db, changed, false, false);

        assertThat(s.updated()).isEqualTo(1);
        assertThat(s.unchanged()).isEqualTo(1);
        assertThat(agencies.findByName("巴彦淖尔市公安局").orElseThrow().headName()).isEqualTo("赵海军");
        assertThat(agencies.count()).isEqualTo(4);
    }

    @Test
    void aColumnTheFileLacksKeepsWhatTheDirectoryHolds() throws Exception {
        AgencyImport.run(db, goodXlsx(), false, false);
        Path narrow = Sheets.xlsx(tmp.resolve("narrow.xlsx"), List.of(
                List.of("名称", "层级", "联系电话"),
                row("巴彦淖尔市公安局", "市", "0478-8219999"),
                row("临河区住房和城乡建设局", "县", "")));

        ImportSummary s = AgencyImport.run(db, narrow, false, false);

        assertThat(s.updated()).isEqualTo(2);
        Agency police = agencies.findByName("巴彦淖尔市公安局").orElseThrow();
        assertThat(police.phone()).isEqualTo("0478-8219999");
        assertThat(police.headName()).as("no 主要负责人 column: kept").isEqualTo("王建国");
        assertThat(police.headTitle()).isEqualTo("局长");
        assertThat(police.shortName()).isEqualTo("市公安局");
        assertThat(police.regionName()).isEqualTo("市本级");
        assertThat(police.fieldName()).isEqualTo("公安");
        assertThat(agencies.findByName("临河区住房和城乡建设局").orElseThrow().phone())
                .as("an empty cell in a column the file has clears the value").isNull();
    }

    @Test
    void csvWithAndWithoutBomImport() throws Exception {
        List<List<String>> rows = List.of(
                List.of("名称", "层级", "所属地区"),
                List.of("临河区公安局", "县", "临河区"));
        ImportSummary withBom = AgencyImport.run(db, Sheets.csv(tmp.resolve("a.csv"), StandardCharsets.UTF_8, true, rows), false, false);
        assertThat(withBom.inserted()).isEqualTo(1);
        ImportSummary without = AgencyImport.run(db, Sheets.csv(tmp.resolve("b.csv"), StandardCharsets.UTF_8, false, rows), false, false);
        assertThat(without.unchanged()).isEqualTo(1);
        assertThat(agencies.findByName("临河区公安局").orElseThrow().regionName()).isEqualTo("临河区");
    }

    @Test
    void gbkCsvIsRefusedNamingTheFile() throws Exception {
        Path f = Sheets.csv(tmp.resolve("名录-gbk.csv"), Charset.forName("GBK"), false,
                List.of(List.of("名称", "层级"), List.of("临河区公安局", "县")));
        assertThatThrownBy(() -> AgencyImport.run(db, f, false, false))
                .isInstanceOf(ImportFileException.class).hasMessageContaining(f.toString());
        assertThat(agencies.count()).isZero();
    }

    @Test
    void badRowsAreAllReportedWithRowAndColumnAndNothingIsWritten() throws Exception {
        AgencyImport.run(db, goodXlsx(), false, false);
        long agenciesBefore = agencies.count();
        long auditBefore = audit();
        Path bad = Sheets.xlsx(tmp.resolve("bad.xlsx"), List.of(
                HEADER,
                row("磴口县公安局", null, null, null, "县", null, null, null, null),          // 2: fine
                row(null, "无名", "临河区", null, "县", null, null, null, null),               // 3: empty name
                row("磴口县公安局", null, null, null, "县", null, null, null, null),           // 4: duplicate of row 2
                row("乌拉特后旗公安局", null, "乌拉特后旗", null, "县", null, null, null, null), // 5: unknown region
                row("杭锦后旗公安局", null, null, null, "省", null, null, null, null),          // 6: bad level
                row("临河区新机关", null, null, "信访", "县", null, null, "打电话", null),        // 7: unknown field + bad phone
                row("巴彦淖尔市公安局", null, null, null, "市", "新局长", null, null, null)));    // 8: fine (an update)

        ImportRejected e = catchRejected(bad, false);

        List<String> messages = e.problems().stream().map(Problem::message).toList();
        assertThat(messages).hasSize(6);
        assertThat(messages.get(0)).contains("第 3 行").contains("“名称”").contains("不能为空");
        assertThat(messages.get(1)).contains("第 4 行").contains("“名称”").contains("第 2 行");
        assertThat(messages.get(2)).contains("第 5 行").contains("“所属地区”").contains("乌拉特后旗");
        assertThat(messages.get(3)).contains("第 6 行").contains("“层级”").contains("省");
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("第 7 行").contains("“领域”").contains("信访"));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("第 7 行").contains("“联系电话”").contains("打电话"));
        assertThat(e.problems()).extracting(Problem::row).containsExactly(3, 4, 5, 6, 7, 7);
        assertThat(e.problems()).extracting(Problem::field).containsExactly("名称", "名称", "所属地区", "层级", "领域", "联系电话");
        assertThat(e.getMessage()).contains("第 3 行").contains("第 7 行");
        assertThat(e.missing()).isEqualTo(Map.of("所属地区", Set.of("乌拉特后旗"), "领域", Set.of("信访")));

        assertThat(agencies.count()).isEqualTo(agenciesBefore);
        assertThat(audit()).isEqualTo(auditBefore);
        assertThat(agencies.findByName("巴彦淖尔市公安局").orElseThrow().headName()).isEqualTo("王建国");
        assertThat(agencies.findByName("磴口县公安局")).isEmpty();
    }

    private ImportRejected catchRejected(Path file, boolean createMissing) throws Exception {
        try {
            AgencyImport.run(db, file, createMissing, false);
        } catch (ImportRejected e) {
            return e;
        }
        throw new AssertionError("expected ImportRejected");
    }

    @Test
    void createMissingAddsTheRegionsAndFieldsOnce() throws Exception {
        Path f = Sheets.xlsx(tmp.resolve("new-refs.xlsx"), List.of(
                HEADER,
                row("乌拉特后旗公安局", null, "乌拉特后旗", "公安", "县", null, null, null, null),
                row("乌拉特后旗信访局", null, "乌拉特后旗", "信访", "县", null, null, null, null),
                row("杭锦后旗信访局", null, "杭锦后旗", "信访", "县", null, null, null, null)));
        assertThat(catchRejected(f, false).problems()).hasSize(5);

        ImportSummary s = AgencyImport.run(db, f, true, false);

        assertThat(s.inserted()).isEqualTo(3);
        assertThat(s.created()).isEqualTo(Map.of("所属地区", 2, "领域", 1));
        assertThat(new ReferenceList(db, ReferenceList.Kind.REGION).list(false)).extracting(RefItem::name)
                .containsExactly("市本级", "临河区", "五原县", "乌拉特后旗", "杭锦后旗");
        assertThat(new ReferenceList(db, ReferenceList.Kind.FIELD).list(false)).extracting(RefItem::name)
                .containsExactly("公安", "住建", "乡镇政府", "信访");
        Agency a = agencies.findByName("杭锦后旗信访局").orElseThrow();
        assertThat(a.regionName()).isEqualTo("杭锦后旗");
        assertThat(a.fieldName()).isEqualTo("信访");
    }

    @Test
    void dryRunWritesNothingButReportsTheSameCounts() throws Exception {
        Path f = Sheets.xlsx(tmp.resolve("dry.xlsx"), List.of(
                HEADER,
                row("乌拉特后旗公安局", null, "乌拉特后旗", "公安", "县", null, null, null, null),
                row("临河区公安局", null, "临河区", "公安", "县", null, null, null, null)));
        long auditBefore = audit();
        long regionsBefore = TestDb.count(db, "region");

        ImportSummary dry = AgencyImport.run(db, f, true, true);

        assertThat(dry.dryRun()).isTrue();
        assertThat(agencies.count()).isZero();
        assertThat(audit()).isEqualTo(auditBefore);
        assertThat(TestDb.count(db, "region")).isEqualTo(regionsBefore);

        ImportSummary real = AgencyImport.run(db, f, true, false);
        assertThat(real.dryRun()).isFalse();
        assertThat(List.of(dry.rows(), dry.inserted(), dry.updated(), dry.unchanged()))
                .isEqualTo(List.of(real.rows(), real.inserted(), real.updated(), real.unchanged()))
                .isEqualTo(List.of(2, 2, 0, 0));
        assertThat(dry.created()).isEqualTo(real.created()).isEqualTo(Map.of("所属地区", 1));
        assertThat(agencies.count()).isEqualTo(2);
    }

    @Test
    void dryRunOfABadFileIsRejectedLikeARealOne() throws Exception {
        Path f = Sheets.xlsx(tmp.resolve("dry-bad.xlsx"), List.of(HEADER, row(null, null, null, null, "县", null, null, null, null)));
        assertThatThrownBy(() -> AgencyImport.run(db, f, false, true)).isInstanceOf(ImportRejected.class)
                .hasMessageContaining("第 2 行");
    }

    @Test
    void missingRequiredHeaderIsRefusedNamingFileAndHeader() throws Exception {
        Path noLevel = Sheets.xlsx(tmp.resolve("no-level.xlsx"), List.of(
                row("名称", "简称"), row("临河区公安局", "区公安局")));
        assertThatThrownBy(() -> AgencyImport.run(db, noLevel, false, false))
                .isInstanceOf(ImportFileException.class)
                .hasMessageContaining(noLevel.toString())
                .hasMessageContaining("缺少列：层级");

        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("机关", "层级"));
        rows.add(List.of("临河区公安局", "县"));
        Path noName = Sheets.csv(tmp.resolve("no-name.csv"), StandardCharsets.UTF_8, true, rows);
        assertThatThrownBy(() -> AgencyImport.run(db, noName, false, false))
                .isInstanceOf(ImportFileException.class)
                .hasMessageContaining(noName.toString())
                .hasMessageContaining("缺少列：名称");
        assertThat(agencies.count()).isZero();
    }
}
