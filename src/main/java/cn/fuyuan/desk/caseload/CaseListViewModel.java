package cn.fuyuan.desk.caseload;

import cn.fuyuan.desk.caseload.CaseQueries.CaseRow;
import java.util.List;
import java.util.Locale;
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
 * The case register's state: every case (loaded once, shown in a virtualised table) and the filters — year, court,
 * agency, region, field, result, "head absent", "notice missing" — and a search over 案号, parties and cause.
 */
public final class CaseListViewModel {
    private final ObservableList<CaseRow> all = FXCollections.observableArrayList();
    private final FilteredList<CaseRow> shown = new FilteredList<>(all);

    public final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    public final StringProperty court = new SimpleStringProperty();
    public final StringProperty agency = new SimpleStringProperty();
    public final StringProperty region = new SimpleStringProperty();
    public final StringProperty field = new SimpleStringProperty();
    public final ObjectProperty<CaseResult> result = new SimpleObjectProperty<>();
    public final BooleanProperty headAbsent = new SimpleBooleanProperty();
    public final BooleanProperty noticeMissing = new SimpleBooleanProperty();
    public final StringProperty search = new SimpleStringProperty("");

    public CaseListViewModel() {
        for (javafx.beans.Observable o : List.of(year, court, agency, region, field, result, headAbsent, noticeMissing, search)) {
            o.addListener(x -> refilter());
        }
    }

    public void load(List<CaseRow> rows) {
        all.setAll(rows);
    }

    /**
     * Lets go of the loaded cases when the section is left (at 64,500 cases the rows are most of the window's heap);
     * the filters and the search stay as they were, so the next {@link #load} shows the same selection of cases.
     */
    public void release() {
        all.clear();
    }

    public ObservableList<CaseRow> rows() {
        return shown;
    }

    public int total() {
        return all.size();
    }

    public List<Integer> years() {
        return all.stream().map(CaseRow::year).distinct().sorted(java.util.Comparator.reverseOrder()).toList();
    }

    public void clearFilters() {
        year.set(null);
        court.set(null);
        agency.set(null);
        region.set(null);
        field.set(null);
        result.set(null);
        headAbsent.set(false);
        noticeMissing.set(false);
        search.set("");
    }

    private void refilter() {
        Integer y = year.get();
        String c = blank(court.get());
        String a = blank(agency.get());
        String r = blank(region.get());
        String f = blank(field.get());
        CaseResult res = result.get();
        boolean absent = headAbsent.get();
        boolean missing = noticeMissing.get();
        String q = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT)
                .replace('(', '（').replace(')', '）');
        shown.setPredicate(row -> (y == null || row.year() == y)
                && (c == null || c.equals(row.courtName()))
                && (a == null || row.agencies().contains(a))
                && (r == null || row.regions().contains(r))
                && (f == null || row.fields().contains(f))
                && (res == null || res == row.result())
                && (!absent || row.headAbsent())
                && (!missing || row.noticeMissing())
                && (q.isEmpty() || contains(row.caseNumber(), q) || contains(row.plaintiffs(), q) || contains(row.defendants(), q)
                    || contains(row.cause(), q)));
    }

    private static boolean contains(String s, String q) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(q);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
