package cn.fuyuan.desk.cli;

import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.search.SearchIndex;
import cn.fuyuan.desk.store.Backup;
import cn.fuyuan.desk.store.Database;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", description = "integrity_check, foreign_key_check, the schema version, and the tables, columns and indexes the migrations define")
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    FuYuanCommand root;
    @Spec
    CommandSpec spec;

    @Option(names = "--repair", description = "rebuild the search index from the records (one transaction)")
    boolean repair;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Database db = Cli.open(root, repair ? Database.Mode.WRITE : Database.Mode.READ)) {
            if (repair) {
                int rows = db.write(SearchIndex::rebuild);
                out.println(Messages.get("check.searchRebuilt", rows));
            }
            List<String> problems = new ArrayList<>(Backup.check(db.file()));
            // opening applies what is missing; a file that still lacks a migration is not fine
            Backup.missingMigrations(db.file()).forEach(v -> problems.add(Messages.get("check.missingMigration", v)));
            List<String> search = new SearchIndex(db).check();
            problems.addAll(search);
            out.println(Messages.get("check.file", db.file()));
            out.println(Messages.get("check.schema", db.schemaVersion(), Database.latestKnownVersion()));
            if (problems.isEmpty()) {
                out.println("integrity_check: ok");
                out.println("foreign_key_check: ok");
                out.println(Messages.get("check.structureOk", Database.knownMigrationLabels()));
                out.println("search index: ok");
                out.println("ok");
                return Cli.OK;
            }
            problems.forEach(p -> spec.commandLine().getErr().println(p));
            if (!search.isEmpty()) {
                spec.commandLine().getErr().println(Messages.get("check.searchRepair"));
            }
            return Cli.BAD_INPUT;
        }
    }
}
