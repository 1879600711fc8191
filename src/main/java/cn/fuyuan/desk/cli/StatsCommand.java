package cn.fuyuan.desk.cli;

import cn.fuyuan.desk.appearance.AppearanceStats;
import cn.fuyuan.desk.appearance.Grouping;
import cn.fuyuan.desk.appearance.LossStats;
import cn.fuyuan.desk.appearance.Period;
import cn.fuyuan.desk.appearance.StatsData;
import cn.fuyuan.desk.store.Database;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
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

/** {@code stats appearance} and {@code stats loss}: the figures of domain.md §8 as JSON or CSV. */
@Command(name = "stats", description = "appearance, loss, suggestion-letter and caseload figures (domain.md §8) as JSON or CSV",
        subcommands = {StatsCommand.Appearance.class, StatsCommand.Loss.class, StatsCommand.Suggestions.class,
                StatsCommand.Caseload.class})
final class StatsCommand {
    @ParentCommand
    FuYuanCommand root;

    enum Format { json, csv }

    enum By { agency, region, field, overall }

    static Grouping grouping(By by) {
        return Grouping.valueOf(by.name().toUpperCase(java.util.Locale.ROOT));
    }

    static void write(PrintWriter out, Format format, List<String> keys, List<Map<String, Object>> rows) {
        if (format == Format.json) {
            try {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            return;
        }
        List<List<Object>> cells = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            List<Object> line = new ArrayList<>();
            for (String k : keys) {
                line.add(r.get(k));
            }
            cells.add(line);
        }
        cn.fuyuan.desk.report.CsvTable.write(out, keys, cells);
        out.flush();
    }

    @Command(name = "appearance", description = "出庭率, 出声率, 正职出庭率 for a quarter or a year")
    static final class Appearance implements Callable<Integer> {
        @ParentCommand
        StatsCommand parent;
        @Spec
        CommandSpec spec;

        @Option(names = "--period", required = true, paramLabel = "2025Q3|2025")
        String period;
        @Option(names = "--by", defaultValue = "overall", paramLabel = "agency|region|field|overall")
        By by;
        @Option(names = "--unit", paramLabel = "CASE|HEARING", description = "default: the setting appearance.unit")
        AppearanceStats.Unit unit;
        @Option(names = "--scope", paramLabel = "ALL|NOTIFIED", description = "default: the setting appearance.scope")
        AppearanceStats.Scope scope;
        @Option(names = "--format", defaultValue = "json", paramLabel = "json|csv")
        Format format;

