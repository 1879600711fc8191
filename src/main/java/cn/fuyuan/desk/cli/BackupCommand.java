package cn.fuyuan.desk.cli;

import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.store.Backup;
import cn.fuyuan.desk.store.DataFolder;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "backup", description = "copy the database with SQLite's online backup (consistent while the window is open)")
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    FuYuanCommand root;
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Override
    public Integer call() {
        root.applyLanguage();
        Path dir = DataFolder.resolve(root.data);
        Backup.backup(dir, out);
        spec.commandLine().getOut().println(Messages.get("backup.done", out.toAbsolutePath()));
        return Cli.OK;
    }
}
