package cn.fuyuan.desk.settings;

import cn.fuyuan.desk.history.HistoryDialog;
import cn.fuyuan.desk.store.ValidationException;
import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.Dialogs;
import cn.fuyuan.desk.ui.Ui;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** One editable list of 设置 (地区 or 领域): the items and 添加 / 改名 / 停用 / 删除 / 历史, through {@link ReferenceListViewModel}. */
final class ReferenceListView {
    private final AppContext ctx;
    private final ReferenceListViewModel vm;
    private final Consumer<String> status;
    private final VBox root;

    ReferenceListView(AppContext ctx, ReferenceListViewModel vm, Consumer<String> status) {
        this.ctx = ctx;
        this.vm = vm;
        this.status = status;
        this.root = build();
    }

    Node node() {
        return root;
    }

    void reload() {
        vm.reload();
    }

    private VBox build() {
        ListView<RefItem> view = new ListView<>(vm.items());
        view.setId("settings.list." + vm.kind().name());
        view.setPrefSize(240, 260);
        view.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(RefItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.active() ? item.name() : item.name() + " " + Ui.t("settings.inactive"));
            }
        });
        Button add = Ui.button("action.add", () -> ask("").ifPresent(n -> run(() -> vm.add(n))));
        Button rename = Ui.button("action.rename", () -> selected(view).ifPresent(sel -> ask(sel.name()).ifPresent(n -> run(() -> vm.rename(sel, n)))));
        Button toggle = Ui.button("settings.toggleActive", () -> selected(view).ifPresent(sel -> run(() -> vm.toggleActive(sel))));
        Button remove = Ui.button("action.remove", () -> selected(view).ifPresent(sel -> {
            if (Dialogs.confirm(ctx.stage(), Ui.t("settings.removeConfirm", sel.name()))) {
                status.accept(vm.remove(sel));
            }
        }));
        Button history = Ui.button("action.history", () -> selected(view).ifPresent(sel -> HistoryDialog.show(ctx, vm.table(), sel.id(), sel.name())));
        history.disableProperty().bind(view.getSelectionModel().selectedItemProperty().isNull());
        // the buttons wrap rather than run past the list's width (English is longer)
        FlowPane buttons = new FlowPane(6, 6, add, rename, toggle, remove, history);
        buttons.setPrefWrapLength(240);
        return new VBox(6, new Label(vm.label()), view, buttons);
    }

    private static Optional<RefItem> selected(ListView<RefItem> view) {
        return Optional.ofNullable(view.getSelectionModel().getSelectedItem());
    }

    private Optional<String> ask(String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        // the dialog's own OK / Cancel follow the JVM's locale: the app's, in its language
        d.getDialogPane().getButtonTypes().setAll(Dialogs.okButton(), Dialogs.cancelButton());
        d.initOwner(ctx.stage());
        d.setTitle(Ui.t("app.title"));
        d.setHeaderText(null);
        d.setContentText(vm.label());
        return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    private void run(Runnable r) {
        try {
            r.run();
        } catch (ValidationException e) {
            Dialogs.problem(ctx.stage(), e.getMessage());
        }
    }
}
