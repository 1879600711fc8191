package cn.fuyuan.desk.cli;

import cn.fuyuan.desk.demo.DemoData;
import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.store.Database;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", description = "write the deterministic demonstration dataset into an empty database")
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    FuYuanCommand root;
    @Spec
    CommandSpec spec;

    @Option(names = "--scale", defaultValue = "1", description = "multiply the dataset (for benchmarks), 1..10000")
    int scale;

    @Option(names = "--seed", defaultValue = "" + DemoData.DEFAULT_SEED, description = "random seed")
    long seed;

    @Override
    public Integer call() {
        try (Database db = Cli.open(root, Database.Mode.WRITE)) {
            Map<String, Integer> counts = DemoData.write(db, scale, seed, null);
            spec.commandLine().getOut().println(Messages.get("demo.done", db.file(), counts.toString()));
        }
        return Cli.OK;
    }
}
