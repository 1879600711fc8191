package cn.fuyuan.desk.caseload;

import static cn.fuyuan.desk.store.Values.blankToNull;

import cn.fuyuan.desk.caseload.CaseQueries.HearingRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The quick-entry grid for a hearing day: one editable row per hearing × defendant agency. Holds the edits, says
 * which rows changed and what is wrong with them, and hands the changed appearances to the repository in one go.
 */
public final class HearingGridViewModel {

    /** One row of the grid: the hearing and the appearance being edited. */
    public static final class Entry {
        public final HearingRow row;
        public final ObjectProperty<Boolean> appeared = new SimpleObjectProperty<>();
        public final StringProperty headName = new SimpleStringProperty();
        public final StringProperty headTitle = new SimpleStringProperty();
        public final ObjectProperty<HeadRank> rank = new SimpleObjectProperty<>();
        public final BooleanProperty spoke = new SimpleBooleanProperty();
        public final StringProperty staff = new SimpleStringProperty();
        public final ObjectProperty<AbsenceReason> reason = new SimpleObjectProperty<>();
        public final BooleanProperty explanation = new SimpleBooleanProperty();
        public final StringProperty evaluation = new SimpleStringProperty();

        Entry(HearingRow row) {
            this.row = row;
            Appearance a = row.appearance();
            appeared.set(a.headAppeared());
            headName.set(a.headName());
            headTitle.set(a.headTitle());
            rank.set(a.rank());
            spoke.set(a.spoke());
            staff.set(a.staff());
            reason.set(a.reason());
            explanation.set(a.explanationReceived());
            evaluation.set(a.evaluation());
        }

        /** The appearance as edited. */
        public Appearance appearance() {
            return row.appearance().withResult(appeared.get(), blankToNull(headName.get()), blankToNull(headTitle.get()), rank.get(),
                    spoke.get(), blankToNull(staff.get()), reason.get(), explanation.get(), blankToNull(evaluation.get()));
        }

        public boolean changed() {
            Appearance o = row.appearance();
            Appearance n = appearance();
            return !n.equals(o.withResult(o.headAppeared(), blankToNull(o.headName()), blankToNull(o.headTitle()), o.rank(), o.spoke(),
                    blankToNull(o.staff()), o.reason(), o.explanationReceived(), blankToNull(o.evaluation())));
        }

        /** What is wrong with the row as edited (empty when fine). */
        public List<String> problems() {
            return CaseRules.checkAppearance(appearance(), row.date());
        }

        /** The notice was served fewer than {@code days} days before the hearing. */
        public boolean lateNotice(int days) {
            return CaseRules.lateNotice(row.appearance().noticeServed(), row.date(), days);
        }
    }

    public final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();

    public void load(LocalDate day, List<HearingRow> rows) {
        date.set(day);
        List<Entry> list = new ArrayList<>();
        rows.forEach(r -> list.add(new Entry(r)));
        entries.setAll(list);
    }

    public ObservableList<Entry> entries() {
        return entries;
    }

    public List<Entry> changed() {
        return entries.stream().filter(Entry::changed).toList();
    }

    /** Problems of the changed rows, each naming the case and agency. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        for (Entry e : changed()) {
            for (String p : e.problems()) {
                out.add(e.row.caseNumber() + " " + e.row.appearance().agencyName() + "：" + p);
            }
        }
        return out;
    }

    /** Saves the changed rows in one transaction; returns how many. */
    public int save(CaseRepository repository) {
        List<Appearance> list = changed().stream().map(Entry::appearance).toList();
        if (!list.isEmpty()) {
            repository.saveAppearances(list);
        }
        return list.size();
    }

    /** The facts for a suggestion letter when the row records an absence without a legitimate reason. */
    public static Optional<AbsenceFollowUp.UnjustifiedAbsence> unjustified(Entry e) {
        Appearance a = e.appearance();
        if (!a.unjustifiedAbsence()) {
            return Optional.empty();
        }
        return Optional.of(AbsenceFollowUp.UnjustifiedAbsence.of(e.row.caseNumber(), e.row.courtName(), e.row.date(), a));
    }
}
