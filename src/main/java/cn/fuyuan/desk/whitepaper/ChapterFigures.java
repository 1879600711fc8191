package cn.fuyuan.desk.whitepaper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a chapter shows that the office never types: its quotable figures (key → label and value as printed), its
 * tables, its charts and, for 典型案例, the cases. Kept as JSON with the chapter, so a 定稿 white paper prints what it
 * was frozen with.
 */
public record ChapterFigures(Map<String, Figure> figures, List<Table> tables, List<Chart> charts, List<TypicalCase> cases) {

    public ChapterFigures {
        figures = figures == null ? Map.of() : new LinkedHashMap<>(figures);
        tables = tables == null ? List.of() : List.copyOf(tables);
        charts = charts == null ? List.of() : List.copyOf(charts);
        cases = cases == null ? List.of() : List.copyOf(cases);
    }

    public static ChapterFigures empty() {
        return new ChapterFigures(Map.of(), List.of(), List.of(), List.of());
    }

    /** One quotable figure: its label (新收) and its value as printed (1,234 or 85.32% or —). */
    public record Figure(String label, String value) {
    }

    /** A table of figures: its caption, column headings and rows of printed cells. */
    public record Table(String id, String title, List<String> header, List<List<String>> rows) {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(r -> List.copyOf(r)).toList();
        }
    }

    /** A bar chart: categories along the bottom, one series of bars per name; values may be null (no bar). */
    public record Chart(String title, String unit, List<String> categories, List<String> series, List<List<Double>> values) {
        public Chart {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
            values = values.stream().map(ArrayList::new).map(l -> (List<Double>) l).toList();
        }
    }

    /** A typical case as printed. */
    public record TypicalCase(String caseNumber, String title, String basicFacts, String judgment, String significance) {
    }

    /** The value of a figure, or null when the chapter has none of that key. */
    public String value(String key) {
        Figure f = figures.get(key);
        return f == null ? null : f.value();
    }

    /** Builds the figures in the order they are added. */
    public static final class Builder {
        private final Map<String, Figure> figures = new LinkedHashMap<>();
        private final List<Table> tables = new ArrayList<>();
        private final List<Chart> charts = new ArrayList<>();
        private final List<TypicalCase> cases = new ArrayList<>();

        public Builder figure(String key, String label, String value) {
            figures.put(key, new Figure(label, value));
            return this;
        }

        public Builder table(Table t) {
            tables.add(t);
            return this;
        }

        public Builder chart(Chart c) {
            charts.add(c);
            return this;
        }

        public Builder typical(TypicalCase c) {
            cases.add(c);
            return this;
        }

        public ChapterFigures build() {
            return new ChapterFigures(figures, tables, charts, cases);
        }
    }
}
