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
import java.util.List;
import java.util.concurrent.Callable;
import cn.fuyuan.desk.suggestion.ChaseLetterReport;
import cn.fuyuan.desk.suggestion.Suggestion;
import cn.fuyuan.desk.suggestion.SuggestionLetterReport;
import cn.fuyuan.desk.suggestion.SuggestionRegisterReport;
import cn.fuyuan.desk.suggestion.SuggestionRepository;
import net.sf.jasperreports.engine.JasperPrint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "report", description = "write a document as PDF, DOCX or XLSX (by the file's extension)",
        subcommands = {ReportCommand.Agencies.class, ReportCommand.Letter.class, ReportCommand.Chase.class,
            ReportCommand.Register.class, ReportCommand.Minutes.class, ReportCommand.Items.class, ReportCommand.Bulletin.class, ReportCommand.Notices.class,
            WhitePaperCommand.class})
final class ReportCommand {
    @ParentCommand
    FuYuanCommand root;

    @Command(name = "agencies", description = "the agency directory (机关名录)")
    static final class Agencies implements Callable<Integer> {
        @ParentCommand
        ReportCommand parent;
        @Spec
        CommandSpec spec;
        @picocli.CommandLine.Mixin
        Pdfa pdfa;

        @Option(names = "--out", required = true, paramLabel = "FILE.pdf|.docx|.xlsx")
        Path out;

        @Option(names = "--include-inactive", description = "also list deactivated agencies")
        boolean includeInactive;

        @Override
        public Integer call() throws Exception {
            DocumentFormat format = format(out);
            try (Database db = Cli.open(parent.root, Database.Mode.READ)) {
                JasperPrint print = AgencyDirectoryReport.fill(ReportService.shared(), new SettingsRepository(db).office(),
                        new AgencyRepository(db).list(includeInactive), LocalDate.now());
                ReportService.shared().export(pdfa.apply(print, db), format, out, ProgressListener.NONE);
                spec.commandLine().getOut().println(Messages.get("report.written", out.toAbsolutePath(), print.getPages().size()));
            }
            return Cli.OK;
        }
    }

    /** {@code --pdfa} on every report command: the PDF written as PDF/A-2b (archival documents are by default). */
    static final class Pdfa {
        @Option(names = "--pdfa", description = "write the PDF as PDF/A-2b (archival); issued letters and minutes always are")
        boolean pdfa;

        JasperPrint apply(JasperPrint print, Database db) {
            if (pdfa || "ALWAYS".equals(new SettingsRepository(db).get(cn.fuyuan.desk.settings.SettingKey.REPORT_PDFA))) {
                ReportService.archival(print, true);
            }
            return print;
        }
    }

    /** The file's format; a PDF's fonts are read while the command reads its data (ReportService.preparePdf). */
    static DocumentFormat format(Path out) {
        DocumentFormat format = DocumentFormat.fromFileName(out);
        if (format == DocumentFormat.PDF) {
            ReportService.preparePdf();
        }
        return format;
    }

    static void written(CommandSpec spec, Path out, JasperPrint print) {
        spec.commandLine().getOut().println(Messages.get("report.written", out.toAbsolutePath(), print.getPages().size()));
    }

    @Command(name = "suggestion", description = "a judicial suggestion letter (司法建议书) by its number")
    static final class Letter implements Callable<Integer> {
        @ParentCommand
        ReportCommand parent;
        @Spec
        CommandSpec spec;
        @picocli.CommandLine.Mixin
        Pdfa pdfa;

        @Option(names = "--number", required = true, paramLabel = "N", description = "e.g. 巴法建〔2025〕3号 (also [2025] 3)")
        String number;

        @Option(names = "--out", required = true, paramLabel = "FILE.pdf|.docx")
        Path out;

        @Override
        public Integer call() {
            DocumentFormat format = format(out);
            try (Database db = Cli.open(parent.root, Database.Mode.READ)) {
                SuggestionRepository repo = new SuggestionRepository(db);
                Suggestion s = repo.findByNumber(number).orElseThrow(() ->
                        new IllegalArgumentException(Messages.get("suggestion.noSuchNumber", number)));
                JasperPrint print = SuggestionLetterReport.fill(ReportService.shared(), new SettingsRepository(db).office(), s,
                        repo.attachments(s.id()).stream().map(SuggestionRepository.AttachmentInfo::fileName).toList());
                ReportService.shared().export(pdfa.apply(print, db), format, out, ProgressListener.NONE);
                written(spec, out, print);
            }
            return Cli.OK;
        }
    }

