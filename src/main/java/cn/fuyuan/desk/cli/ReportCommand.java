package cn.fuyuan.desk.cli;

import cn.fuyuan.desk.agency.AgencyDirectoryReport;
import cn.fuyuan.desk.agency.AgencyRepository;
import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.report.DocumentFormat;
import cn.fuyuan.desk.report.ProgressListener;
import cn.fuyuan.desk.report.ReportService;
import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.store.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import net.sf.jasperreports.engine.JasperPrint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "report", description = "write a document as PDF, DOCX or XLSX (by the file's extension)",
        subcommands = {ReportCommand.Agencies.class, ReportCommand.Bulletin.class, ReportCommand.Notices.class})
final class ReportCommand {
    @ParentCommand
    FuYuanCommand root;

    @Command(name = "agencies", description = "the agency directory (机关名录)")
    static final class Agencies implements Callable<Integer> {
        @ParentCommand
        ReportCommand parent;
        @Spec
        CommandSpec spec;

        @Option(names = "--out", required = true, paramLabel = "FILE.pdf|.docx|.xlsx")
        Path out;

        @Option(names = "--include-inactive", description = "also list deactivated agencies")
        boolean includeInactive;

        @Override
        public Integer call() throws Exception {
            DocumentFormat format = DocumentFormat.fromFileName(out);
            try (Database db = Cli.open(parent.root, Database.Mode.READ)) {
                JasperPrint print = AgencyDirectoryReport.fill(ReportService.shared(), new SettingsRepository(db).office(),
                        new AgencyRepository(db).list(includeInactive), LocalDate.now());
                ReportService.shared().export(print, format, out, ProgressListener.NONE);
                spec.commandLine().getOut().println(Messages.get("report.written", out.toAbsolutePath(), print.getPages().size()));
            }
            return Cli.OK;
        }
    }

    @Command(name = "bulletin", description = "the quarterly (or yearly) bulletin of agency heads' court appearances (出庭应诉情况通报)")
    static final class Bulletin implements Callable<Integer> {
        @ParentCommand
        ReportCommand parent;
        @Spec
        CommandSpec spec;

        @Option(names = "--period", required = true, paramLabel = "2025Q3|2025")
        String period;

        @Option(names = "--out", required = true, paramLabel = "FILE.pdf|.docx|.xlsx")
        Path out;

        @Override
        public Integer call() throws Exception {
            DocumentFormat format = DocumentFormat.fromFileName(out);
            cn.fuyuan.desk.appearance.Period p = cn.fuyuan.desk.appearance.Period.parse(period);
            try (Database db = Cli.open(parent.root, Database.Mode.READ)) {
                cn.fuyuan.desk.appearance.StatsData.Settings s = cn.fuyuan.desk.appearance.StatsData.Settings.of(db);
                cn.fuyuan.desk.appearance.Bulletin b = cn.fuyuan.desk.appearance.Bulletin.of(db, p, s.unit(), s.scope());
                JasperPrint print = cn.fuyuan.desk.appearance.BulletinReport.fill(ReportService.shared(),
                        new SettingsRepository(db).office(), b, LocalDate.now());
                ReportService.shared().export(print, format, out, ProgressListener.NONE);
                spec.commandLine().getOut().println(Messages.get("report.written", out.toAbsolutePath(), print.getPages().size()));
            }
            return Cli.OK;
        }
    }

    @Command(name = "notices", description = "出庭应诉通知书 for every defendant at every hearing in a date range (or, with --reminders, "
            + "提示函 for absences without a legitimate reason)")
    static final class Notices implements Callable<Integer> {
        @ParentCommand
        ReportCommand parent;
        @Spec
        CommandSpec spec;

        @Option(names = "--from", required = true, paramLabel = "yyyy-MM-dd")
        LocalDate from;

        @Option(names = "--to", required = true, paramLabel = "yyyy-MM-dd")
        LocalDate to;

        @Option(names = "--reminders", description = "print 提示函 instead of notices")
        boolean reminders;

        @Option(names = "--out", required = true, paramLabel = "FILE.pdf|.docx|.xlsx")
        Path out;

        @Override
        public Integer call() throws Exception {
            DocumentFormat format = DocumentFormat.fromFileName(out);
            try (Database db = Cli.open(parent.root, Database.Mode.READ)) {
                cn.fuyuan.desk.settings.OfficeSettings office = new SettingsRepository(db).office();
                java.util.List<cn.fuyuan.desk.caseload.NoticeLetters.Letter> letters = reminders
                        ? cn.fuyuan.desk.caseload.NoticeLetters.reminders(db, office, from, to, LocalDate.now())
                        : cn.fuyuan.desk.caseload.NoticeLetters.hearingNotices(db, office, from, to, LocalDate.now());
                JasperPrint print = cn.fuyuan.desk.caseload.NoticeLetters.fill(ReportService.shared(), letters);
                ReportService.shared().export(print, format, out, ProgressListener.NONE);
                spec.commandLine().getOut().println(Messages.get("report.written", out.toAbsolutePath(), print.getPages().size()));
            }
            return Cli.OK;
        }
    }
}
