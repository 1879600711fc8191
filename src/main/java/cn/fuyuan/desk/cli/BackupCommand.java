package cn.fuyuan.desk.cli;

import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.store.AutoBackup;
import cn.fuyuan.desk.store.Backup;
import cn.fuyuan.desk.store.DataFolder;
import cn.fuyuan.desk.store.Database;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "backup", description = "copy the database with SQLite's online backup (consistent while the window is open):"
        + " to --out FILE, or with --rotate into backups/ keeping the newest of the last days, weeks and months (for a scheduled task)")
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    FuYuanCommand root;
    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--out", paramLabel = "FILE", description = "write the backup to this file")
        Path out;

        @Option(names = "--rotate", description = "an automatic backup into backups/, then the rotation of the settings"
                + " (backup.keepDaily / keepWeekly / keepMonthly)")
        boolean rotate;
    }

    @Override
    public Integer call() {
        root.applyLanguage();
        if (target.rotate) {
            AutoBackup.Outcome outcome;
            try (Database db = Cli.open(root, Database.Mode.READ)) {
                outcome = AutoBackup.now(db.dataDir(), new SettingsRepository(db).backupRetention(), LocalDateTime.now());
            }
            if (outcome.warning().isPresent()) {
                spec.commandLine().getErr().println(outcome.warning().get());
                return Cli.BAD_INPUT;
            }
            spec.commandLine().getOut().println(Messages.get("backup.autoDone", outcome.made().orElseThrow()));
            if (!outcome.removed().isEmpty()) {
                spec.commandLine().getOut().println(Messages.get("backup.rotated", outcome.removed().size()));
            }
            return Cli.OK;
        }
        Path dir = DataFolder.resolve(root.data);
        Backup.backup(dir, target.out);
        spec.commandLine().getOut().println(Messages.get("backup.done", target.out.toAbsolutePath()));
        return Cli.OK;
    }
}
