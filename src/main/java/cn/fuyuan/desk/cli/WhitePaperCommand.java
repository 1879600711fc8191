package cn.fuyuan.desk.cli;

import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.report.DocumentFormat;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.whitepaper.WhitePaper;
import cn.fuyuan.desk.whitepaper.WhitePaperDocument;
import cn.fuyuan.desk.whitepaper.WhitePaperService;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code report whitepaper}: the saved white paper of a year, or a fresh draft when there is none. */
@Command(name = "whitepaper", description = "the annual white paper (行政审判白皮书) of a year: the saved one, or a fresh draft")
final class WhitePaperCommand implements Callable<Integer> {
    @ParentCommand
    ReportCommand parent;
    @Spec
    CommandSpec spec;

    @Option(names = "--year", required = true, paramLabel = "Y")
    int year;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf|.docx|.xlsx")
    Path out;

    @Option(names = "--pdfa", description = "archival PDF/A-1b (PDF only)")
    boolean pdfa;

    @Option(names = "--as-of", paramLabel = "yyyy-MM-dd", description = "for a fresh draft: count replies up to this day (default today)")
    LocalDate asOf;

    @Override
    public Integer call() {
        DocumentFormat format = ReportCommand.format(out);
        if (pdfa && format != DocumentFormat.PDF) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), Messages.get("whitepaper.pdfaOnlyPdf", out));
        }
        try (Database db = Cli.open(parent.root, Database.Mode.READ)) {
            WhitePaperService service = new WhitePaperService(db);
            WhitePaper p = service.current(year, asOf == null ? LocalDate.now() : asOf);
            WhitePaperDocument.write(p, service.printOptions(), out, pdfa);
            spec.commandLine().getOut().println(Messages.get(p.id() == null ? "whitepaper.writtenDraft" : "whitepaper.writtenSaved",
                    out.toAbsolutePath(), p.title(), p.isFinal() ? Messages.get("whitepaper.state.FINAL") : Messages.get("whitepaper.state.DRAFT")));
        }
        return Cli.OK;
    }
}
