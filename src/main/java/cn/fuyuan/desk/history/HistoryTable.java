package cn.fuyuan.desk.history;

import cn.fuyuan.desk.ui.Ui;
import cn.fuyuan.desk.store.AuditRepository.Entry;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** History rows as a table: when, who, what, which record, and each changed field as before → after. */
public final class HistoryTable extends TableView<Entry> {

    private java.util.Map<String, java.util.Map<String, String>> names = java.util.Map.of();

    /** Ids of referenced rows (regions, agencies, meetings, cases …) shown by their names: every feature's vocabulary. */
    public static java.util.Map<String, java.util.Map<String, String>> referenceNames(cn.fuyuan.desk.store.Database db) {
        return HistoryWords.names(db);
    }

    public void setReferenceNames(java.util.Map<String, java.util.Map<String, String>> names) {
        this.names = names;
        refresh();
    }

    public HistoryTable(boolean showRecord) {
        setId("history.table");
        getColumns().add(col("history.at", e -> shownTime(e.at()), 150));
        getColumns().add(col("history.user", Entry::osUser, 90));
        getColumns().add(col("history.action", e -> Ui.t("history.action." + e.action().name()), 60));
        if (showRecord) {
            getColumns().add(col("history.table", e -> tableLabel(e.table()), 90));
            getColumns().add(col("history.record", e -> HistoryWords.recordLabel(e, names), 120));
        }
        TableColumn<Entry, String> changes = col("history.changes", e -> describe(e, names), 600);
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

    static String tableLabel(String table) {
        return HistoryWords.tableLabel(table);
    }

    /** "名称: 旧 → 新; 电话: — → 0478…" — for an insert the values set, for a delete the values removed. */
    public static String describe(Entry e) {
        return HistoryWords.describe(e);
    }

    /** As {@link #describe(Entry)}, with ids of referenced rows shown by name (column → id → name). */
    public static String describe(Entry e, java.util.Map<String, java.util.Map<String, String>> names) {
        return HistoryWords.describe(e, names);
    }

    static String shownTime(String at) {
        return HistoryWords.shownTime(at);
    }
}
