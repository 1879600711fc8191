package cn.fuyuan.desk.history;

import cn.fuyuan.desk.app.Ui;
import cn.fuyuan.desk.store.AuditRepository.Entry;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** History rows as a table: when, who, what, which record, and each changed field as before → after. */
public final class HistoryTable extends TableView<Entry> {

    public HistoryTable(boolean showRecord) {
        setId("history.table");
        getColumns().add(col("history.at", e -> e.at(), 170));
        getColumns().add(col("history.user", Entry::osUser, 90));
        getColumns().add(col("history.action", e -> Ui.t("history.action." + e.action().name()), 60));
        if (showRecord) {
            getColumns().add(col("history.table", e -> tableLabel(e.table()), 90));
            getColumns().add(col("history.record", HistoryTable::recordLabel, 120));
        }
        TableColumn<Entry, String> changes = col("history.changes", HistoryTable::describe, 600);
        getColumns().add(changes);
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setPlaceholder(new javafx.scene.control.Label(Ui.t("history.empty")));
    }

    private static TableColumn<Entry, String> col(String key, java.util.function.Function<Entry, String> value, double width) {
        TableColumn<Entry, String> c = new TableColumn<>(Ui.t(key));
        c.setCellValueFactory(cd -> new SimpleStringProperty(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    static String recordLabel(Entry e) {
        if ("setting".equals(e.table())) {
            return cn.fuyuan.desk.settings.SettingKey.byKey(e.recordId()).map(k -> Ui.t(k.labelKey())).orElse(e.recordId());
        }
        Object name = e.after().containsKey("name") ? e.after().get("name") : e.before().get("name");
        return name == null ? e.recordId() : e.recordId() + " · " + name;
    }

    static String tableLabel(String table) {
        String key = "history.tableName." + table;
        return cn.fuyuan.desk.i18n.Messages.has(key) ? Ui.t(key) : table;
    }

    /** "名称: 旧 → 新; 电话: — → 0478…" — for an insert the values set, for a delete the values removed. */
    public static String describe(Entry e) {
        List<String> fields = e.changedFields();
        return fields.stream().filter(f -> !f.equals("id")).map(f -> {
            Object b = e.before().get(f);
            Object a = e.after().get(f);
            return fieldLabel(e.table(), f) + ": " + (e.before().isEmpty() ? show(a) : e.after().isEmpty() ? show(b) : show(b) + " → " + show(a));
        }).collect(Collectors.joining("; "));
    }

    static String fieldLabel(String table, String column) {
        String key = "history.column." + table + "." + column;
        return cn.fuyuan.desk.i18n.Messages.has(key) ? Ui.t(key) : column;
    }

    private static String show(Object v) {
        return v == null || v.toString().isEmpty() ? "—" : v.toString();
    }
}
