package cn.fuyuan.desk.meeting;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The meeting list with its filters (year, kind, unit) and search; tested without a window. */
public final class MeetingListViewModel {
    private final MeetingRepository repo;
    private final ObservableList<Meeting> all = FXCollections.observableArrayList();
    private final FilteredList<Meeting> shown = new FilteredList<>(all);
    public final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    public final ObjectProperty<MeetingKind> kind = new SimpleObjectProperty<>();
    /** A unit name: meetings where it attended or is responsible for an item. */
    public final StringProperty unit = new SimpleStringProperty("");
    public final StringProperty search = new SimpleStringProperty("");

    public MeetingListViewModel(MeetingRepository repo) {
        this.repo = repo;
        year.addListener((o, a, b) -> apply());
        kind.addListener((o, a, b) -> apply());
        unit.addListener((o, a, b) -> apply());
        search.addListener((o, a, b) -> apply());
    }

    public void reload() {
        show(read());
    }

    /** Every meeting as stored (a read: may run off the JavaFX thread). */
    public List<Meeting> read() {
        return repo.list();
    }

    /** Shows the meetings {@link #read} gave, filtered as the filters stand. */
    public void show(List<Meeting> meetings) {
        all.setAll(meetings);
        apply();
    }

    public ObservableList<Meeting> shown() {
        return shown;
    }

    /** The years that have meetings, newest first. */
    public List<Integer> years() {
        return all.stream().map(Meeting::year).distinct().sorted(java.util.Comparator.reverseOrder()).toList();
    }

    /** Every unit named in a meeting, sorted. */
    public List<String> units() {
        return all.stream().flatMap(m -> java.util.stream.Stream.concat(m.attendees().stream().map(a -> a.unit().name()),
                        m.items().stream().flatMap(i -> i.units().stream().map(Unit::name))))
                .filter(n -> n != null && !n.isBlank()).distinct().sorted().toList();
    }

    private void apply() {
        shown.setPredicate(this::matches);
    }

    boolean matches(Meeting m) {
        if (year.get() != null && m.year() != year.get()) {
            return false;
        }
        if (kind.get() != null && m.kind() != kind.get()) {
            return false;
        }
        String u = unit.get() == null ? "" : unit.get().strip();
        if (!u.isEmpty() && m.attendees().stream().noneMatch(a -> u.equals(a.unit().name()))
                && m.items().stream().noneMatch(i -> i.units().stream().anyMatch(x -> u.equals(x.name())))) {
            return false;
        }
        String q = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return true;
        }
        StringBuilder hay = new StringBuilder(m.number()).append(' ').append(m.title()).append(' ')
                .append(m.place() == null ? "" : m.place()).append(' ').append(m.host() == null ? "" : m.host());
        m.topics().forEach(t -> hay.append(' ').append(t.title()));
        m.items().forEach(i -> hay.append(' ').append(i.text()));
        m.attendees().forEach(a -> hay.append(' ').append(a.display()));
        return hay.toString().toLowerCase(Locale.ROOT).contains(q);
    }
}
