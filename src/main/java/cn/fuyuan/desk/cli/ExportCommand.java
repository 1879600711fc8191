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

@Command(name = "export", description = "write data for other programs", subcommands = {ExportCommand.Ics.class})
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
}
