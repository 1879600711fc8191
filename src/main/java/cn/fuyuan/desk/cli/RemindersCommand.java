package cn.fuyuan.desk.cli;

import cn.fuyuan.desk.reminders.Reminder;
import cn.fuyuan.desk.reminders.Reminders;
import cn.fuyuan.desk.store.Database;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code reminders}: what the window's 提醒 list shows (the same {@link Reminders#compute}), as JSON or CSV. */
@Command(name = "reminders", description = "what is due: notices not served, letters overdue or due soon, agreed items, meetings")
final class RemindersCommand implements Callable<Integer> {
    static final List<String> KEYS = List.of("kind", "date", "record", "id", "title", "detail", "key");

    @ParentCommand
    FuYuanCommand root;
    @Spec
    CommandSpec spec;

    @Option(names = "--as-of", paramLabel = "yyyy-MM-dd", description = "the day (default today)")
    LocalDate asOf;

    @Option(names = "--days", defaultValue = "" + Reminders.DEFAULT_DAYS, paramLabel = "N",
            description = "how many days ahead for hearings, agreed items and meetings (default 7)")
    int days;

    @Option(names = "--format", defaultValue = "json", paramLabel = "json|csv")
    StatsCommand.Format format;

    @Override
    public Integer call() {
        try (Database db = Cli.open(root, Database.Mode.READ)) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Reminder r : Reminders.compute(db, asOf == null ? LocalDate.now() : asOf, days)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("kind", r.kind().name());
                m.put("date", r.date().toString());
                m.put("record", r.kind().opens().code());
                m.put("id", r.recordId());
                m.put("title", r.title());
                m.put("detail", r.detail());
                m.put("key", r.key());
                rows.add(m);
            }
            StatsCommand.write(spec.commandLine().getOut(), format, KEYS, rows);
        }
        return Cli.OK;
    }
}
