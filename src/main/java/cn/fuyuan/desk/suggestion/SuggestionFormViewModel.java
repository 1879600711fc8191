package cn.fuyuan.desk.suggestion;

import cn.fuyuan.desk.agency.Agency;
import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.store.Problem;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The letter form: the draft's fields, the problem ↔ suggestion pairs (add, remove, move up/down), the live
 * problems (SuggestionRules) and whether the content may be edited (only a draft).
 */
public final class SuggestionFormViewModel {
    /** One editable pair. */
    public static final class Pair {
        private final StringProperty problem = new SimpleStringProperty("");
        private final StringProperty advice = new SimpleStringProperty("");

        public Pair(String problem, String advice) {
            this.problem.set(problem);
            this.advice.set(advice);
        }

        public StringProperty problemProperty() {
            return problem;
        }

        public StringProperty adviceProperty() {
            return advice;
        }
    }

    private final ObjectProperty<Integer> id = new SimpleObjectProperty<>();
    private final ObjectProperty<Suggestion> loaded = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<SuggestionKind> kind = new SimpleObjectProperty<>(SuggestionKind.INDIVIDUAL);
    private final ObjectProperty<Agency> recipient = new SimpleObjectProperty<>();
    private final StringProperty cases = new SimpleStringProperty("");
    private final StringProperty cc = new SimpleStringProperty("");
    private final StringProperty background = new SimpleStringProperty("");
    private final ObservableList<Pair> pairs = FXCollections.observableArrayList();
    private final IntegerProperty replyMonths = new SimpleIntegerProperty(2);
    private final StringProperty contactPerson = new SimpleStringProperty("");
    private final StringProperty contactPhone = new SimpleStringProperty("");
    private final StringProperty drafter = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final BooleanProperty editable = new SimpleBooleanProperty(true);
    private final ObservableList<Agency> directory = FXCollections.observableArrayList();
    private int defaultMonths;

    private LetterDraft baseline;

    public SuggestionFormViewModel(List<Agency> directory, int defaultMonths) {
        this.directory.setAll(directory);
        this.defaultMonths = defaultMonths;
        clear();
    }

    /** The directory the recipient is chosen from and the default 回复期限 (read again when the section is shown). */
    public void setDirectory(List<Agency> agencies, int months) {
        if (!directory.equals(agencies)) {
            // a choice box drops its value when its items are replaced: the recipient chosen stays chosen
            Integer chosen = recipient.get() == null ? null : recipient.get().id();
            directory.setAll(agencies);
            recipient.set(chosen == null ? null : directory.stream().filter(a -> chosen.equals(a.id())).findFirst().orElse(null));
        }
        this.defaultMonths = months;
        if (id.get() == null && !isDirty()) {
            replyMonths.set(months);
            baseline = toDraft();
        }
    }

    /**
     * Lets go of the directory when the section is left (15,000 agencies at a city's scale), keeping only the
     * recipient chosen, so that the form reads as before; {@link #setDirectory} gives it the whole directory again.
     */
    public void releaseDirectory() {
        Agency chosen = recipient.get();
        directory.setAll(chosen == null ? List.of() : List.of(chosen));
        recipient.set(chosen);
    }

    /** A new, empty letter with one empty pair. */
    public void clear() {
        id.set(null);
        loaded.set(null);
        title.set("");
        kind.set(SuggestionKind.INDIVIDUAL);
        recipient.set(null);
        cases.set("");
        cc.set("");
        background.set("");
        pairs.setAll(new Pair("", ""));
        replyMonths.set(defaultMonths);
        contactPerson.set("");
        contactPhone.set("");
        drafter.set("");
        notes.set("");
        editable.set(true);
        baseline = toDraft();
    }

    public void load(Suggestion s) {
        LetterDraft d = s.draft();
        id.set(s.id());
        loaded.set(s);
        title.set(d.title());
        kind.set(d.kind());
        recipient.set(d.recipientId() == null ? null
                : directory.stream().filter(a -> a.id().equals(d.recipientId())).findFirst().orElse(null));
        cases.set(String.join("、", d.caseNumbers()));
        cc.set(String.join("、", d.cc().stream().map(CcUnit::name).toList()));
        background.set(nz(d.background()));
        pairs.setAll(d.items().stream().map(i -> new Pair(i.problem(), i.advice())).toList());
        replyMonths.set(d.replyMonths());
        contactPerson.set(nz(d.contactPerson()));
        contactPhone.set(nz(d.contactPhone()));
        drafter.set(nz(d.drafter()));
        notes.set(nz(d.notes()));
        editable.set(s.status() == SuggestionStatus.DRAFT);
        baseline = toDraft();
    }

