package cn.fuyuan.desk.caseload;

import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.importing.ImportRejected;
import cn.fuyuan.desk.importing.TabularFile;
import cn.fuyuan.desk.store.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The hearing import's mapping step, testable without a window. Page 1: each column of the file with a sample value
 * and the column it is imported as (proposed from its name: the same name, else a short table of common other names,
 * else not imported); every required column must be given and no column given twice. Page 2, when an import was
 * refused for agencies or courts it does not know: each such name with the closest existing name proposed (or adding
 * it when none is close). {@link #mapping()} is what the import then runs with.
 */
public final class HearingImportViewModel {
    /** Other names that files commonly give a column (after {@link #normalise}); kept short: a wrong guess costs a check. */
    static final Map<String, String> ALIASES = aliases();

    private final ObservableList<Column> columns = FXCollections.observableArrayList();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<UnknownName> unknownNames = FXCollections.observableArrayList();
    private int rowCount;

    /** One column of the file. {@link #target} null means the column is not imported. */
    public static final class Column {
        public final String header;
        public final String sample;
        public final ObjectProperty<String> target = new SimpleObjectProperty<>();

        Column(String header, String sample, String proposed) {
            this.header = header;
            this.sample = sample;
            this.target.set(proposed);
        }

        @Override
        public String toString() {
            return header + " → " + target.get();
        }
    }

    /**
     * What to do with a name the directory or the list of courts does not have: map it to an existing name, or add it.
     *
     * @param name the existing name, or (when {@code add}) the unknown name itself
     */
    public record Choice(String name, boolean add) {
        public static Choice add(String name) {
            return new Choice(name, true);
        }

        public static Choice existing(String name) {
            return new Choice(name, false);
        }
    }

    /**
     * One unknown name.
     *
     * @see HearingImport#DEFENDANT
     * @see HearingImport#COURT
     */
    public static final class UnknownName {
        /** {@link HearingImport#DEFENDANT} or {@link HearingImport#COURT}, as in {@link ImportRejected#missing()}. */
        public final String kind;
        public final String name;
        /** Adding it first, then the existing names, closest first. */
        public final List<Choice> choices;
        public final Choice proposed;
        public final ObjectProperty<Choice> choice = new SimpleObjectProperty<>();

        UnknownName(String kind, String name, List<String> existing) {
            this.kind = kind;
            this.name = name;
            String close = HearingImport.closestName(name, existing);
            this.proposed = close == null ? Choice.add(name) : Choice.existing(close);
            List<Choice> list = new ArrayList<>();
            list.add(Choice.add(name));
            // each distance once (a directory of thousands: a comparator computing it would do so n log n times)
            Map<String, Integer> distance = new LinkedHashMap<>();
            existing.forEach(e -> distance.computeIfAbsent(e, x -> HearingImport.distance(name, x)));
            distance.keySet().stream()
                    .sorted(Comparator.comparingInt((String e) -> distance.get(e)).thenComparing(Comparator.naturalOrder()))
                    .forEach(e -> list.add(Choice.existing(e)));
            this.choices = List.copyOf(list);
            this.choice.set(proposed);
        }

        @Override
        public String toString() {
            return kind + " " + name + " → " + choice.get();
        }
    }

    public HearingImportViewModel() {
        validate();
    }

    /** Proposes a column for each header of the file, with the first data row's value as sample. */
    public void load(TabularFile.Content content) {
        TabularFile.Row first = content.rows().isEmpty() ? null : content.rows().get(0);
        rowCount = content.rows().size();
        List<String> headers = content.headers().stream().filter(h -> !h.isEmpty()).distinct().toList();
        Map<String, String> proposal = propose(headers);
        List<Column> list = new ArrayList<>();
        for (String h : headers) {
            Column c = new Column(h, first == null ? "" : first.get(h), proposal.get(h));
            c.target.addListener(x -> validate());
            list.add(c);
        }
        columns.setAll(list);
        unknownNames.clear();
        validate();
    }

    /**
     * Header → proposed column (absent: not imported): the same name first, then an alias for columns still free, so two
     * file columns are never proposed for one column.
     */
    static Map<String, String> propose(List<String> headers) {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String h : headers) {
            String n = normalise(h);
            if (HearingImport.HEADERS.contains(n) && taken.add(n)) {
                out.put(h, n);
            }
        }
        for (String h : headers) {
            String alias = ALIASES.get(normalise(h));
            if (!out.containsKey(h) && alias != null && taken.add(alias)) {
                out.put(h, alias);
            }
        }
        return out;
    }

    /** Spaces (also full-width) and a required-column star dropped: "＊ 案 号" is 案号. */
    static String normalise(String header) {
        return header.replaceAll("[\\s\\u3000*＊]", "");
    }

    private static Map<String, String> aliases() {
        Map<String, String> m = new LinkedHashMap<>();
        alias(m, HearingImport.NUMBER, "案件编号", "案件号");
        alias(m, HearingImport.COURT, "审理法院", "受理法院");
        alias(m, HearingImport.DEFENDANT, "被告单位", "被告机关", "被诉机关", "被诉行政机关", "行政机关");
        alias(m, HearingImport.ACT_TYPE, "行政行为类别", "行为类型");
        alias(m, HearingImport.FILED, "立案时间");
        alias(m, HearingImport.HEARING_DATE, "开庭时间");
        alias(m, HearingImport.NOTICE_SERVED, "送达日期", "通知送达时间");
        alias(m, HearingImport.APPEARED, "是否出庭", "负责人出庭");
        alias(m, HearingImport.HEAD_NAME, "出庭负责人姓名", "负责人姓名");
        alias(m, HearingImport.HEAD_TITLE, "负责人职务");
        alias(m, HearingImport.RANK, "出庭负责人级别");
        alias(m, HearingImport.SPOKE, "负责人是否出声");
        alias(m, HearingImport.REASON, "未出庭原因");
        alias(m, HearingImport.STAFF, "出庭人员", "应诉人");
        alias(m, HearingImport.RESULT, "判决结果", "裁判结果");
        alias(m, HearingImport.CLOSED, "结案时间");
        return Map.copyOf(m);
    }

    private static void alias(Map<String, String> m, String column, String... others) {
        for (String o : others) {
            m.put(o, column);
        }
    }

    /** Recomputes the problems of page 1; returns them. */
    public List<Problem> validate() {
        List<Problem> found = new ArrayList<>();
        for (String required : HearingImport.REQUIRED_HEADERS) {
            if (columns.stream().noneMatch(c -> required.equals(c.target.get()))) {
                found.add(Problem.ofField(required, Messages.get("caseload.mapping.requiredMissing", required)));
            }
        }
        Map<String, String> firstOf = new LinkedHashMap<>();
        for (Column c : columns) {
            String t = c.target.get();
            if (t == null) {
                continue;
            }
            String first = firstOf.putIfAbsent(t, c.header);
            if (first != null) {
                // on both columns, so that both are marked; the message is the same
                String message = Messages.get("caseload.mapping.targetTwice", first, c.header, t);
                found.add(Problem.ofField(first, message));
                found.add(Problem.ofField(c.header, message));
            }
        }
        problems.setAll(found);
        valid.set(found.isEmpty() && !columns.isEmpty());
        return found;
    }

    /** The problem of a file column (given as the same column as another), for its decoration. */
    public Optional<String> problemOf(String header) {
        return problems.stream().filter(p -> p.field().equals(header)).map(Problem::message).findFirst();
    }

    /**
     * Page 2: lists the names an import refused (its {@link ImportRejected#missing()}) with a proposed choice each. Names
     * listed before keep their place and the user's choice (a second refusal, after going back, only adds names).
     *
     * @param agencyNames the directory's names
     * @param courtNames  the list of courts (and the office's own court, if it has a name)
     */
    public void loadUnknownNames(Map<String, Set<String>> missing, List<String> agencyNames, List<String> courtNames) {
        List<UnknownName> list = new ArrayList<>(unknownNames);
        for (String n : missing.getOrDefault(HearingImport.DEFENDANT, Set.of())) {
            if (list.stream().noneMatch(u -> u.kind.equals(HearingImport.DEFENDANT) && u.name.equals(n))) {
                list.add(new UnknownName(HearingImport.DEFENDANT, n, agencyNames));
            }
        }
        for (String n : missing.getOrDefault(HearingImport.COURT, Set.of())) {
            if (list.stream().noneMatch(u -> u.kind.equals(HearingImport.COURT) && u.name.equals(n))) {
                list.add(new UnknownName(HearingImport.COURT, n, courtNames));
            }
        }
        unknownNames.setAll(list);
    }

    /** True when an import was refused only for names that page 2 can map or add (so page 2, not an error, comes next). */
    public static boolean onlyUnknownNames(ImportRejected r) {
        return !r.missing().isEmpty() && r.otherProblems().isEmpty()
                && r.missing().keySet().stream().allMatch(k -> k.equals(HearingImport.DEFENDANT) || k.equals(HearingImport.COURT));
    }

    /** What the import runs with: the columns as chosen on page 1, the names as chosen on page 2. */
    public HearingImportMapping mapping() {
        Map<String, String> headers = new LinkedHashMap<>();
        Set<String> ignored = new LinkedHashSet<>();
        for (Column c : columns) {
            if (c.target.get() == null) {
                ignored.add(c.header);
            } else {
                headers.put(c.header, c.target.get());
            }
        }
        Map<String, String> agencies = new LinkedHashMap<>();
        Map<String, String> courts = new LinkedHashMap<>();
        Set<String> newAgencies = new LinkedHashSet<>();
        Set<String> newCourts = new LinkedHashSet<>();
        for (UnknownName u : unknownNames) {
            Choice c = u.choice.get() == null ? u.proposed : u.choice.get();
            boolean agency = u.kind.equals(HearingImport.DEFENDANT);
            if (c.add()) {
                (agency ? newAgencies : newCourts).add(u.name);
            } else {
                (agency ? agencies : courts).put(u.name, c.name());
            }
        }
        return new HearingImportMapping(headers, ignored, agencies, courts, newAgencies, newCourts);
    }

    public ObservableList<Column> columns() {
        return columns;
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    /** Page 1 is complete: every required column given, none twice. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ObservableList<UnknownName> unknownNames() {
        return unknownNames;
    }

    /** The file's data rows. */
    public int rowCount() {
        return rowCount;
    }
}
