package cn.fuyuan.desk.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.store.Database;
import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12 §10: the backup dialog opens in the data folder's backups/, also before any automatic backup made it. */
class BackupFolderTest {
    @TempDir
    Path data;

    @Test
    void theBackupDialogsFolderIsBackupsAndExists() {
        assertThat(data.resolve(Database.BACKUP_FOLDER)).doesNotExist();
        File f = MainWindow.backupFolder(data);
        assertThat(f.toPath()).isEqualTo(data.resolve(Database.BACKUP_FOLDER));
        assertThat(f).isDirectory();
    }
}