    /** Whether the draft as the form shows it differs from the one loaded (a letter past 起草 is not edited here). */
    public boolean isDirty() {
        return editable.get() && baseline != null && !baseline.equals(toDraft());
    }

    /** The letter's state in one line: status, number, who signed, the deadline, overdue, the reply, 优秀. */
    public static String stateLine(Suggestion s, java.time.LocalDate asOf) {
        StringBuilder sb = new StringBuilder(s.status().label());
        if (s.number() != null) {
            sb.append(" · ").append(s.number());
        }
        if (s.approvedBy() != null) {
            sb.append(" · ").append(Messages.get("suggestion.approvedBy")).append("：").append(s.approvedBy().label()).append(' ')
                    .append(s.approvedOn() == null ? "" : s.approvedOn().toString());
        }
        if (s.dueOn() != null) {
            sb.append(" · ").append(Messages.get("suggestion.dueOn")).append("：").append(s.dueOn());
        }
        if (s.overdue(asOf)) {
            sb.append(" · ").append(Messages.get("suggestion.flag.overdue", s.daysOverdue(asOf)));
        }
        if (s.replyOn() != null) {
            sb.append(" · ").append(Messages.get("suggestion.replyOn")).append("：").append(s.replyOn()).append(' ').append(s.adoption().label());
        }
        if (s.excellent()) {
            sb.append(" · ").append(Messages.get("suggestion.excellent")).append("（").append(s.excellentContest()).append(' ')
                    .append(s.excellentYear()).append("）");
        }
        return sb.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public void addPair() {
        pairs.add(new Pair("", ""));
    }

    public void removePair(int index) {
        if (index >= 0 && index < pairs.size()) {
            pairs.remove(index);
        }
    }

    /** Moves the pair at index by delta (-1 up, +1 down) when it can. */
    public void movePair(int index, int delta) {
        int to = index + delta;
        if (index < 0 || index >= pairs.size() || to < 0 || to >= pairs.size()) {
            return;
        }
        Pair p = pairs.remove(index);
        pairs.add(to, p);
    }

    /** The form as a draft; a pair left entirely empty is dropped. 抄送 names matching the directory link to it. */
    public LetterDraft toDraft() {
        List<LetterItem> items = new ArrayList<>();
        for (Pair p : pairs) {
            if (!SuggestionRules.blank(p.problem.get()) || !SuggestionRules.blank(p.advice.get())) {
                items.add(new LetterItem(nz(p.problem.get()), nz(p.advice.get())));
            }
        }
        List<CcUnit> ccUnits = SuggestionImport.list(cc.get()).stream()
                .map(n -> new CcUnit(directory.stream().filter(a -> a.name().equals(n)).map(Agency::id).findFirst().orElse(null), n))
                .toList();
        return new LetterDraft(id.get(), title.get(), kind.get(), recipient.get() == null ? null : recipient.get().id(),
                SuggestionImport.list(cases.get()), ccUnits, background.get(), items, replyMonths.get(), contactPerson.get(),
                contactPhone.get(), drafter.get(), notes.get());
    }

    /** What saving would refuse now. */
    public List<Problem> problems() {
        return SuggestionRules.checkDraft(toDraft());
    }

    public ObjectProperty<Integer> idProperty() {
        return id;
    }

    public ObjectProperty<Suggestion> loadedProperty() {
        return loaded;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<SuggestionKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Agency> recipientProperty() {
        return recipient;
    }

    public StringProperty casesProperty() {
        return cases;
    }

    public StringProperty ccProperty() {
        return cc;
    }

    public StringProperty backgroundProperty() {
        return background;
    }

    public ObservableList<Pair> pairs() {
        return pairs;
    }

    public IntegerProperty replyMonthsProperty() {
        return replyMonths;
    }

    public StringProperty contactPersonProperty() {
        return contactPerson;
    }

    public StringProperty contactPhoneProperty() {
        return contactPhone;
    }

    public StringProperty drafterProperty() {
        return drafter;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public BooleanProperty editableProperty() {
        return editable;
    }

    public ObservableList<Agency> directory() {
        return directory;
    }
}
