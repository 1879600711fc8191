package cn.fuyuan.desk.cli;

import cn.fuyuan.desk.agency.AgencyImport;
import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.importing.ImportFileException;
import cn.fuyuan.desk.importing.ImportSummary;
import cn.fuyuan.desk.store.Database;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", description = "import a file (all or nothing)", subcommands = {ImportCommand.Agencies.class, ImportCommand.Suggestions.class, ImportCommand.Hearings.class})
final class ImportCommand {
    @ParentCommand
    FuYuanCommand root;

    static void print(PrintWriter out, ImportSummary s) {
        out.println(Messages.get(s.dryRun() ? "import.summaryDryRun" : "import.summary",
                s.rows(), s.inserted(), s.updated(), s.unchanged(), s.created().isEmpty() ? "—" : s.created().toString()));
    }

    @Command(name = "agencies", description = "import the agency directory from XLSX or CSV (headers 名称, 简称, 所属地区, 领域, 层级, 主要负责人, 职务, 联系电话)")
    static final class Agencies implements Callable<Integer> {
        @ParentCommand
        ImportCommand parent;
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = ".xlsx or .csv (UTF-8)")
        Path file;

        @Option(names = "--create-missing", description = "add regions and fields the file names that do not exist yet")
        boolean createMissing;

        @Option(names = "--dry-run", description = "check and report, write nothing")
        boolean dryRun;

        @Override
        public Integer call() throws ImportFileException {
            try (Database db = Cli.open(parent.root, Database.Mode.WRITE)) {
                ImportSummary s = AgencyImport.run(db, file, createMissing, dryRun);
                print(spec.commandLine().getOut(), s);
            }
            return Cli.OK;
        }
    }

    @Command(name = "suggestions", description = "import the register of suggestion letters (headers 文号, 标题, 类型, 案号, 被建议单位, 抄送, 签发日期, 回复期限, 回复日期, 采纳情况, 状态)")
    static final class Suggestions implements Callable<Integer> {
        @ParentCommand
        ImportCommand parent;
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = ".xlsx or .csv (UTF-8)")
        Path file;

        @Option(names = "--create-missing", description = "add recipients the file names that are not in the agency directory")
        boolean createMissing;

        @Option(names = "--dry-run", description = "check and report, write nothing")
        boolean dryRun;

        @Override
        public Integer call() throws ImportFileException {
            try (Database db = Cli.open(parent.root, Database.Mode.WRITE)) {
                print(spec.commandLine().getOut(), cn.fuyuan.desk.suggestion.SuggestionImport.run(db, file, createMissing, dryRun));
            }
            return Cli.OK;
        }
    }

    @Command(name = "hearings", description = "import cases and hearings from XLSX or CSV, one row per hearing and defendant "
            + "(headers 案号, 法院, 原告, 被告, 案由, 行为类别, 立案日期, 开庭日期, 通知送达日期, 负责人是否出庭, 出庭负责人, 职务, 负责人级别, "
            + "是否出声, 未出庭理由, 情况说明, 应诉人员, 一审结果, 结案日期, optional 败诉原因)")
    static final class Hearings implements Callable<Integer> {
        @ParentCommand
        ImportCommand parent;
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = ".xlsx or .csv (UTF-8)")
        Path file;

        @Option(names = "--create-missing", description = "add courts and agencies the file names that do not exist yet")
        boolean createMissing;

        @Option(names = "--dry-run", description = "check and report, write nothing")
        boolean dryRun;

        @Override
        public Integer call() throws ImportFileException {
            try (Database db = Cli.open(parent.root, Database.Mode.WRITE)) {
                ImportSummary s = cn.fuyuan.desk.caseload.HearingImport.run(db, file, createMissing, dryRun);
                print(spec.commandLine().getOut(), s);
            }
            return Cli.OK;
        }
    }
}
