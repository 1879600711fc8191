package cn.fuyuan.desk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fuyuan.desk.TestDb;
import cn.fuyuan.desk.agency.Agency;
import cn.fuyuan.desk.agency.AgencyLevel;
import cn.fuyuan.desk.agency.AgencyRepository;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 全程留痕: each change made through the repositories leaves exactly the history it should. */
class HistoryTest {
    @TempDir
    Path tmp;
    Database db;
    AgencyRepository agencies;
    AuditRepository audit;

    @BeforeEach
    void open() {
        db = Database.open(tmp.resolve("data"), Database.Mode.WRITE);
        agencies = new AgencyRepository(db);
        audit = new AuditRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<AuditRepository.Entry> historyOf(Agency a) {
        return audit.forRecord("agency", a.id());
    }

    @Test
    void insertWritesOneRowWithTheValuesAfter() {
        Agency saved = agencies.save(TestDb.agency("五原县公安局"));

        List<AuditRepository.Entry> h = historyOf(saved);
        assertThat(h).hasSize(1);
        AuditRepository.Entry e = h.get(0);
        assertThat(e.action()).isEqualTo(Audit.Action.INSERT);
        assertThat(e.table()).isEqualTo("agency");
        assertThat(e.recordId()).isEqualTo(String.valueOf(saved.id()));
        assertThat(e.before()).isEmpty();
        assertThat(e.after())
                .containsEntry("id", saved.id())
                .containsEntry("name", "五原县公安局")
                .containsEntry("admin_level", "COUNTY")
                .containsEntry("head_name", "张建国")
                .containsEntry("phone", "0478-8888888")
                .containsEntry("active", 1);
        assertThat(e.osUser()).isEqualTo(System.getProperty("user.name")).isNotBlank();
        assertThat(e.at()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3}");
        assertThat(TestDb.count(db, "audit_log")).isEqualTo(1);
    }

    @Test
    void updateOfOneFieldWritesOneRowNamingExactlyThatField() {
        Agency saved = agencies.save(TestDb.agency("五原县公安局"));
        Agency changed = new Agency(saved.id(), saved.name(), saved.shortName(), saved.regionId(), saved.regionName(),
                saved.fieldId(), saved.fieldName(), saved.level(), "李志强", saved.headTitle(), saved.phone(), saved.active());

        agencies.save(changed);

        List<AuditRepository.Entry> h = historyOf(saved);
        assertThat(h).hasSize(2);
        AuditRepository.Entry update = h.get(0); // newest first
        assertThat(update.action()).isEqualTo(Audit.Action.UPDATE);
        assertThat(update.changedFields()).containsExactly("head_name");
        assertThat(update.before()).containsEntry("head_name", "张建国");
        assertThat(update.after()).containsEntry("head_name", "李志强");
        assertThat(agencies.find(saved.id()).orElseThrow().headName()).isEqualTo("李志强");
    }

    @Test
    void savingUnchangedWritesNothing() {
        Agency saved = agencies.save(TestDb.agency("五原县公安局"));
        long before = TestDb.count(db, "audit_log");

        agencies.save(saved);
        agencies.save(saved);

        assertThat(TestDb.count(db, "audit_log")).isEqualTo(before).isEqualTo(1);
    }

    @Test
    void deleteWritesTheValuesBefore() {
        Agency saved = agencies.save(TestDb.agency("五原县公安局"));

        assertThat(agencies.remove(saved.id())).isEqualTo(AgencyRepository.Removal.DELETED);

        List<AuditRepository.Entry> h = historyOf(saved);
        assertThat(h).extracting(AuditRepository.Entry::action)
                .containsExactly(Audit.Action.DELETE, Audit.Action.INSERT);
        AuditRepository.Entry delete = h.get(0);
        assertThat(delete.after()).isEmpty();
        assertThat(delete.before()).containsEntry("name", "五原县公安局").containsEntry("head_name", "张建国");
        assertThat(agencies.find(saved.id())).isEmpty();
    }

    @Test
    void refusedSaveWritesNeitherAgencyNorHistory() {
        agencies.save(TestDb.agency("五原县公安局"));
        long agenciesBefore = TestDb.count(db, "agency");
        long auditBefore = TestDb.count(db, "audit_log");

        assertThatThrownBy(() -> agencies.save(TestDb.agency("   "))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> agencies.save(TestDb.agency("五原县公安局"))).isInstanceOf(ValidationException.class);
        Agency badPhone = new Agency(null, "磴口县公安局", null, null, null, null, null, AgencyLevel.COUNTY, null, null, "call me", true);
        assertThatThrownBy(() -> agencies.save(badPhone)).isInstanceOf(ValidationException.class);

        assertThat(TestDb.count(db, "agency")).isEqualTo(agenciesBefore);
        assertThat(TestDb.count(db, "audit_log")).isEqualTo(auditBefore);
    }

    @Test
    void filterFindsByActionAndUser() {
        Agency a = agencies.save(TestDb.agency("五原县公安局"));
        agencies.remove(a.id());
        AuditRepository.Filter deletes = new AuditRepository.Filter("agency", null, Audit.Action.DELETE,
                System.getProperty("user.name"), null, null, null, 100);
        assertThat(audit.list(deletes)).singleElement().extracting(AuditRepository.Entry::recordId)
                .isEqualTo(String.valueOf(a.id()));
        AuditRepository.Filter text = new AuditRepository.Filter(null, null, null, null, null, null, "五原县", 100);
        assertThat(audit.list(text)).hasSize(2);
        assertThat(audit.tables()).containsExactly("agency");
    }
}
