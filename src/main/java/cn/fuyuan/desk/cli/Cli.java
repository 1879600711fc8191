package cn.fuyuan.desk.cli;

import cn.fuyuan.desk.store.Logging;
import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.importing.ImportFileException;
import cn.fuyuan.desk.report.ReportCancelledException;
import cn.fuyuan.desk.store.DataFolder;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.store.StoreException;
import cn.fuyuan.desk.store.ValidationException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Runs the command line; the exit codes are 0 done, 1 bad input, 2 internal error. */
public final class Cli {
    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int INTERNAL = 2;
    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    public static CommandLine commandLine(FuYuanCommand.GuiLauncher gui, PrintWriter out, PrintWriter err) {
        FuYuanCommand root = new FuYuanCommand();
        root.gui = gui;
        CommandLine cl = new CommandLine(root);
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, args) -> {
            err.println(ex.getMessage());
            ex.getCommandLine().usage(err);
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (isBadInput(ex)) {
                err.println(ex.getMessage());
                return BAD_INPUT;
            }
            LOG.error("Command failed", ex);
            err.println(Messages.get("cli.internalError", String.valueOf(ex)));
            return INTERNAL;
        });
        return cl;
    }

    static boolean isBadInput(Throwable ex) {
        return ex instanceof ValidationException || ex instanceof ImportFileException || ex instanceof StoreException
                || ex instanceof ReportCancelledException || ex instanceof IllegalArgumentException;
    }

    public static int run(String[] args, FuYuanCommand.GuiLauncher gui, PrintWriter out, PrintWriter err) {
        return commandLine(gui, out, err).execute(args);
    }

    /** Shared by every command: the data folder, opened for reading or writing, with its log file. */
    static Database open(FuYuanCommand root, Database.Mode mode) {
        root.applyLanguage();
        Path dir = DataFolder.resolve(root.data);
        Database db = Database.open(dir, mode);
        Logging.attachFile(dir);
        return db;
    }
}
