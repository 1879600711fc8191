package cn.fuyuan.desk.history;

import cn.fuyuan.desk.store.Audit;
import cn.fuyuan.desk.store.AuditRepository;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The global history list and its filters (table, action, user, dates, text). */
public final class HistoryViewModel {
    public static final int LIMIT = 5000;
    private final AuditRepository repository;
    private final ObservableList<AuditRepository.Entry> entries = FXCollections.observableArrayList();
    private final StringProperty table = new SimpleStringProperty();
    private final ObjectProperty<Audit.Action> action = new SimpleObjectProperty<>();
    private final StringProperty user = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");

    public HistoryViewModel(AuditRepository repository) {
        this.repository = repository;
    }

    public AuditRepository.Filter filter() {
        String u = user.get() == null || user.get().isBlank() ? null : user.get().strip();
        String q = text.get() == null || text.get().isBlank() ? null : text.get().strip();
        return new AuditRepository.Filter(table.get(), null, action.get(), u, from.get(), to.get(), q, LIMIT);
    }

    public void reload() {
        entries.setAll(repository.list(filter()));
    }

    public List<String> tables() {
        return repository.tables();
    }

    public ObservableList<AuditRepository.Entry> entries() {
        return entries;
    }

    public StringProperty tableProperty() {
        return table;
    }

    public ObjectProperty<Audit.Action> actionProperty() {
        return action;
    }

    public StringProperty userProperty() {
        return user;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty textProperty() {
        return text;
    }
}
