package cn.fuyuan.desk.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real window on an empty data folder: it says what to do first and offers the demonstration data in a folder of
 * its own, so that the real folder never gets a demo record.
 */
class FirstStartUiTest extends AppUiTestBase {
    private final String prefsNode = "cn/fuyuan/desk/test-" + System.nanoTime();

    @BeforeEach
    void ownPreferences() {
        System.setProperty("fuyuan.prefs", prefsNode);
    }

    @AfterEach
    void dropPreferences() throws Exception {
        Preferences.userRoot().node(prefsNode).removeNode();
        System.clearProperty("fuyuan.prefs");
    }

    private static int agencies(Path folder) {
        try (Database db = Database.open(folder, Database.Mode.READ)) {
            return db.dsl().fetchCount(cn.fuyuan.desk.store.jooq.Tables.AGENCY);
        }
    }

    /** The agencies of a folder the window may still be creating and migrating (-1 until it can be read). */
    private static int agenciesWhenReady(Path folder) {
        try {
            return Files.exists(folder.resolve(Database.FILE_NAME)) ? agencies(folder) : -1;
        } catch (RuntimeException e) {
            return -1;
        }
    }

    @Test
    void anEmptyDatabaseSaysWhatToDoFirstAndOpensTheDemoInAFolderOfItsOwn() throws Exception {
        Path real = dataDir.resolve("desk");
        Path demo = dataDir.resolve("desk-demo");
        startApp(real);
        DialogPane guide = awaitDialog();
        assertThat(guide.getId()).isEqualTo("firstStart");
        String steps = ((Label) from(guide).lookup((java.util.function.Predicate<javafx.scene.Node>)
                n -> "firstStart.steps".equals(n.getId())).query()).getText();
        assertThat(steps).contains("设置", "机关名录", "导入", "F1");
        String note = ((Label) from(guide).lookup((java.util.function.Predicate<javafx.scene.Node>)
                n -> "firstStart.demoNote".equals(n.getId())).query()).getText();
        assertThat(note).contains(demo.toString(), real.toString());
        assertThat(guide.getButtonTypes()).extracting(b -> b.getText()).containsExactly("打开演示数据", "先去设置", "录入机关名录", "关闭");

        clickDialogButton(guide, "打开演示数据");

        // the demo folder is created, migrated and filled first: at load 20 that took longer than the usual 20 s
        waitLongUntil(() -> agenciesWhenReady(demo) > 0
                && node("status.data").map(n -> ((Label) n).getText().contains(demo.toString())).orElse(false)
                && node("dashboard.agencies").map(n -> ((Label) n).getText().equals(String.valueOf(agencies(demo)))).orElse(false));
        assertThat(agencies(real)).as("the real folder stays empty").isZero();
        showSection(Section.AGENCIES);
        TableView<?> table = must("agency.table", TableView.class);
        assertThat(table.getItems().toString()).contains("巴彦淖尔市公安局");
        // the real folder is one of the recent ones, to come back to
        assertThat(new RecentFolders(Preferences.userRoot().node(prefsNode)).list()).contains(real.toAbsolutePath().normalize());
    }

    @Test
    void aFolderOpenedFromTheRecentListSpeaksItsOwnLanguageAndGetsTheReminders() throws Exception {
        Path english = dataDir.resolve("english-desk");
        cn.fuyuan.desk.store.DataFolder.ensure(english);
        try (Database db = Database.open(english, Database.Mode.WRITE)) {
            cn.fuyuan.desk.demo.DemoData.write(db, 1, cn.fuyuan.desk.demo.DemoData.DEFAULT_SEED, null);
            new cn.fuyuan.desk.settings.SettingsRepository(db).put(cn.fuyuan.desk.settings.SettingKey.UI_LANGUAGE, "en");
        }
        new RecentFolders(Preferences.userRoot().node(prefsNode)).add(english);
        withDemoData();
        startApp();
        cn.fuyuan.desk.reminders.ReminderNotifier first = ((FuYuanApp) app).notifier();
        assertThat(first.running()).isTrue();
        javafx.scene.control.Menu file = must("menubar", javafx.scene.control.MenuBar.class).getMenus().get(0);
        fx(() -> {
            file.getOnShowing().handle(null);
            javafx.scene.control.Menu recent = (javafx.scene.control.Menu) file.getItems().stream()
                    .filter(i -> "menu.recent".equals(i.getId())).findFirst().orElseThrow();
            recent.getItems().stream().filter(i -> i.getText().equals(english.toAbsolutePath().normalize().toString()))
                    .findFirst().orElseThrow().fire();
            return null;
        });
        waitUntil(() -> node("status.data").map(n -> ((Label) n).getText().contains(english.toString())).orElse(false));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(); // the rest of the switch, after the new window is shown
        // the folder's settings say English: the window speaks it, not the language the other folder was shown in
        assertThat(must("menubar", javafx.scene.control.MenuBar.class).getMenus().get(0).getText()).isEqualTo("_File");
        // the reminders of the closed database stopped; the new folder's run
        assertThat(first.running()).isFalse();
        assertThat(((FuYuanApp) app).notifier()).isNotSameAs(first);
        assertThat(((FuYuanApp) app).notifier().running()).isTrue();
    }

    @Test
    void closeLeavesTheDatabaseEmptyAndSettingsOpensTheSettings() throws Exception {
        startApp();
        clickDialogButton(awaitDialog(), "先去设置");
        waitUntil(() -> node("section-SETTINGS").map(n -> n.getScene() != null).orElse(false));
        assertThat(agenciesInFile()).isZero();
        showSection(Section.AGENCIES);
        assertThat(must("agency.table", TableView.class).getItems()).isEmpty();
    }
}
