package cn.fuyuan.desk.suggestion;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The letter list: every letter, the filters (year, status, recipient, field, overdue, due soon, adoption)
 * and the search text; the overdue list sorted by days overdue; the year's figures (SuggestionStats).
 */
public final class SuggestionListViewModel {
    private final SuggestionRepository repo;
    private final ObservableList<Suggestion> all = FXCollections.observableArrayList();
    private final FilteredList<Suggestion> shown = new FilteredList<>(all, s -> true);
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<SuggestionStatus> status = new SimpleObjectProperty<>();
    private final StringProperty recipient = new SimpleStringProperty("");
    private final StringProperty field = new SimpleStringProperty("");
    private final ObjectProperty<Adoption> adoption = new SimpleObjectProperty<>();
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty();
    private final BooleanProperty dueSoonOnly = new SimpleBooleanProperty();
    private final StringProperty search = new SimpleStringProperty("");
    private LocalDate asOf = LocalDate.now();
    private int dueSoonDays;

    public SuggestionListViewModel(SuggestionRepository repo, int dueSoonDays) {
        this.repo = repo;
        this.dueSoonDays = dueSoonDays;
        for (javafx.beans.Observable o : List.of(year, status, recipient, field, adoption, overdueOnly, dueSoonOnly, search)) {
            o.addListener(x -> refilter());
        }
    }

    public void reload() {
        show(repo.list());
    }

    /** Shows these letters (read off the JavaFX thread by the view's job). */
    public void show(List<Suggestion> letters) {
        all.setAll(letters);
        refilter();
    }

    public void setAsOf(LocalDate day, int soonDays) {
        this.asOf = day;
        this.dueSoonDays = soonDays;
        refilter();
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** 即将到期: due within this many days (setting suggestion.dueSoonDays). */
    public int dueSoonDays() {
        return dueSoonDays;
    }

    /** The year a letter belongs to: its issue date's, else its approval's, else the day it was drafted. */
    public static int yearOf(Suggestion s) {
        LocalDate d = s.issuedOn() != null ? s.issuedOn() : s.approvedOn() != null ? s.approvedOn() : s.createdOn();
        return d.getYear();
    }

    Predicate<Suggestion> predicate() {
        String q = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        String rec = recipient.get() == null ? "" : recipient.get().strip();
        String fld = field.get() == null ? "" : field.get().strip();
        return s -> (year.get() == null || yearOf(s) == year.get())
                && (status.get() == null || s.status() == status.get())
                && (rec.isEmpty() || s.recipientName() != null && s.recipientName().contains(rec))
                && (fld.isEmpty() || fld.equals(s.recipientField()))
                && (adoption.get() == null || s.adoption() == adoption.get())
                && (!overdueOnly.get() || s.overdue(asOf))
                && (!dueSoonOnly.get() || s.dueSoon(asOf, dueSoonDays))
                && (q.isEmpty() || matches(s, q));
    }

    private static boolean matches(Suggestion s, String q) {
        StringBuilder sb = new StringBuilder();
        sb.append(s.title()).append(' ').append(s.number()).append(' ').append(s.recipientName()).append(' ')
                .append(String.join(" ", s.draft().caseNumbers())).append(' ').append(s.draft().background());
        s.draft().items().forEach(i -> sb.append(' ').append(i.problem()).append(' ').append(i.advice()));
        return sb.toString().toLowerCase(Locale.ROOT).contains(q);
    }

    private void refilter() {
        shown.setPredicate(predicate());
    }

    public FilteredList<Suggestion> shown() {
        return shown;
    }

    public List<Suggestion> all() {
        return all;
    }

    /** Overdue letters as of the day, most days overdue first. */
    public List<Suggestion> overdue() {
        return all.stream().filter(s -> s.overdue(asOf))
                .sorted(Comparator.comparingLong((Suggestion s) -> s.daysOverdue(asOf)).reversed()).toList();
    }

    /** The figures of the year filter (or the current year), as of the day: SuggestionStats, overall. */
    public SuggestionStats.Figures figures() {
        int y = year.get() == null ? asOf.getYear() : year.get();
        return SuggestionStats.compute(all.stream().map(SuggestionStats.Letter::of).toList(), y, asOf,
                SuggestionStats.GroupBy.OVERALL).get(0);
    }

    /** The years that letters belong to, newest first. */
    public List<Integer> years() {
        return all.stream().map(SuggestionListViewModel::yearOf).distinct().sorted(Comparator.reverseOrder()).toList();
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<SuggestionStatus> statusProperty() {
        return status;
    }

    public StringProperty recipientProperty() {
        return recipient;
    }

    public StringProperty fieldProperty() {
        return field;
    }

    public ObjectProperty<Adoption> adoptionProperty() {
        return adoption;
    }

    public BooleanProperty overdueOnlyProperty() {
        return overdueOnly;
    }

    public BooleanProperty dueSoonOnlyProperty() {
        return dueSoonOnly;
    }

    public StringProperty searchProperty() {
        return search;
    }
}
