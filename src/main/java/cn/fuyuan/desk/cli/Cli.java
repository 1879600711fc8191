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
import java.nio.file.Files;
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
        // --from, --to, --as-of …: the dates a clerk types, as in the window and the imports
        cl.registerConverter(java.time.LocalDate.class, s -> cn.fuyuan.desk.i18n.DateInput.parse(s)
                .orElseThrow(() -> new CommandLine.TypeConversionException(cn.fuyuan.desk.i18n.DateInput.cellRefusal(s))));
        cl.setParameterExceptionHandler((ex, args) -> {
            err.println(ex.getMessage());
            ex.getCommandLine().usage(err);
            return BAD_INPUT;
        });
        cl.setExecutionStrategy(parseResult -> {
            if (parseResult.hasSubcommand()) {
                Logging.fileOnly(); // a command: its log lines go to the data folder's log, not between its messages
            }
            return new CommandLine.RunLast().execute(parseResult);
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
        if (mode == Database.Mode.WRITE || Files.exists(dir.resolve(Database.FILE_NAME))) {
            // before opening, so that a copy-aside and migration the open does are in the log too; a
            // reader of a folder with no database creates nothing (Database.open refuses it)
            Logging.attachFile(dir);
        }
        return Database.open(dir, mode);
    }
}