        @Override
        public Integer call() {
            Period p = Period.parse(period);
            try (Database db = Cli.open(parent.root, Database.Mode.READ)) {
                StatsData.Settings s = StatsData.Settings.of(db);
                List<AppearanceStats.Figures> figures = StatsData.appearance(db, p, unit == null ? s.unit() : unit,
                        scope == null ? s.scope() : scope, grouping(by));
                List<Map<String, Object>> rows = new ArrayList<>();
                for (AppearanceStats.Figures f : figures) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("group", f.group());
                    m.put("units", f.units());
                    m.put("appeared", f.appeared());
                    m.put("spoke", f.spoke());
                    m.put("principal", f.principal());
                    m.put("appearanceRate", f.appearanceRate());
                    m.put("spokeRate", f.spokeRate());
                    m.put("principalRate", f.principalRate());
                    rows.add(m);
                }
                write(spec.commandLine().getOut(), format, List.of("group", "units", "appeared", "spoke", "principal",
                        "appearanceRate", "spokeRate", "principalRate"), rows);
            }
            return Cli.OK;
        }
    }

    @Command(name = "loss", description = "败诉率 and 调撤率 for a year")
    static final class Loss implements Callable<Integer> {
        @ParentCommand
        StatsCommand parent;
        @Spec
        CommandSpec spec;

        @Option(names = "--year", required = true)
        int year;
        @Option(names = "--by", defaultValue = "overall", paramLabel = "agency|field|overall")
        By by;
        @Option(names = "--format", defaultValue = "json", paramLabel = "json|csv")
        Format format;

        @Override
        public Integer call() {
            try (Database db = Cli.open(parent.root, Database.Mode.READ)) {
                StatsData.Settings s = StatsData.Settings.of(db);
                List<LossStats.Figures> figures = StatsData.loss(db, year, s.includeCompensation(), s.denominator(), grouping(by));
                List<Map<String, Object>> rows = new ArrayList<>();
                for (LossStats.Figures f : figures) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("group", f.group());
                    m.put("closed", f.closed());
                    m.put("lost", f.lost());
                    m.put("withdrawnOrMediated", f.withdrawnOrMediated());
                    m.put("lossRate", f.lossRate());
                    m.put("settlementRate", f.settlementRate());
                    rows.add(m);
                }
                write(spec.commandLine().getOut(), format, List.of("group", "closed", "lost", "withdrawnOrMediated", "lossRate",
                        "settlementRate"), rows);
            }
            return Cli.OK;
        }
    }

    static final List<String> SUGGESTION_KEYS = List.of("group", "issued", "replied", "onTime", "overdue", "adopted",
            "partlyAdopted", "notAdopted", "replyRate");

    @Command(name = "suggestions", description = "suggestion letters issued in a year: issued, replied, on time, overdue, adoption, reply rate")
    static final class Suggestions implements Callable<Integer> {
        @ParentCommand
        StatsCommand parent;
        @Spec
        CommandSpec spec;

        @Option(names = "--year", required = true, paramLabel = "Y")
        int year;

        @Option(names = "--by", paramLabel = "recipient|field|type|overall", defaultValue = "overall")
        cn.fuyuan.desk.suggestion.SuggestionStats.GroupBy by;

        @Option(names = "--as-of", paramLabel = "yyyy-MM-dd", description = "count replies dated up to this day (default today)")
        java.time.LocalDate asOf;

        @Option(names = "--format", defaultValue = "json", paramLabel = "json|csv")
        Format format;

        @Override
        public Integer call() {
            try (Database db = Cli.open(parent.root, Database.Mode.READ)) {
                List<cn.fuyuan.desk.suggestion.SuggestionStats.Figures> figures = cn.fuyuan.desk.suggestion.SuggestionStats.compute(
                        new cn.fuyuan.desk.suggestion.SuggestionRepository(db).statLetters(), year,
                        asOf == null ? java.time.LocalDate.now() : asOf, by);
                List<Map<String, Object>> rows = new ArrayList<>();
                for (cn.fuyuan.desk.suggestion.SuggestionStats.Figures f : figures) {
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
                    rows.add(m);
                }
                write(spec.commandLine().getOut(), format, SUGGESTION_KEYS, rows);
            }
            return Cli.OK;
        }
    }

    static final List<String> CASELOAD_KEYS = List.of("group", "received", "carriedOver", "closed", "pending", "closingRate", "leftOut");

    @Command(name = "caseload", description = "新收, 旧存, 审结, 未结 and 结案率 of a year (domain.md §8); leftOut: cases without a filing date")
    static final class Caseload implements Callable<Integer> {
        @ParentCommand
        StatsCommand parent;
        @Spec
        CommandSpec spec;

        @Option(names = "--year", required = true, paramLabel = "Y")
        int year;
        @Option(names = "--by", defaultValue = "overall", paramLabel = "court|region|field|act|type|instance|overall")
        String by;
        @Option(names = "--format", defaultValue = "json", paramLabel = "json|csv")
        Format format;

        @Override
        public Integer call() {
            cn.fuyuan.desk.caseload.CaseloadStats.By grouping;
            try {
                grouping = cn.fuyuan.desk.caseload.CaseloadStats.By.valueOf(by.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--by: '" + by + "' is not one of court, region, field, act, type, instance, overall");
            }
            try (Database db = Cli.open(parent.root, Database.Mode.READ)) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (cn.fuyuan.desk.caseload.CaseloadStats.Figures f : cn.fuyuan.desk.caseload.CaseloadQueries.figures(db, year, grouping)) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("group", f.group());
                    m.put("received", f.received());
                    m.put("carriedOver", f.carriedOver());
                    m.put("closed", f.closed());
                    m.put("pending", f.pending());
                    m.put("closingRate", f.closingRate());
                    m.put("leftOut", f.leftOut());
                    rows.add(m);
                }
                write(spec.commandLine().getOut(), format, CASELOAD_KEYS, rows);
            }
            return Cli.OK;
        }
    }
}
