package cn.fuyuan.desk.history;

import static cn.fuyuan.desk.store.jooq.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.agency.Agency;
import cn.fuyuan.desk.agency.AgencyLevel;
import cn.fuyuan.desk.agency.AgencyRepository;
import cn.fuyuan.desk.demo.DemoData;
import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.settings.SettingKey;
import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.store.Audit;
import cn.fuyuan.desk.store.AuditRepository;
import cn.fuyuan.desk.store.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The global history list and its filters, against a real SQLite file. No window. */
class HistoryViewModelTest {
    @TempDir
    Path dir;
    Database db;
    AgencyRepository agencies;
    HistoryViewModel vm;
    int police;

    @BeforeEach
    void open() {
        Messages.setLocale(Messages.CHINESE);
        db = Database.open(dir, Database.Mode.WRITE);
        DemoData.write(db, 1, DemoData.DEFAULT_SEED, null);
        agencies = new AgencyRepository(db);
        Agency a = agencies.findByName("巴彦淖尔市公安局").orElseThrow();
        police = a.id();
        agencies.save(new Agency(a.id(), a.name(), a.shortName(), a.regionId(), a.regionName(), a.fieldId(), a.fieldName(),
                a.level(), "苏和巴特尔", a.headTitle(), a.phone(), true));
        Agency water = agencies.save(new Agency(null, "巴彦淖尔市水务局", null, null, null, null, null, AgencyLevel.CITY,
                null, null, null, true));
        agencies.remove(water.id());
        new SettingsRepository(db).put(SettingKey.CONTACT_PERSON, "王建国");
        vm = new HistoryViewModel(new AuditRepository(db));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private int total() {
        return db.dsl().fetchCount(AUDIT_LOG);
    }

    @Test
    void withoutFiltersListsEverythingNewestFirst() {
        vm.reload();
        assertThat(vm.entries()).hasSize(total());
        assertThat(vm.entries().get(0).table()).isEqualTo("setting");
        assertThat(vm.entries()).extracting(AuditRepository.Entry::id).isSortedAccordingTo((x, y) -> Long.compare(y, x));
    }

    @Test
    void filtersByAction() {
        vm.actionProperty().set(Audit.Action.DELETE);
        vm.reload();
        assertThat(vm.entries()).hasSize(1);
        assertThat(vm.entries().get(0).before()).containsEntry("name", "巴彦淖尔市水务局");
        assertThat(vm.entries().get(0).after()).isEmpty();

        vm.actionProperty().set(Audit.Action.UPDATE);
        vm.reload();
        assertThat(vm.entries()).isNotEmpty().allMatch(e -> e.action() == Audit.Action.UPDATE);
        assertThat(vm.entries()).anyMatch(e -> e.table().equals("agency") && e.changedFields().equals(java.util.List.of("head_name")));
    }

    @Test
    void filtersByTable() {
        assertThat(vm.tables()).contains("agency", "region", "work_field", "setting");
        vm.tableProperty().set("setting");
        vm.reload();
        assertThat(vm.entries()).isNotEmpty().allMatch(e -> e.table().equals("setting"));
        int settings = vm.entries().size();
        vm.tableProperty().set("agency");
        vm.reload();
        assertThat(vm.entries()).isNotEmpty().allMatch(e -> e.table().equals("agency"));
        vm.tableProperty().set(null);
        vm.reload();
        assertThat(vm.entries().size()).isGreaterThan(settings);
    }

    @Test
    void filtersByTextInTheBeforeOrAfterValues() {
        vm.textProperty().set(" 苏和巴特尔 ");
        vm.reload();
        assertThat(vm.entries()).hasSize(1);
        assertThat(vm.entries().get(0).recordId()).isEqualTo(String.valueOf(police));

        vm.textProperty().set("水务局");
        vm.reload();
        assertThat(vm.entries()).extracting(AuditRepository.Entry::action).containsExactly(Audit.Action.DELETE, Audit.Action.INSERT);

        // LIKE wildcards are searched for literally
        vm.textProperty().set("%");
        vm.reload();
        assertThat(vm.entries()).isEmpty();
        vm.textProperty().set("");
        vm.reload();
        assertThat(vm.entries()).hasSize(total());
    }

    @Test
    void filtersByDateInclusiveOfBothEnds() {
        // move the demonstration rows to an earlier day so that the dates tell them apart
        LocalDate today = LocalDate.now();
        LocalDate earlier = today.minusDays(10);
        int demoRows = db.dsl().update(AUDIT_LOG)
                .set(AUDIT_LOG.AT, org.jooq.impl.DSL.replace(AUDIT_LOG.AT, today.toString(), earlier.toString()))
                .where(AUDIT_LOG.ID.le(db.dsl().select(org.jooq.impl.DSL.min(AUDIT_LOG.ID)).from(AUDIT_LOG)
                        .where(AUDIT_LOG.TABLE_NAME.eq("agency").and(AUDIT_LOG.ACTION.eq("UPDATE"))).fetchOne().value1() - 1))
                .execute();
        assertThat(demoRows).isPositive();

        vm.fromProperty().set(today);
        vm.reload();
        assertThat(vm.entries()).hasSize(total() - demoRows);

        vm.fromProperty().set(earlier);
        vm.toProperty().set(earlier);
        vm.reload();
        assertThat(vm.entries()).hasSize(demoRows);

        vm.fromProperty().set(null);
        vm.toProperty().set(earlier.minusDays(1));
        vm.reload();
        assertThat(vm.entries()).isEmpty();

        vm.toProperty().set(today);
        vm.reload();
        assertThat(vm.entries()).hasSize(total());
    }

    @Test
    void filtersCombine() {
        vm.tableProperty().set("agency");
        vm.actionProperty().set(Audit.Action.INSERT);
        vm.textProperty().set("公安局");
        vm.reload();
        assertThat(vm.entries()).isNotEmpty()
                .allMatch(e -> e.table().equals("agency") && e.action() == Audit.Action.INSERT
                        && String.valueOf(e.after().get("name")).contains("公安局"));
    }
}
