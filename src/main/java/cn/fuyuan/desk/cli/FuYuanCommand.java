package cn.fuyuan.desk.cli;

import cn.fuyuan.desk.i18n.Messages;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code fuyuan-desk [--data DIR] [command]}: without a command it opens the window; with one it runs it
 * and exits 0 (done), 1 (bad input: the message names the file, row and column) or 2 (internal error).
 */
@Command(name = "fuyuan-desk",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = "府院联动工作台 FuYuan Desk",
        subcommands = {
            DemoCommand.class,
            ImportCommand.class,
            ReportCommand.class,
            StatsCommand.class,
            ExportCommand.class,
            SearchCommand.class,
            RemindersCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            CheckCommand.class
        })
public final class FuYuanCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "data folder (default: the OS data folder, or $FUYUAN_DESK_DATA)")
    Path data;

    @Option(names = "--lang", paramLabel = "zh_CN|en", scope = ScopeType.INHERIT,
            description = "language of messages (default zh_CN)")
    String lang;

    @Option(names = "--startup-benchmark",
            description = "open the window, print the milliseconds from JVM start to the first shown frame, and exit")
    boolean startupBenchmark;

    /** What opens the window; set by Main so that the command line never loads JavaFX. */
    GuiLauncher gui;

    /** Opens the window. */
    @FunctionalInterface
    public interface GuiLauncher {
        int launch(Path dataDirOrNull, boolean startupBenchmark);
    }

    void applyLanguage() {
        if (lang != null) {
            Messages.setLocale(Messages.parseLocale(lang));
        }
    }

    @Override
    public Integer call() {
        applyLanguage();
        if (gui == null) {
            throw new IllegalStateException("no window available");
        }
        return gui.launch(data, startupBenchmark);
    }
}
