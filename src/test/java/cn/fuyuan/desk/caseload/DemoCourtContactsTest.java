package cn.fuyuan.desk.caseload;

import static cn.fuyuan.desk.store.jooq.Tables.COURT;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.demo.DemoData;
import cn.fuyuan.desk.settings.OfficeSettings;
import cn.fuyuan.desk.settings.SettingKey;
import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.store.Database;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo shows the signing court's own contact (issue 10 §5): every basic court of the demo has an entry in
 * {@code report.courtContacts}, so its notices and 提示函 name its own contact — never the middle court's.
 */
class DemoCourtContactsTest {
    @TempDir
    Path dir;

    @Test
    void everyDemoCourtSignsWithItsOwnContact() {
        try (Database db = Database.open(dir, Database.Mode.WRITE)) {
            DemoData.write(db, 1, DemoData.DEFAULT_SEED, null);
            SettingsRepository settings = new SettingsRepository(db);
            OfficeSettings office = settings.office();
            CourtContacts contacts = new CourtContacts(office, settings.get(SettingKey.REPORT_COURT_CONTACTS));
            List<String> courts = db.dsl().select(COURT.NAME).from(COURT).fetch(COURT.NAME);
            assertThat(courts).as("the demo's basic courts").hasSize(7).contains("磴口县人民法院");
            String middle = contacts.of(office.courtName());
            assertThat(middle).isEqualTo("联系人：李文静，联系电话：0478-8210000");
            for (String court : courts) {
                assertThat(contacts.of(court)).as(court).startsWith("联系人：").contains("联系电话：0478-82101").isNotEqualTo(middle);
            }
            assertThat(contacts.of("五原县人民法院")).isEqualTo("联系人：张志强，联系电话：0478-8210102");
        }
    }
}
