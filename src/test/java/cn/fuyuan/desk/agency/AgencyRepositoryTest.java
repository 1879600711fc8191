package cn.fuyuan.desk.agency;

import cn.fuyuan.desk.settings.RefItem;
import cn.fuyuan.desk.settings.ReferenceList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fuyuan.desk.TestDb;
import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.store.Audit;
import cn.fuyuan.desk.store.AuditRepository;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.store.Problem;
import cn.fuyuan.desk.store.ValidationException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgencyRepositoryTest {
    @TempDir
    Path tmp;
    Database db;
    AgencyRepository repo;

    @BeforeEach
    void open() {
        Messages.setLocale(Messages.CHINESE);
        db = Database.open(tmp.resolve("data"), Database.Mode.WRITE);
        repo = new AgencyRepository(db);
    }

    @AfterEach
    void close() {
        Messages.setLocale(Messages.CHINESE);
        db.close();
    }

    private static List<Problem> problemsOf(Runnable r) {
        try {
            r.run();
        } catch (ValidationException e) {
            return e.problems();
        }
        throw new AssertionError("expected a ValidationException");
    }

    @Test
    void emptyNameIsRefusedNamingTheField() {
        List<Problem> p = problemsOf(() -> repo.save(TestDb.agency(" ")));
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("name");
            assertThat(x.message()).isEqualTo("“机关名称”不能为空");
        });
    }

    @Test
    void duplicateNameIsRefusedInChineseAndInEnglish() {
        repo.save(TestDb.agency("临河区公安局"));

        List<Problem> zh = problemsOf(() -> repo.save(TestDb.agency(" 临河区公安局 ")));
        assertThat(zh).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("name");
            assertThat(x.message()).contains("机关名称").contains("已存在").contains("临河区公安局");
        });

        Messages.setLocale(Locale.ENGLISH);
        List<Problem> en = problemsOf(() -> repo.save(TestDb.agency("临河区公安局")));
        assertThat(en).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("name");
            assertThat(x.message()).isEqualTo("\"Agency name\" already exists: 临河区公安局");
        });
        assertThat(repo.count()).isEqualTo(1);
    }

    @Test
    void renamingAnAgencyToItsOwnNameIsNotADuplicate() {
        Agency a = repo.save(TestDb.agency("临河区公安局"));
        Agency same = repo.save(new Agency(a.id(), "临河区公安局", "区公安局", null, null, null, null,
                AgencyLevel.COUNTY, a.headName(), a.headTitle(), a.phone(), true));
        assertThat(same.shortName()).isEqualTo("区公安局");
        assertThat(repo.count()).isEqualTo(1);
    }

    @Test
    void badPhoneAndMissingLevelAreRefusedTogether() {
        Agency bad = new Agency(null, "临河区住建局", null, null, null, null, null, null, null, null, "请打办公室电话", true);
        List<Problem> p = problemsOf(() -> repo.save(bad));
        assertThat(p).extracting(Problem::field).containsExactlyInAnyOrder("level", "phone");
        assertThat(p).filteredOn(x -> x.field().equals("phone")).singleElement()
                .extracting(Problem::message).asString().contains("联系电话").contains("请打办公室电话");
        assertThat(repo.count()).isZero();
    }

    @Test
    void usualPhoneNotationsAreAccepted() {
        int i = 0;
        for (String phone : List.of("0478-8888888", "(0478) 8888888 转 123", "13800000000", "０４７８－８８８８８８８")) {
            Agency a = new Agency(null, "机关" + i++, null, null, null, null, null, AgencyLevel.CITY, null, null, phone, true);
            assertThat(repo.save(a).phone()).isEqualTo(phone);
        }
    }

    @Test
    void removeOfUnreferencedAgencyDeletesIt() {
        Agency a = repo.save(TestDb.agency("临河区公安局"));

        assertThat(repo.remove(a.id())).isEqualTo(AgencyRepository.Removal.DELETED);

        assertThat(repo.find(a.id())).isEmpty();
        assertThat(repo.count()).isZero();
        assertThat(repo.remove(a.id())).isEqualTo(AgencyRepository.Removal.NOT_FOUND);
    }

    @Test
    void removeOfReferencedAgencyDeactivatesIt() {
        Agency a = repo.save(TestDb.agency("临河区公安局"));
        Agency other = repo.save(TestDb.agency("临河区住建局"));
        // a later feature's table (cases, letters) refers to agencies; the test builds one of its own
        TestDb.execute(db,
                "CREATE TABLE test_case (id INTEGER PRIMARY KEY, agency_id INTEGER NOT NULL REFERENCES agency (id))",
                "INSERT INTO test_case (id, agency_id) VALUES (1, " + a.id() + ")");

        assertThat(repo.remove(a.id())).isEqualTo(AgencyRepository.Removal.DEACTIVATED);

        Agency kept = repo.find(a.id()).orElseThrow();
        assertThat(kept.active()).isFalse();
        assertThat(kept.name()).isEqualTo("临河区公安局");
        assertThat(repo.list(false)).extracting(Agency::name).containsExactly("临河区住建局");
        assertThat(repo.list(true)).extracting(Agency::name).contains("临河区公安局");
        assertThat(TestDb.count(db, "test_case")).isEqualTo(1);

        List<AuditRepository.Entry> h = new AuditRepository(db).forRecord("agency", a.id());
        assertThat(h).extracting(AuditRepository.Entry::action).containsExactly(Audit.Action.UPDATE, Audit.Action.INSERT);
        assertThat(h.get(0).changedFields()).containsExactly("active");
        // the refused delete left no DELETE row behind (its savepoint was rolled back)
        assertThat(TestDb.longValue(db, "SELECT count(*) FROM audit_log WHERE action = 'DELETE'")).isZero();

        // the unreferenced one is still deleted
        assertThat(repo.remove(other.id())).isEqualTo(AgencyRepository.Removal.DELETED);
    }

    @Test
    void listIsInPrintedOrderRegionThenLevelThenName() {
        ReferenceList regions = new ReferenceList(db, ReferenceList.Kind.REGION);
        RefItem city = regions.save(new RefItem(null, "市本级", 0, true));
        RefItem linhe = regions.save(new RefItem(null, "临河区", 0, true));
        repo.save(new Agency(null, "临河区新华镇人民政府", null, linhe.id(), null, null, null, AgencyLevel.TOWNSHIP, null, null, null, true));
        repo.save(new Agency(null, "临河区公安局", null, linhe.id(), null, null, null, AgencyLevel.COUNTY, null, null, null, true));
        repo.save(new Agency(null, "无地区机关", null, null, null, null, null, AgencyLevel.CITY, null, null, null, true));
        repo.save(new Agency(null, "巴彦淖尔市公安局", null, city.id(), null, null, null, AgencyLevel.CITY, null, null, null, true));

        assertThat(repo.list(true)).extracting(Agency::name)
                .containsExactly("巴彦淖尔市公安局", "临河区公安局", "临河区新华镇人民政府", "无地区机关");
        assertThat(repo.findByName("临河区公安局").orElseThrow().regionName()).isEqualTo("临河区");
    }
}
