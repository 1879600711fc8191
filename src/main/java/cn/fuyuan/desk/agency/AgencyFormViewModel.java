package cn.fuyuan.desk.agency;

import cn.fuyuan.desk.settings.RefItem;
import cn.fuyuan.desk.store.Problem;
import cn.fuyuan.desk.store.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and rules of the agency form, testable without a window. Validation runs on every change
 * (AgencyRules plus the duplicate-name check against the store) and blocks saving.
 */
public final class AgencyFormViewModel {
    private final AgencyRepository repository;

    private final ObjectProperty<Integer> id = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty shortName = new SimpleStringProperty("");
    private final ObjectProperty<RefItem> region = new SimpleObjectProperty<>();
    private final ObjectProperty<RefItem> field = new SimpleObjectProperty<>();
    private final ObjectProperty<AgencyLevel> level = new SimpleObjectProperty<>(AgencyLevel.COUNTY);
    private final StringProperty headName = new SimpleStringProperty("");
    private final StringProperty headTitle = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private boolean loading;
    private Agency baseline;

    public AgencyFormViewModel(AgencyRepository repository) {
        this.repository = repository;
        for (javafx.beans.Observable o : List.of(name, shortName, region, field, level, headName, headTitle, phone, active)) {
            o.addListener(x -> {
                if (!loading) {
                    dirty.set(true);
                    validate();
                }
            });
        }
        validate();
    }

    /** Loads an agency into the form (null: a new, empty one). */
    public void load(Agency a, List<RefItem> regions, List<RefItem> fields) {
        loading = true;
        try {
            id.set(a == null ? null : a.id());
            name.set(a == null ? "" : nz(a.name()));
            shortName.set(a == null ? "" : nz(a.shortName()));
            region.set(a == null || a.regionId() == null ? null : find(regions, a.regionId()));
            field.set(a == null || a.fieldId() == null ? null : find(fields, a.fieldId()));
            level.set(a == null ? AgencyLevel.COUNTY : a.level());
            headName.set(a == null ? "" : nz(a.headName()));
            headTitle.set(a == null ? "" : nz(a.headTitle()));
            phone.set(a == null ? "" : nz(a.phone()));
            active.set(a == null || a.active());
        } finally {
            loading = false;
        }
        dirty.set(false);
        baseline = toAgency();
        validate();
    }

    /**
     * Whether the form shows an agency other than the one loaded or last saved (unlike {@link #dirtyProperty}, which
     * says the form was touched: a value typed and erased again, or a list of choices refreshed, is no change).
     */
    public boolean hasChanges() {
        return baseline != null && !baseline.equals(toAgency());
    }

    private static RefItem find(List<RefItem> items, int itemId) {
        return items.stream().filter(i -> i.id() == itemId).findFirst().orElse(null);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public Agency toAgency() {
        RefItem r = region.get();
        RefItem f = field.get();
        return new Agency(id.get(), name.get(), shortName.get(), r == null ? null : r.id(), r == null ? null : r.name(),
                f == null ? null : f.id(), f == null ? null : f.name(), level.get(), headName.get(), headTitle.get(),
                phone.get(), active.get());
    }

    /** Recomputes the problems; returns them. */
    public List<Problem> validate() {
        Agency a = toAgency();
        List<Problem> found = new ArrayList<>(AgencyRules.check(a));
        String n = AgencyRules.name(a.name());
        if (!n.isEmpty() && repository != null) {
            Optional<Agency> same = repository.findByName(n);
            if (same.isPresent() && !same.get().id().equals(a.id())) {
                found.add(Problem.ofField("name", AgencyRules.duplicateMessage(n)));
            }
        }
        problems.setAll(found);
        valid.set(found.isEmpty());
        return found;
    }

    /** The first problem of a field, for the field's decoration. */
    public Optional<String> problemOf(String fieldId) {
        return problems.stream().filter(p -> p.field().equals(fieldId)).map(Problem::message).findFirst();
    }

    /** Saves when valid; returns the saved agency. Throws ValidationException otherwise (nothing written). */
    public Agency save() {
        List<Problem> found = validate();
        if (!found.isEmpty()) {
            throw new ValidationException(found);
        }
        Agency saved = repository.save(toAgency());
        loading = true;
        try {
            id.set(saved.id());
        } finally {
            loading = false;
        }
        dirty.set(false);
        baseline = toAgency();
        return saved;
    }

    public ObjectProperty<Integer> idProperty() {
        return id;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty shortNameProperty() {
        return shortName;
    }

    public ObjectProperty<RefItem> regionProperty() {
        return region;
    }

    public ObjectProperty<RefItem> fieldProperty() {
        return field;
    }

    public ObjectProperty<AgencyLevel> levelProperty() {
        return level;
    }

    public StringProperty headNameProperty() {
        return headName;
    }

    public StringProperty headTitleProperty() {
        return headTitle;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }
}
