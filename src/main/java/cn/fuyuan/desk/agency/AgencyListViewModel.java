package cn.fuyuan.desk.agency;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The directory list: all agencies, a search text over name, short name, region, field and head, and "show inactive". */
public final class AgencyListViewModel {
    private final AgencyRepository repository;
    private final ObservableList<Agency> all = FXCollections.observableArrayList();
    private final FilteredList<Agency> shown = new FilteredList<>(all);
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty includeInactive = new SimpleBooleanProperty(false);

    public AgencyListViewModel(AgencyRepository repository) {
        this.repository = repository;
        search.addListener(o -> refilter());
        includeInactive.addListener(o -> refilter());
    }

    public void reload() {
        all.setAll(repository.list(true));
        refilter();
    }

    /** Lets go of the rows when the directory is left (15,000 agencies at a city's scale); the search and "show inactive" stay. */
    public void release() {
        all.clear();
    }

    /** For a background load: the rows, then {@link #setRows(List)} on the FX thread. */
    public List<Agency> fetch() {
        return repository.list(true);
    }

    public void setRows(List<Agency> rows) {
        all.setAll(rows);
        refilter();
    }

    private void refilter() {
        String q = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        boolean inactive = includeInactive.get();
        shown.setPredicate(a -> (inactive || a.active()) && (q.isEmpty() || matches(a, q)));
    }

    static boolean matches(Agency a, String q) {
        for (String s : new String[] {a.name(), a.shortName(), a.regionName(), a.fieldName(), a.headName(), a.phone()}) {
            if (s != null && s.toLowerCase(Locale.ROOT).contains(q)) {
                return true;
            }
        }
        return false;
    }

    public ObservableList<Agency> shown() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty includeInactiveProperty() {
        return includeInactive;
    }
}
