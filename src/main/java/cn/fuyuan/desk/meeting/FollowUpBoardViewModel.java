package cn.fuyuan.desk.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 未办结事项: the open items by unit and deadline, with a count per unit ("all units" first); choosing a unit
 * shows its items, soonest deadline first. Tested without a window.
 */
public final class FollowUpBoardViewModel {
    private final MeetingRepository repo;
    private final List<FollowUpTable.Row> all = new ArrayList<>();
    public final ObservableList<FollowUpTable.UnitCount> units = FXCollections.observableArrayList();
    public final ObservableList<FollowUpTable.Row> rows = FXCollections.observableArrayList();

    public FollowUpBoardViewModel(MeetingRepository repo) {
        this.repo = repo;
    }

    /** The open items as of {@code asOf} (a read: may run off the JavaFX thread). */
    public List<FollowUpTable.Row> read(LocalDate asOf) {
        return FollowUpTable.rows(repo, asOf, true, null);
    }

    /** Shows what {@link #read} gave: the counts per unit, and the rows of {@code unit} (null or "": every unit). */
    public void show(List<FollowUpTable.Row> open, FollowUpTable.UnitCount unit) {
        all.clear();
        all.addAll(open);
        List<FollowUpTable.UnitCount> counts = new ArrayList<>();
        counts.add(new FollowUpTable.UnitCount("", open.size(), (int) open.stream().filter(FollowUpTable.Row::overdue).count()));
        counts.addAll(FollowUpTable.counts(open));
        units.setAll(counts);
        choose(unit);
    }

    /** The rows of one unit (null or the "all" entry: every unit), soonest deadline first. */
    public void choose(FollowUpTable.UnitCount unit) {
        List<FollowUpTable.Row> shown = new ArrayList<>(all);
        if (unit != null && !unit.unit().isEmpty()) {
            shown.removeIf(r -> !r.unit().equals(unit.unit()));
        }
        shown.sort(Comparator.comparing(FollowUpTable.Row::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(FollowUpTable.Row::unit));
        rows.setAll(shown);
    }
}
