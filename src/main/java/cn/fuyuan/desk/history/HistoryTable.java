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

    private java.util.Map<String, java.util.Map<String, String>> names = java.util.Map.of();

    /** Ids of regions and fields shown by their names (all of them, inactive ones too). */
    public static java.util.Map<String, java.util.Map<String, String>> referenceNames(cn.fuyuan.desk.app.AppContext ctx) {
        java.util.Map<String, String> regions = new java.util.HashMap<>();
        ctx.regions().list(true).forEach(r -> regions.put(String.valueOf(r.id()), r.name()));
        java.util.Map<String, String> fields = new java.util.HashMap<>();
        ctx.fields().list(true).forEach(r -> fields.put(String.valueOf(r.id()), r.name()));
        return java.util.Map.of("region_id", regions, "field_id", fields);
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
            getColumns().add(col("history.record", HistoryTable::recordLabel, 120));
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
        return describe(e, java.util.Map.of());
    }

    /**
     * As {@link #describe(Entry)}, with ids of referenced rows shown by name: {@code names} maps a column
     * (region_id, field_id, …) to id → name.
     */
    public static String describe(Entry e, java.util.Map<String, java.util.Map<String, String>> names) {
        List<String> fields = e.changedFields();
        return fields.stream().filter(f -> !f.equals("id")).map(f -> {
            Object b = e.before().get(f);
            Object a = e.after().get(f);
            String t = e.table();
            java.util.Map<String, String> byId = names.getOrDefault(f, java.util.Map.of());
            java.util.function.Function<Object, String> shown = v -> v != null && byId.containsKey(v.toString()) ? byId.get(v.toString()) : show(t, f, v);
            return fieldLabel(t, f) + ": " + (e.before().isEmpty() ? shown.apply(a) : e.after().isEmpty() ? shown.apply(b)
                    : shown.apply(b) + " → " + shown.apply(a));
        }).collect(Collectors.joining("; "));
    }

    static String fieldLabel(String table, String column) {
        String key = "history.column." + table + "." + column;
        return cn.fuyuan.desk.i18n.Messages.has(key) ? Ui.t(key) : column;
    }

    /** The stored time to the second (the store keeps milliseconds for ordering; people do not need them). */
    static String shownTime(String at) {
        return at != null && at.length() > 19 ? at.substring(0, 19) : at;
    }

    /**
     * A stored value as the screen says it: coded values (层级 CITY, 在用 1, a letter's 状态 CLOSED, 采纳情况 ADOPTED)
     * in the UI's words.
     */
    static String show(String table, String column, Object v) {
        if (v == null || v.toString().isEmpty()) {
            return "—";
        }
        if ("agency".equals(table) && "admin_level".equals(column) && cn.fuyuan.desk.i18n.Messages.has("agency.level." + v)) {
            return Ui.t("agency.level." + v);
        }
        if ("agency".equals(table) && "active".equals(column)) {
            return Ui.t("1".equals(v.toString()) || "true".equals(v.toString()) ? "common.yes" : "common.no");
        }
        if ("suggestion".equals(table)) {
            String code = v.toString();
            java.util.Optional<String> label = switch (column) {
                case "status" -> cn.fuyuan.desk.suggestion.SuggestionStatus.parse(code).map(x -> x.label());
                case "kind" -> cn.fuyuan.desk.suggestion.SuggestionKind.parse(code).map(x -> x.label());
                case "adoption" -> cn.fuyuan.desk.suggestion.Adoption.parse(code).map(x -> x.label());
                case "approved_by" -> cn.fuyuan.desk.suggestion.Approver.parse(code).map(x -> x.label());
                case "receipt_returned", "excellent" ->
                        java.util.Optional.of(Ui.t("1".equals(code) || "true".equals(code) ? "common.yes" : "common.no"));
                default -> java.util.Optional.empty();
            };
            return label.orElse(code);
        }
        return v.toString();
    }
}
