package cn.fuyuan.desk.history;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.settings.ReferenceList;
import cn.fuyuan.desk.settings.RefItem;
import cn.fuyuan.desk.settings.SettingKey;
import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.store.AuditRepository;
import cn.fuyuan.desk.store.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a record's history window reads, against a real SQLite file. No window. */
class RecordHistoryViewModelTest {
    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir, Database.Mode.WRITE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aRecordsAndATablesHistory() {
        AuditRepository audit = new AuditRepository(db);
        new SettingsRepository(db).put(SettingKey.PHONE, "0478-1234567");
        RefItem region = new ReferenceList(db, ReferenceList.Kind.REGION).save(new RefItem(null, "测试旗", 0, true));

        RecordHistoryViewModel settings = RecordHistoryViewModel.ofTable(db, audit, "setting");
        assertThat(settings.showsRecord()).isTrue();
        RecordHistoryViewModel.Loaded all = settings.load();
        assertThat(all.entries()).isNotEmpty().allMatch(e -> e.table().equals("setting"));

        RecordHistoryViewModel one = RecordHistoryViewModel.ofRecord(db, audit, "region", region.id());
        assertThat(one.showsRecord()).isFalse();
        RecordHistoryViewModel.Loaded loaded = one.load();
        assertThat(loaded.entries()).hasSize(1);
        assertThat(HistoryWords.describe(loaded.entries().get(0), loaded.names())).contains("测试旗");
    }
}
