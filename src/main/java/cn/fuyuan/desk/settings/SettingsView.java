package cn.fuyuan.desk.settings;

import cn.fuyuan.desk.settings.RefItem;
import cn.fuyuan.desk.settings.ReferenceList;
import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.Dialogs;
import cn.fuyuan.desk.ui.SectionView;
import cn.fuyuan.desk.ui.Ui;
import cn.fuyuan.desk.history.HistoryDialog;
import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.store.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** 设置: the office's identity, the UI language, and the editable lists of regions and fields. */
public final class SettingsView implements SectionView {
    private final AppContext ctx;
    private final SettingsViewModel vm;
    private final Runnable onLanguageChanged;
    private final ScrollPane root;
    private final Label status = new Label();

    public SettingsView(AppContext ctx, Runnable onLanguageChanged) {
        this.ctx = ctx;
        this.onLanguageChanged = onLanguageChanged;
        this.vm = new SettingsViewModel(new SettingsRepository(ctx.db()));

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.getColumnConstraints().addAll(new ColumnConstraints(130), new ColumnConstraints(200, 380, 600, Priority.ALWAYS, null, true));
        int r = 0;
        grid.addRow(r++, new Label(Ui.t("settings.courtName") + " *"), field("settings.courtName", vm.courtNameProperty(), "settings.courtName.prompt"));
        grid.addRow(r++, new Label(Ui.t("settings.courtCode")), field("settings.courtCode", vm.courtCodeProperty(), "settings.courtCode.prompt"));
        grid.addRow(r++, new Label(Ui.t("settings.suggestionPrefix")), field("settings.suggestionPrefix", vm.suggestionPrefixProperty(), "settings.suggestionPrefix.prompt"));
        grid.addRow(r++, new Label(Ui.t("settings.officeName")), field("settings.officeName", vm.officeNameProperty(), null));
        grid.addRow(r++, new Label(Ui.t("settings.contactPerson")), field("settings.contactPerson", vm.contactPersonProperty(), null));
        grid.addRow(r++, new Label(Ui.t("settings.phone")), field("settings.phone", vm.phoneProperty(), null));
        grid.addRow(r++, new Label(Ui.t("settings.address")), field("settings.address", vm.addressProperty(), null));
        ComboBox<Locale> language = new ComboBox<>();
        language.setId("settings.language");
        language.getItems().setAll(Messages.SUPPORTED);
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale l) {
                return l == null ? "" : l.getLanguage().equals("en") ? "English" : "简体中文";
            }

