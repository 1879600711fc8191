package cn.fuyuan.desk.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.store.ValidationException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings screen's lists and its pattern hints, against a real SQLite file. No window. */
class ReferenceListViewModelTest {
    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        Messages.setLocale(Messages.CHINESE);
        db = Database.open(dir, Database.Mode.WRITE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void addRenameToggleAndRemoveEachReadTheListAgain() {
        ReferenceListViewModel vm = new ReferenceListViewModel(db, ReferenceList.Kind.REGION);
        vm.reload();
        int before = vm.items().size();
        vm.add("测试旗");
        assertThat(vm.items()).hasSize(before + 1).anyMatch(i -> i.name().equals("测试旗") && i.active());
        RefItem added = vm.items().stream().filter(i -> i.name().equals("测试旗")).findFirst().orElseThrow();
        vm.rename(added, "测试新旗");
        RefItem renamed = vm.items().stream().filter(i -> i.id().equals(added.id())).findFirst().orElseThrow();
        assertThat(renamed.name()).isEqualTo("测试新旗");
        vm.toggleActive(renamed);
        assertThat(vm.items()).anyMatch(i -> i.id().equals(added.id()) && !i.active());
        assertThatThrownBy(() -> vm.add(vm.items().get(0).name())).isInstanceOf(ValidationException.class);
        assertThat(vm.remove(renamed)).isEqualTo(Messages.get("settings.removed", "测试新旗"));
        assertThat(vm.items()).hasSize(before);
        assertThat(vm.table()).isEqualTo("region");
        assertThat(new ReferenceListViewModel(db, ReferenceList.Kind.FIELD).table()).isEqualTo("work_field");
    }

    @Test
    void aPatternSettingIsShownByWhatItPrints() {
        assertThat(SettingsViewModel.isPattern(SettingKey.MEETING_NUMBER_FORMAT)).isTrue();
        assertThat(SettingsViewModel.isPattern(SettingKey.WHITEPAPER_TITLE)).isTrue();
        assertThat(SettingsViewModel.isPattern(SettingKey.MEETING_MINUTES_TITLE)).isFalse();
        assertThat(SettingsViewModel.example("〔{year}〕{n}号", 2026, 12, null)).isEqualTo("〔2026〕12号");
        assertThat(SettingsViewModel.example("{court}行政审判白皮书（{year}年）", 2026, 1, "巴彦淖尔市中级人民法院"))
                .isEqualTo("巴彦淖尔市中级人民法院行政审判白皮书（2026年）");
        assertThat(SettingsViewModel.example("{court}白皮书", 2026, 1, " ")).isEqualTo("（法院名称）白皮书");
        for (SettingKey k : SettingKey.values()) {
            assertThat(Messages.get(k.labelKey())).as("the label of %s shows no pattern syntax", k).doesNotContain("{");
            Messages.setLocale(java.util.Locale.ENGLISH);
            assertThat(Messages.get(k.labelKey())).as("the English label of %s", k).doesNotContain("{");
            Messages.setLocale(Messages.CHINESE);
        }
    }
}
