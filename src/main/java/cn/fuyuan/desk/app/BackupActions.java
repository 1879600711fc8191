package cn.fuyuan.desk.app;

import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.Dialogs;
import cn.fuyuan.desk.ui.Ui;
import cn.fuyuan.desk.store.Backup;
import java.io.File;
import java.nio.file.Path;
import javafx.concurrent.Task;
import javafx.stage.FileChooser;

/** The 备份 and 恢复 menu actions: choose a file or a backup, run the work in a job, report the outcome. */
final class BackupActions {
    private final AppContext ctx;
    private final Runnable reloadAll;

    /** {@code reloadAll} makes the window's sections reload after a restore. */
    BackupActions(AppContext ctx, Runnable reloadAll) {
        this.ctx = ctx;
        this.reloadAll = reloadAll;
    }

    /** The folder the backup dialog opens in: the data folder's backups/, made if the first automatic backup has not yet. */
    static File backupFolder(Path dataDir) {
        File backups = dataDir.resolve(cn.fuyuan.desk.store.Database.BACKUP_FOLDER).toFile();
        try {
            java.nio.file.Files.createDirectories(backups.toPath());
        } catch (java.io.IOException | RuntimeException e) {
            // an unwritable data folder: the dialog opens where the system chooses, the backup reports its own failure
        }
        return backups;
    }

    void backup() {
        FileChooser fc = new FileChooser();
        fc.setTitle(Ui.plain(Ui.t("menu.backup")));
        fc.setInitialFileName("fuyuan-backup-" + java.time.LocalDate.now() + ".db");
        File backups = backupFolder(ctx.db().dataDir());
        if (backups.isDirectory()) {
            fc.setInitialDirectory(backups);
        }
        File f = fc.showSaveDialog(ctx.stage());
        if (f == null) {
            return;
        }
        Path out = f.toPath();
        ctx.jobs().run(Ui.plain(Ui.t("menu.backup")), new Task<Void>() {
            @Override
            protected Void call() {
                updateProgress(-1, 1);
                Backup.backup(ctx.db().dataDir(), out);
                return null;
            }
        }, v -> Dialogs.info(ctx.stage(), Ui.t("backup.done", out)), t -> Dialogs.error(ctx.stage(), t));
    }

    void restore() {
        Path folder = ctx.db().dataDir().resolve(cn.fuyuan.desk.store.Database.BACKUP_FOLDER);
        ctx.jobs().run(Ui.plain(Ui.t("menu.restore")), new Task<java.util.List<cn.fuyuan.desk.store.BackupFile>>() {
            @Override
            protected java.util.List<cn.fuyuan.desk.store.BackupFile> call() {
                updateProgress(-1, 1);
                return cn.fuyuan.desk.store.BackupFile.list(ctx.db().dataDir());
            }
        }, list -> RestoreDialog.choose(ctx.stage(), folder, list)
                .filter(p -> Dialogs.confirm(ctx.stage(), Ui.t("restore.confirm", p)))
                .ifPresent(this::restore), t -> Dialogs.error(ctx.stage(), t));
    }

    private void restore(Path in) {
        ctx.jobs().run(Ui.plain(Ui.t("menu.restore")), new Task<Path>() {
            @Override
            protected Path call() {
                updateProgress(-1, 1);
                Path aside = Backup.restore(ctx.db(), in);
                ctx.db().migrate();
                return aside;
            }
        }, aside -> {
            reloadAll.run();
            Dialogs.info(ctx.stage(), Ui.t("restore.done", in, aside, ctx.db().schemaVersion()));
        }, t -> Dialogs.error(ctx.stage(), t));
    }
}
