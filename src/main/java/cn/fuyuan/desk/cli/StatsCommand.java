package cn.fuyuan.desk.cli;

import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.suggestion.SuggestionRepository;
import cn.fuyuan.desk.suggestion.SuggestionStats;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "stats", description = "figures as JSON or CSV (domain.md §8)", subcommands = {StatsCommand.Suggestions.class})
final class StatsCommand {
    @ParentCommand
    FuYuanCommand root;

    /** Output format. */
    enum Format { json, csv }

    @Command(name = "suggestions", description = "suggestion letters issued in a year: issued, replied, on time, overdue, adoption, reply rate")
    static final class Suggestions implements Callable<Integer> {
        @ParentCommand
        StatsCommand parent;
        @Spec
        CommandSpec spec;

        @Option(names = "--year", required = true, paramLabel = "Y")
        int year;

        @Option(names = "--by", paramLabel = "recipient|field|type|overall", defaultValue = "overall")
        SuggestionStats.GroupBy by;

        @Option(names = "--as-of", paramLabel = "yyyy-MM-dd", description = "count replies dated up to this day (default today)")
        LocalDate asOf;

        @Option(names = "--format", defaultValue = "json", paramLabel = "json|csv")
        Format format;

        @Override
        public Integer call() throws Exception {
            try (Database db = Cli.open(parent.root, Database.Mode.READ)) {
                List<SuggestionStats.Figures> figures = SuggestionStats.compute(new SuggestionRepository(db).statLetters(),
                        year, asOf == null ? LocalDate.now() : asOf, by);
                write(spec.commandLine().getOut(), figures, format);
            }
            return Cli.OK;
        }
    }

    static final List<String> KEYS = List.of("group", "issued", "replied", "onTime", "overdue", "adopted",
            "partlyAdopted", "notAdopted", "replyRate");

    static Map<String, Object> row(SuggestionStats.Figures f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("group", f.group());
        m.put("issued", f.issued());
        m.put("replied", f.replied());
        m.put("onTime", f.onTime());
        m.put("overdue", f.overdue());
        m.put("adopted", f.adopted());
        m.put("partlyAdopted", f.partlyAdopted());
        m.put("notAdopted", f.notAdopted());
        m.put("replyRate", f.replyRate());
        return m;
    }

    static void write(PrintWriter out, List<SuggestionStats.Figures> figures, Format format) throws Exception {
        if (format == Format.json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            figures.forEach(f -> rows.add(row(f)));
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
        } else {
            out.println(String.join(",", KEYS));
            for (SuggestionStats.Figures f : figures) {
                List<String> cells = new ArrayList<>();
                row(f).values().forEach(v -> cells.add(csv(v == null ? "" : v.toString())));
                out.println(String.join(",", cells));
            }
        }
        out.flush();
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
