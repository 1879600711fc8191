package cn.fuyuan.desk.history;

import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.SectionView;
import cn.fuyuan.desk.ui.Ui;
import cn.fuyuan.desk.ui.DateFields;
import cn.fuyuan.desk.store.Audit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

/** 历史: every change made through the application, filtered by table, action, user, dates and text. */
public final class HistoryView implements SectionView {
    private final HistoryViewModel vm;
    private final BorderPane root = new BorderPane();
    private final ComboBox<String> table = new ComboBox<>();
    private final AppContext ctx;
    private final HistoryTable historyTable;
    private final TextField search = TextFields.createClearableTextField();
    /** The names of the rows the list refers to, not every vocabulary's whole ({@link ReferredNames}). */
    private final ReferredNames names;
    /** Set when the section is shown: the names are read again with the next rows, whatever they refer to. */
    private boolean namesStale = true;

    public HistoryView(AppContext ctx) {
        this.ctx = ctx;
        vm = new HistoryViewModel(ctx.audit());
        HistoryTable t = new HistoryTable(true);
        historyTable = t;
        t.setItems(vm.entries());
        names = new ReferredNames(() -> HistoryTable.referenceNames(ctx.db()));
        vm.entries().addListener((javafx.collections.ListChangeListener<cn.fuyuan.desk.store.AuditRepository.Entry>) c -> nameRows());

        table.setPromptText(Ui.t("history.allTables"));
        table.setButtonCell(tableCell());
        table.setCellFactory(lv -> tableCell());
        table.valueProperty().bindBidirectional(vm.tableProperty());
        ComboBox<Audit.Action> action = new ComboBox<>();
        action.getItems().add(null);
        action.getItems().addAll(Audit.Action.values());
        action.setPromptText(Ui.t("history.allActions"));
        action.valueProperty().bindBidirectional(vm.actionProperty());
        action.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Audit.Action a) {
                return a == null ? Ui.t("history.allActions") : Ui.t("history.action." + a.name());
            }

            @Override
            public Audit.Action fromString(String s) {
                return null;
            }
        });
        DatePicker from = DateFields.picker("history.from", null);
        from.setPromptText(Ui.t("history.from"));
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = DateFields.picker("history.to", null);
        to.setPromptText(Ui.t("history.to"));
        to.valueProperty().bindBidirectional(vm.toProperty());
        from.setPrefWidth(130);
        to.setPrefWidth(130);
        search.setPromptText(Ui.t("history.search"));
        search.setId("history.search");
        search.setPrefWidth(240);
        search.textProperty().bindBidirectional(vm.textProperty());
        search.setOnAction(e -> vm.reload());
        for (javafx.beans.Observable o : new javafx.beans.Observable[] {vm.tableProperty(), vm.actionProperty(), vm.fromProperty(), vm.toProperty()}) {
            o.addListener(x -> vm.reload());
        }
        Label count = new Label();
        count.textProperty().bind(javafx.beans.binding.Bindings.size(vm.entries()).asString(Ui.t("history.count")));
        VBox top = new VBox(8, Ui.title("nav.history"),
                Ui.toolbar(table, action, from, to, search, Ui.button("action.refresh", vm::reload), Ui.spacer(), count));
        root.setTop(top);
        root.setCenter(t);
    }

    private static ListCell<String> tableCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s == null ? Ui.t("history.allTables") : HistoryTable.tableLabel(s));
            }
        };
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        namesStale = true;
        String keep = table.getValue();
        table.getItems().setAll(vm.tables());
        table.getItems().add(0, null);
        table.setValue(keep);
        vm.reload();
        if (namesStale) {
            nameRows();
        }
    }

    private void nameRows() {
        historyTable.setReferenceNames(names.forRows(vm.entries(), namesStale));
        namesStale = false;
    }

    /** The 5,000 rows go when another section is shown (the filters stay); {@link #onShow()} reads them again. */
    @Override
    public void onHide() {
        vm.entries().clear();
    }

    @Override
    public cn.fuyuan.desk.ui.ListExport.Shown shownList() {
        return new cn.fuyuan.desk.ui.ListExport.Shown(Ui.t("nav.history"), "history", historyTable, () -> {
            java.util.List<String> parts = new java.util.ArrayList<>();
            if (table.getValue() != null) {
                parts.add(HistoryTable.tableLabel(table.getValue()));
            }
            if (vm.actionProperty().get() != null) {
                parts.add(Ui.t("history.action." + vm.actionProperty().get().name()));
            }
            if (vm.fromProperty().get() != null || vm.toProperty().get() != null) {
                parts.add(Ui.t("export.list.field", Ui.t("history.from"), vm.fromProperty().get() == null ? "—" : vm.fromProperty().get())
                        + " " + Ui.t("export.list.field", Ui.t("history.to"), vm.toProperty().get() == null ? "—" : vm.toProperty().get()));
            }
            if (vm.textProperty().get() != null && !vm.textProperty().get().isBlank()) {
                parts.add(Ui.t("export.list.searched", vm.textProperty().get().strip()));
            }
            return String.join(Ui.t("export.list.separator"), parts);
        });
    }

    @Override
    public void onSearch() {
        search.requestFocus();
    }
}
