package cn.fuyuan.desk.cli;

import cn.fuyuan.desk.search.SearchHit;
import cn.fuyuan.desk.search.SearchIndex;
import cn.fuyuan.desk.search.SearchKind;
import cn.fuyuan.desk.store.Database;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code search TEXT}: the window's global search (the same {@link SearchIndex}) as JSON or CSV. */
@Command(name = "search", description = "find cases, letters, meetings and agencies by any part of their text")
final class SearchCommand implements Callable<Integer> {
    static final List<String> KEYS = List.of("kind", "id", "title", "snippet", "highlighted");

    @ParentCommand
    FuYuanCommand root;
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "1..*", paramLabel = "TEXT", description = "words that must all occur (any part of a word)")
    List<String> text;

    @Option(names = "--kind", paramLabel = "case|letter|meeting|agency|whitepaper", split = ",",
            description = "only these kinds (default all)")
    List<SearchKind> kinds;

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = "at most N records of each kind (default 20)")
    int limit;

    @Option(names = "--format", defaultValue = "json", paramLabel = "json|csv")
    StatsCommand.Format format;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new IllegalArgumentException(cn.fuyuan.desk.i18n.Messages.get("search.badLimit", limit));
        }
        try (Database db = Cli.open(root, Database.Mode.READ); SearchIndex index = new SearchIndex(db)) {
            List<SearchHit> hits = index.search(String.join(" ", text),
                    kinds == null ? EnumSet.allOf(SearchKind.class) : EnumSet.copyOf(kinds), limit);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (SearchHit h : hits) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("kind", h.kind().code());
                m.put("id", h.id());
                m.put("title", h.title());
                m.put("snippet", h.snippet());
                m.put("highlighted", h.snippetMarked("【", "】"));
                rows.add(m);
            }
            StatsCommand.write(spec.commandLine().getOut(), format, KEYS, rows);
        }
        return Cli.OK;
    }
}