            @Override
            public Locale fromString(String s) {
                return null;
            }
        });
        language.valueProperty().bindBidirectional(vm.languageProperty());
        grid.addRow(r++, new Label(Ui.t("settings.language")), language);
        Button save = Ui.button("action.save", "shortcut.save", this::onSave);
        Button history = Ui.button("action.history", () -> HistoryDialog.showTable(ctx, "setting", Ui.t("nav.settings")));
        status.setId("settings.status");

        HBox lists = new HBox(24, listEditor(new ReferenceList(ctx.db(), ReferenceList.Kind.REGION)), listEditor(new ReferenceList(ctx.db(), ReferenceList.Kind.FIELD)));
        // Save stays at the top: the feature groups make the form longer than the window
        VBox box = new VBox(12, Ui.title("nav.settings"), Ui.toolbar(save, history, status), new Label(Ui.t("settings.office")), grid);
        box.getChildren().addAll(featureGroups());
        box.getChildren().addAll(new Label(Ui.t("settings.lists")), lists);
        box.setPadding(new Insets(4));
        root = new ScrollPane(box);
        root.setFitToWidth(true);
    }

    /** One titled grid per feature group; each setting a choice box or a text field, by its kind. */
    private List<Node> featureGroups() {
        Map<String, GridPane> groups = new LinkedHashMap<>();
        for (SettingKey k : SettingKey.featureSettings()) {
            GridPane g = groups.computeIfAbsent(k.group(), x -> {
                GridPane grid = new GridPane();
                grid.setHgap(8);
                grid.setVgap(8);
                grid.getColumnConstraints().addAll(new ColumnConstraints(220), new ColumnConstraints(200, 380, 600, Priority.ALWAYS, null, true));
                return grid;
            });
            Node editor;
            if (k.kind() == SettingKey.Kind.CHOICE) {
                ComboBox<String> c = new ComboBox<>();
                c.getItems().setAll(k.choices());
                c.setConverter(new StringConverter<>() {
                    @Override
                    public String toString(String v) {
                        String key = k.labelKey() + "." + v;
                        return v == null ? "" : Messages.has(key) ? Ui.t(key) : v;
                    }

                    @Override
                    public String fromString(String s) {
                        return s;
                    }
                });
                c.valueProperty().bindBidirectional(vm.featureProperty(k));
                editor = c;
            } else {
                editor = field("setting." + k.key(), vm.featureProperty(k), null);
            }
            editor.setId("setting." + k.key());
            g.addRow(g.getRowCount(), new Label(Ui.t(k.labelKey())), editor);
        }
        List<Node> out = new ArrayList<>();
        groups.forEach((group, grid) -> {
            out.add(new Label(Ui.t("settings.group." + group)));
            out.add(grid);
        });
        return out;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty p, String promptKey) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(p);
        if (promptKey != null) {
            t.setPromptText(Ui.t(promptKey));
        }
        return t;
    }

    private VBox listEditor(ReferenceList list) {
        ListView<RefItem> view = new ListView<>();
        view.setId("settings.list." + list.kind().name());
        view.setPrefSize(240, 260);
        view.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(RefItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.active() ? item.name() : item.name() + " " + Ui.t("settings.inactive"));
            }
        });
        Runnable reload = () -> view.getItems().setAll(list.list(true));
        reload.run();
        Button add = Ui.button("action.add", () -> ask(list.kind().label(), "").ifPresent(n -> {
            run(() -> list.save(new RefItem(null, n, 0, true)));
            reload.run();
        }));
        Button rename = Ui.button("action.rename", () -> {
            RefItem sel = view.getSelectionModel().getSelectedItem();
            if (sel != null) {
                ask(list.kind().label(), sel.name()).ifPresent(n -> {
                    run(() -> list.save(new RefItem(sel.id(), n, sel.sortOrder(), sel.active())));
                    reload.run();
                });
            }
        });
        Button toggle = Ui.button("settings.toggleActive", () -> {
            RefItem sel = view.getSelectionModel().getSelectedItem();
            if (sel != null) {
                run(() -> list.save(new RefItem(sel.id(), sel.name(), sel.sortOrder(), !sel.active())));
                reload.run();
            }
        });
        Button remove = Ui.button("action.remove", () -> {
            RefItem sel = view.getSelectionModel().getSelectedItem();
            if (sel != null && Dialogs.confirm(ctx.stage(), Ui.t("settings.removeConfirm", sel.name()))) {
                boolean deleted = list.remove(sel.id());
                status.setText(Ui.t(deleted ? "settings.removed" : "settings.deactivatedInUse", sel.name()));
                reload.run();
            }
        });
        Button history = Ui.button("action.history", () -> {
            RefItem sel = view.getSelectionModel().getSelectedItem();
            if (sel != null) {
                HistoryDialog.show(ctx, list.kind() == ReferenceList.Kind.REGION ? "region" : "work_field", sel.id(), sel.name());
            }
        });
        history.disableProperty().bind(view.getSelectionModel().selectedItemProperty().isNull());
        return new VBox(6, new Label(list.kind().label()), view, new HBox(6, add, rename, toggle, remove, history));
    }

    private Optional<String> ask(String what, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        // the dialog's own OK / Cancel follow the JVM's locale: the app's, in its language
        d.getDialogPane().getButtonTypes().setAll(Dialogs.okButton(), Dialogs.cancelButton());
        d.initOwner(ctx.stage());
        d.setTitle(Ui.t("app.title"));
        d.setHeaderText(null);
        d.setContentText(what);
        return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    private void run(Runnable r) {
        try {
            r.run();
        } catch (ValidationException e) {
            Dialogs.problem(ctx.stage(), e.getMessage());
        }
    }

    @Override
    public Node node() {
        return root;
    }

    /** The office settings form: changed values are saved, dropped or kept before the section or window is left. */
    private final cn.fuyuan.desk.ui.DirtyForm unsaved =
            cn.fuyuan.desk.ui.DirtyForm.of(this::formChanged, this::saveForm, this::discardForm, this::owner);

    private boolean formChanged() {
        return vm.isDirty();
    }

    private void saveForm() {
        boolean languageChanged = vm.save();
        status.setText(Ui.t("settings.saved"));
        if (languageChanged) {
            javafx.application.Platform.runLater(onLanguageChanged);
        }
    }

    private void discardForm() {
        vm.load();
    }

    private javafx.stage.Window owner() {
        return ctx.stage();
    }

    @Override
    public cn.fuyuan.desk.ui.DirtyForm unsaved() {
        return unsaved;
    }

    @Override
    public void onShow() {
        vm.load();
        status.setText("");
    }

    @Override
    public void onSave() {
        try {
            boolean languageChanged = vm.save();
            status.setText(Ui.t("settings.saved"));
            if (languageChanged) {
                onLanguageChanged.run();
            }
        } catch (ValidationException e) {
            Dialogs.problem(ctx.stage(), e.getMessage());
        }
    }
}
