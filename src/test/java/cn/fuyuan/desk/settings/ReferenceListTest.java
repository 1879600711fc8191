package cn.fuyuan.desk.settings;

import cn.fuyuan.desk.agency.Agency;
import cn.fuyuan.desk.agency.AgencyLevel;
import cn.fuyuan.desk.agency.AgencyRepository;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fuyuan.desk.TestDb;
import cn.fuyuan.desk.store.Audit;
import cn.fuyuan.desk.store.AuditRepository;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.store.ValidationException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceListTest {
    @TempDir
    Path tmp;
    Database db;
    ReferenceList regions;
    ReferenceList fields;

    @BeforeEach
    void open() {
        db = Database.open(tmp.resolve("data"), Database.Mode.WRITE);
        regions = new ReferenceList(db, ReferenceList.Kind.REGION);
        fields = new ReferenceList(db, ReferenceList.Kind.FIELD);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void newEntriesGetIncreasingSortOrderAndAreListedInIt() {
        RefItem a = regions.save(new RefItem(null, "市本级", 0, true));
        RefItem b = regions.save(new RefItem(null, "临河区", 0, true));
        assertThat(b.sortOrder()).isGreaterThan(a.sortOrder());
        assertThat(regions.list(false)).extracting(RefItem::name).containsExactly("市本级", "临河区");
        assertThat(fields.list(true)).isEmpty();
    }

    @Test
    void duplicateNameIsRefusedAndNothingWritten() {
        regions.save(new RefItem(null, "临河区", 0, true));
        long audit = TestDb.count(db, "audit_log");

        assertThatThrownBy(() -> regions.save(new RefItem(null, " 临河区 ", 0, true)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("所属地区").hasMessageContaining("临河区");
        assertThatThrownBy(() -> fields.save(new RefItem(null, "", 0, true)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("领域");

        assertThat(TestDb.count(db, "region")).isEqualTo(1);
        assertThat(TestDb.count(db, "audit_log")).isEqualTo(audit);
        // the same name in the other list is fine
        assertThat(fields.save(new RefItem(null, "临河区", 0, true)).id()).isNotNull();
    }

    @Test
    void removeOfUnusedEntryDeletesIt() {
        RefItem r = regions.save(new RefItem(null, "五原县", 0, true));
        assertThat(regions.remove(r.id())).isTrue();
        assertThat(regions.list(true)).isEmpty();
        assertThat(new AuditRepository(db).forRecord("region", r.id()))
                .extracting(AuditRepository.Entry::action).containsExactly(Audit.Action.DELETE, Audit.Action.INSERT);
    }

    @Test
    void removeOfUsedRegionDeactivatesIt() {
        RefItem r = regions.save(new RefItem(null, "五原县", 0, true));
        new AgencyRepository(db).save(new Agency(null, "五原县公安局", null, r.id(), null, null, null,
                AgencyLevel.COUNTY, null, null, null, true));

        assertThat(regions.remove(r.id())).isFalse();

        assertThat(regions.list(false)).isEmpty();
        assertThat(regions.list(true)).singleElement().satisfies(x -> {
            assertThat(x.name()).isEqualTo("五原县");
            assertThat(x.active()).isFalse();
        });
        assertThat(new AgencyRepository(db).findByName("五原县公安局").orElseThrow().regionName()).isEqualTo("五原县");
        AuditRepository.Entry last = new AuditRepository(db).forRecord("region", r.id()).get(0);
        assertThat(last.action()).isEqualTo(Audit.Action.UPDATE);
        assertThat(last.changedFields()).containsExactly("active");
    }
}