    @Command(name = "chase", description = "chase letters (催办函), one page per overdue suggestion letter")
    static final class Chase implements Callable<Integer> {
        @ParentCommand
        ReportCommand parent;
        @Spec
        CommandSpec spec;
        @picocli.CommandLine.Mixin
        Pdfa pdfa;

        @Option(names = "--overdue", required = true, description = "every letter overdue on the day")
        boolean overdue;

        @Option(names = "--as-of", paramLabel = "yyyy-MM-dd", description = "the day (default today)")
        LocalDate asOf;

        @Option(names = "--out", required = true, paramLabel = "FILE.pdf|.docx")
        Path out;

        @Option(names = "--record-sent", paramLabel = "METHOD",
                description = "record on every letter printed that a 催办函 was sent on the day, by this method (邮寄, 直接送达 …)")
        String recordSent;

        @Override
        public Integer call() {
            DocumentFormat format = format(out);
            LocalDate day = asOf == null ? LocalDate.now() : asOf;
            try (Database db = Cli.open(parent.root, recordSent == null ? Database.Mode.READ : Database.Mode.WRITE)) {
                List<Suggestion> letters = ChaseLetterReport.overdue(new SuggestionRepository(db).list(), day);
                if (letters.isEmpty()) {
                    spec.commandLine().getOut().println(Messages.get("suggestion.noneOverdue", day));
                    return Cli.OK;
                }
                JasperPrint print = ChaseLetterReport.fill(ReportService.shared(), new SettingsRepository(db).office(), letters, day);
                ReportService.shared().export(pdfa.apply(print, db), format, out, ProgressListener.NONE);
                written(spec, out, print);
                if (recordSent != null) {
                    new cn.fuyuan.desk.suggestion.ChaseLogRepository(db).record(letters.stream().map(Suggestion::id).toList(), day, recordSent);
                    spec.commandLine().getOut().println(Messages.get("suggestion.chaseRecorded", letters.size(), day, recordSent.strip()));
                }
            }
            return Cli.OK;
        }
    }

    @Command(name = "register", description = "the register of suggestion letters (司法建议台账) of a year")
    static final class Register implements Callable<Integer> {
        @ParentCommand
        ReportCommand parent;
        @Spec
        CommandSpec spec;
        @picocli.CommandLine.Mixin
        Pdfa pdfa;

        @Option(names = "--year", required = true, paramLabel = "Y")
        int year;

        @Option(names = "--as-of", paramLabel = "yyyy-MM-dd", description = "figures and overdue marks as of this day (default today)")
        LocalDate asOf;

        @Option(names = "--out", required = true, paramLabel = "FILE.pdf|.xlsx|.docx")
        Path out;

        @Override
        public Integer call() {
            DocumentFormat format = format(out);
            try (Database db = Cli.open(parent.root, Database.Mode.READ)) {
                JasperPrint print = SuggestionRegisterReport.fill(ReportService.shared(), new SettingsRepository(db).office(),
                        new SuggestionRepository(db), year, asOf == null ? LocalDate.now() : asOf);
                ReportService.shared().export(pdfa.apply(print, db), format, out, ProgressListener.NONE);
                written(spec, out, print);
            }
            return Cli.OK;
        }
    }

    @Command(name = "minutes", description = "the minutes (会议纪要) of one meeting, GB/T 9704 layout")
    static final class Minutes implements Callable<Integer> {
        @ParentCommand
        ReportCommand parent;
        @Spec
        CommandSpec spec;
        @picocli.CommandLine.Mixin
        Pdfa pdfa;

        @Option(names = "--meeting", required = true, paramLabel = "ID|NUMBER", description = "the meeting's id or number, e.g. 〔2025〕3号")
        String meeting;

        @Option(names = "--out", required = true, paramLabel = "FILE.pdf|.docx")
        Path out;

