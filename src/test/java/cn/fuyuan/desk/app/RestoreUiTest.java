package cn.fuyuan.desk.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.store.AutoBackup;
import cn.fuyuan.desk.store.BackupFile;
import cn.fuyuan.desk.store.Database;
import java.time.LocalDateTime;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

/** The window backs up on its first start of a day, and 文件 → 恢复 lists the backups to choose from. */
class RestoreUiTest extends AppUiTestBase {

    @Test
    void theFirstStartOfTheDayBacksUpAndTheRestoreDialogListsTheBackups() throws Exception {
        withDemoData();
        AutoBackup.now(dataDir, AutoBackup.Retention.DEFAULT, LocalDateTime.now().minusDays(1));
        startApp();
        // the day's own backup, beside yesterday's, written in the background
        waitUntil(() -> BackupFile.list(dataDir).stream().filter(b -> b.kind() == BackupFile.Kind.AUTO).count() == 2);

        clickOn("文件(F)");
        clickOn("从备份恢复(T)…");
        DialogPane pane = awaitDialog();
        TableView<?> list = (TableView<?>) from(pane).lookup((java.util.function.Predicate<javafx.scene.Node>)
                n -> "restore.list".equals(n.getId())).query();
        assertThat(list).isNotNull();
        assertThat(list.getItems()).hasSize(2);
        assertThat(list.getItems().get(0)).isInstanceOfSatisfying(BackupFile.class, b -> {
            assertThat(b.takenAt().toLocalDate()).isEqualTo(java.time.LocalDate.now());
            assertThat(b.schemaVersion()).isEqualTo(Database.latestKnownVersion());
        });
        assertThat(list.getColumns()).extracting(c -> c.getText()).containsExactly("时间", "类型", "大小", "结构版本");
        clickDialogButton(pane, "取消");
    }
}
