package cn.fuyuan.desk.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fuyuan.desk.demo.DemoData;
import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.store.Problem;
import cn.fuyuan.desk.store.ValidationException;
import cn.fuyuan.desk.store.jooq.Tables;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings form against a real SQLite file. No window. */
class SettingsViewModelTest {
    @TempDir
    Path dir;
    Database db;
    SettingsRepository settings;
    SettingsViewModel vm;

    @BeforeEach
    void open() {
        Messages.setLocale(Messages.CHINESE);
        db = Database.open(dir, Database.Mode.WRITE);
        DemoData.write(db, 1, DemoData.DEFAULT_SEED, null);
        settings = new SettingsRepository(db);
        vm = new SettingsViewModel(settings);
        vm.load();
    }

    @AfterEach
    void close() {
        db.close();
        Messages.setLocale(Messages.CHINESE);
    }

    @Test
    void loadsWhatIsStored() {
        assertThat(vm.courtNameProperty().get()).isEqualTo("巴彦淖尔市中级人民法院");
        assertThat(vm.courtCodeProperty().get()).isEqualTo("内08");
        assertThat(vm.languageProperty().get()).isEqualTo(Messages.CHINESE);
        assertThat(vm.validate()).isEmpty();
    }

    @Test
    void aBadCourtCodeIsRefusedNamingTheFieldAndNothingIsWritten() {
        long history = history();
        vm.courtCodeProperty().set("内8");
        vm.officeNameProperty().set("改过的办公室");

        assertThat(vm.validate()).extracting(Problem::field).containsExactly("courtCode");
        assertThatThrownBy(vm::save)
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("法院代字")
                .hasMessageContaining("内8");
        assertThat(settings.get(SettingKey.COURT_CODE)).isEqualTo("内08");
        assertThat(settings.get(SettingKey.OFFICE_NAME)).isEqualTo("巴彦淖尔市中级人民法院府院联动办公室");
        assertThat(history()).isEqualTo(history);
    }

    @Test
    void goodCourtCodesAreAccepted() {
        for (String code : new String[] {"内08", "内0802", "吉01", "最高法", "京"}) {
            vm.courtCodeProperty().set(code);
            assertThat(vm.validate()).as(code).isEmpty();
        }
    }

    @Test
    void anEmptyCourtNameIsRefusedNamingTheField() {
        vm.courtNameProperty().set("  ");
        assertThat(vm.validate()).extracting(Problem::field).containsExactly("courtName");
        assertThatThrownBy(vm::save).isInstanceOf(ValidationException.class).hasMessageContaining("法院全称");
    }

    @Test
    void aPrefixWithAYearIsRefused() {
        vm.suggestionPrefixProperty().set("巴法建〔2025〕");
        assertThat(vm.validate()).extracting(Problem::field).containsExactly("suggestionPrefix");
    }

    @Test
    void savingWithoutALanguageChangeReturnsFalseAndStoresTheOffice() {
        assertThat(vm.isDirty()).isFalse();
        vm.contactPersonProperty().set("王建国");
        assertThat(vm.isDirty()).as("a changed value is unsaved").isTrue();

        assertThat(vm.save()).isFalse();
        assertThat(vm.isDirty()).as("saved").isFalse();
        vm.contactPersonProperty().set("李四");
        vm.contactPersonProperty().set("王建国");
        assertThat(vm.isDirty()).as("typed back to the saved value").isFalse();

        assertThat(settings.get(SettingKey.CONTACT_PERSON)).isEqualTo("王建国");
        assertThat(Messages.locale()).isEqualTo(Messages.CHINESE);
    }

    @Test
    void aLanguageChangeReturnsTrueAndPersists() {
        vm.languageProperty().set(Locale.ENGLISH);

        assertThat(vm.save()).isTrue();

        assertThat(settings.get(SettingKey.UI_LANGUAGE)).isEqualTo("en");
        assertThat(Messages.locale()).isEqualTo(Locale.ENGLISH);
        SettingsViewModel again = new SettingsViewModel(settings);
        again.load();
        assertThat(again.languageProperty().get()).isEqualTo(Locale.ENGLISH);
        assertThat(again.save()).isFalse();

        again.languageProperty().set(Messages.CHINESE);
        assertThat(again.save()).isTrue();
        assertThat(settings.get(SettingKey.UI_LANGUAGE)).isEqualTo("zh_CN");
        assertThat(Messages.locale()).isEqualTo(Messages.CHINESE);
    }

    private long history() {
        return db.dsl().fetchCount(Tables.AUDIT_LOG);
    }
}
