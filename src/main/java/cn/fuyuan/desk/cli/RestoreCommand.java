package cn.fuyuan.desk.cli;

import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.store.Backup;
import cn.fuyuan.desk.store.Database;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "restore", description = "check a backup, keep the current database aside, and restore the backup")
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    FuYuanCommand root;
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
        Path aside;
        try (Database db = Cli.open(root, Database.Mode.WRITE)) {
            aside = Backup.restore(db, file);
        }
        // reopen so that a backup from an older version is migrated now, not at the next start
        try (Database db = Cli.open(root, Database.Mode.WRITE)) {
            spec.commandLine().getOut().println(Messages.get("restore.done", file.toAbsolutePath(), aside, db.schemaVersion()));
        }
        return Cli.OK;
    }
}
