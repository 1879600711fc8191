package cn.fuyuan.desk.cli;

import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.meeting.IcsExport;
import cn.fuyuan.desk.meeting.MeetingRepository;
import cn.fuyuan.desk.store.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "export", description = "write data for other programs", subcommands = {ExportCommand.Ics.class, ExportCommand.Hearings.class})
final class ExportCommand {
    @ParentCommand
    FuYuanCommand root;

    @Command(name = "ics", description = "an iCalendar file of upcoming meetings and agreed-item deadlines")
    static final class Ics implements Callable<Integer> {
        @ParentCommand
        ExportCommand parent;
        @Spec
        CommandSpec spec;

        @Option(names = "--out", required = true, paramLabel = "FILE.ics")
        Path out;

        @Override
        public Integer call() throws Exception {
            try (Database db = Cli.open(parent.root, Database.Mode.READ)) {
                MeetingRepository repo = new MeetingRepository(db);
                String cal = IcsExport.calendar(repo.list(), repo.items(true), LocalDate.now(), IcsExport.nowUtc());
                IcsExport.write(out, cal);
                long events = cal.lines().filter(l -> l.equals("BEGIN:VEVENT")).count();
                spec.commandLine().getOut().println(Messages.get("meeting.icsWritten", out.toAbsolutePath(), events));
            }
            return Cli.OK;
        }
    }

    @Command(name = "hearings", description = "hearings in the layout of import hearings (one row per hearing and defendant), .xlsx or .csv")
    static final class Hearings implements Callable<Integer> {
        @ParentCommand
        ExportCommand parent;
        @Spec
        CommandSpec spec;

        @Option(names = "--from", paramLabel = "yyyy-MM-dd", description = "first hearing day (default: no bound)")
        LocalDate from;

        @Option(names = "--to", paramLabel = "yyyy-MM-dd", description = "last hearing day (default: no bound)")
        LocalDate to;

        @Option(names = "--out", required = true, paramLabel = "FILE.xlsx|FILE.csv")
        Path out;

        @Override
        public Integer call() throws Exception {
            if (from != null && to != null && to.isBefore(from)) {
                throw new IllegalArgumentException(Messages.get("export.toBeforeFrom", to, from));
            }
            try (Database db = Cli.open(parent.root, Database.Mode.READ)) {
                java.util.List<java.util.List<Object>> rows = cn.fuyuan.desk.caseload.HearingExport.rows(db, from, to);
                cn.fuyuan.desk.importing.TabularWriter.write(out, cn.fuyuan.desk.caseload.HearingImport.HEADERS, rows);
                spec.commandLine().getOut().println(Messages.get("export.hearingsWritten", out.toAbsolutePath(), rows.size()));
            }
            return Cli.OK;
        }
    }
}