        @Override
        public Integer call() throws Exception {
            DocumentFormat format = format(out);
            try (Database db = Cli.open(parent.root, Database.Mode.READ)) {
                cn.fuyuan.desk.meeting.MeetingRepository repo = new cn.fuyuan.desk.meeting.MeetingRepository(db);
                cn.fuyuan.desk.meeting.Meeting m = repo.findByIdOrNumber(meeting).orElseThrow(() ->
                        new cn.fuyuan.desk.store.ValidationException(cn.fuyuan.desk.store.Problem.ofField("--meeting",
                                Messages.get("meeting.notFound", meeting))));
                SettingsRepository settings = new SettingsRepository(db);
                JasperPrint print = cn.fuyuan.desk.meeting.MinutesReport.fill(ReportService.shared(), repo, m,
                        settings.get(cn.fuyuan.desk.settings.SettingKey.MEETING_MINUTES_TITLE), settings.office().officeName());
                ReportService.shared().export(pdfa.apply(print, db), format, out, ProgressListener.NONE);
                spec.commandLine().getOut().println(Messages.get("report.written", out.toAbsolutePath(), print.getPages().size()));
            }
            return Cli.OK;
        }
    }

    @Command(name = "items", description = "the follow-up table of agreed items by responsible unit (督办表)")
    static final class Items implements Callable<Integer> {
        @ParentCommand
        ReportCommand parent;
        @Spec
        CommandSpec spec;
        @picocli.CommandLine.Mixin
        Pdfa pdfa;

        @Option(names = "--open", description = "only items not done (未开始, 推进中)")
        boolean open;

        @Option(names = "--unit", paramLabel = "NAME", description = "only units whose name contains NAME")
        String unit;

        @Option(names = "--as-of", paramLabel = "yyyy-MM-dd", description = "the date overdue is judged on (default today)")
        LocalDate asOf;

        @Option(names = "--out", required = true, paramLabel = "FILE.pdf|.xlsx|.docx")
        Path out;

        @Override
        public Integer call() throws Exception {
            DocumentFormat format = format(out);
            LocalDate day = asOf == null ? LocalDate.now() : asOf;
            try (Database db = Cli.open(parent.root, Database.Mode.READ)) {
                var rows = cn.fuyuan.desk.meeting.FollowUpTable.rows(new cn.fuyuan.desk.meeting.MeetingRepository(db), day, open, unit);
                String scope = (open ? "未办结事项" : "全部事项") + (unit == null || unit.isBlank() ? "" : "　承办单位含“" + unit.strip() + "”");
                JasperPrint print = cn.fuyuan.desk.meeting.FollowUpTable.fill(ReportService.shared(),
                        new SettingsRepository(db).office().courtName(), rows, day, scope);
                ReportService.shared().export(pdfa.apply(print, db), format, out, ProgressListener.NONE);
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
        @picocli.CommandLine.Mixin
        Pdfa pdfa;

        @Option(names = "--period", required = true, paramLabel = "2025Q3|2025")
        String period;

        @Option(names = "--out", required = true, paramLabel = "FILE.pdf|.docx|.xlsx")
        Path out;

        @Override
        public Integer call() throws Exception {
            DocumentFormat format = format(out);
            cn.fuyuan.desk.appearance.Period p = cn.fuyuan.desk.appearance.Period.parse(period);
            try (Database db = Cli.open(parent.root, Database.Mode.READ)) {
                cn.fuyuan.desk.appearance.StatsData.Settings s = cn.fuyuan.desk.appearance.StatsData.Settings.of(db);
                cn.fuyuan.desk.appearance.Bulletin b = cn.fuyuan.desk.appearance.Bulletin.of(db, p, s.unit(), s.scope());
                JasperPrint print = cn.fuyuan.desk.appearance.BulletinReport.fill(ReportService.shared(),
                        new SettingsRepository(db).office(), b, LocalDate.now());
                ReportService.shared().export(pdfa.apply(print, db), format, out, ProgressListener.NONE);
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
        @picocli.CommandLine.Mixin
        Pdfa pdfa;

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
            DocumentFormat format = format(out);
            try (Database db = Cli.open(parent.root, Database.Mode.READ)) {
                cn.fuyuan.desk.settings.OfficeSettings office = new SettingsRepository(db).office();
                java.util.List<cn.fuyuan.desk.caseload.NoticeLetters.Letter> letters = reminders
                        ? cn.fuyuan.desk.caseload.NoticeLetters.reminders(db, office, from, to, LocalDate.now())
                        : cn.fuyuan.desk.caseload.NoticeLetters.hearingNotices(db, office, from, to, LocalDate.now());
                JasperPrint print = cn.fuyuan.desk.caseload.NoticeLetters.fill(ReportService.shared(), letters);
                ReportService.shared().export(pdfa.apply(print, db), format, out, ProgressListener.NONE);
                spec.commandLine().getOut().println(Messages.get("report.written", out.toAbsolutePath(), print.getPages().size()));
            }
            return Cli.OK;
        }
    }
}
