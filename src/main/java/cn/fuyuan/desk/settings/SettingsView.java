package cn.fuyuan.desk.settings;

import cn.fuyuan.desk.history.HistoryDialog;
import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.store.ValidationException;
import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.Dialogs;
import cn.fuyuan.desk.ui.DirtyForm;
import cn.fuyuan.desk.ui.SectionView;
import cn.fuyuan.desk.ui.Ui;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * 设置: the office's identity, the UI language, the feature settings and the editable lists of regions and fields
 * ({@link ReferenceListView}). The form is {@link SettingsViewModel}'s. Labels wrap rather than being cut off, and a
 * setting written as a pattern shows what it prints (〔2026〕12号), not only its syntax.
 */
public final class SettingsView implements SectionView {
    /** The widest a label column grows before its labels wrap. */
    private static final double LABEL_MAX = 300;
    private final AppContext ctx;
    private final SettingsViewModel vm;
    private final Runnable onLanguageChanged;
    private final ScrollPane root;
    private final Label status = new Label();
    private final List<ReferenceListView> lists = new ArrayList<>();

    public SettingsView(AppContext ctx, Runnable onLanguageChanged) {
        this.ctx = ctx;
        this.onLanguageChanged = onLanguageChanged;
        this.vm = SettingsViewModel.of(ctx.db());

        GridPane grid = grid();
        row(grid, Ui.t("settings.courtName") + " *", field("settings.courtName", vm.courtNameProperty(), "settings.courtName.prompt"));
        row(grid, Ui.t("settings.courtCode"), field("settings.courtCode", vm.courtCodeProperty(), "settings.courtCode.prompt"));
        row(grid, Ui.t("settings.suggestionPrefix"), field("settings.suggestionPrefix", vm.suggestionPrefixProperty(), "settings.suggestionPrefix.prompt"));
        row(grid, Ui.t("settings.officeName"), field("settings.officeName", vm.officeNameProperty(), null));
        row(grid, Ui.t("settings.contactPerson"), field("settings.contactPerson", vm.contactPersonProperty(), null));
        row(grid, Ui.t("settings.phone"), field("settings.phone", vm.phoneProperty(), null));
        row(grid, Ui.t("settings.address"), field("settings.address", vm.addressProperty(), null));
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
        row(grid, Ui.t("settings.language"), language);
        Button save = Ui.button("action.save", "shortcut.save", this::onSave);
        Button history = Ui.button("action.history", () -> HistoryDialog.showTable(ctx, "setting", Ui.t("nav.settings")));
        history.setId("settings.history");
        status.setId("settings.status");

        HBox listBox = new HBox(24);
        for (ReferenceList.Kind kind : ReferenceList.Kind.values()) {
            ReferenceListView l = new ReferenceListView(ctx, new ReferenceListViewModel(ctx.db(), kind), this::showStatus);
            lists.add(l);
            listBox.getChildren().add(l.node());
        }
        // Save stays at the top: the feature groups make the form longer than the window
        VBox box = new VBox(12, Ui.title("nav.settings"), Ui.toolbar(save, history, status), new Label(Ui.t("settings.office")), grid);
        box.getChildren().addAll(featureGroups());
        box.getChildren().addAll(new Label(Ui.t("settings.lists")), listBox);
        box.setPadding(new Insets(4));
        root = new ScrollPane(box);
        root.setFitToWidth(true);
    }

    /** A two-column form: labels as wide as they need up to {@link #LABEL_MAX} (then they wrap), the fields the rest. */
    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        labels.setMaxWidth(LABEL_MAX);
        labels.setHgrow(Priority.NEVER);
        grid.getColumnConstraints().addAll(labels, new ColumnConstraints(200, 380, 600, Priority.ALWAYS, null, true));
        return grid;
    }

    private static void row(GridPane grid, String label, Node editor) {
        Label l = new Label(label);
        l.setWrapText(true);
        l.setMaxWidth(LABEL_MAX);
        l.setMinHeight(Region.USE_PREF_SIZE);
        grid.addRow(grid.getRowCount(), l, editor);
    }

    /** One titled grid per feature group; each setting a choice box or a text field, by its kind. */
    private List<Node> featureGroups() {
        Map<String, GridPane> groups = new LinkedHashMap<>();
        for (SettingKey k : SettingKey.featureSettings()) {
            GridPane g = groups.computeIfAbsent(k.group(), x -> grid());
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
            row(g, Ui.t(k.labelKey()), editor);
            if (SettingsViewModel.isPattern(k)) {
                g.add(patternHint(k, (TextField) editor), 1, g.getRowCount());
            }
        }
        List<Node> out = new ArrayList<>();
        groups.forEach((group, grid) -> {
            out.add(new Label(Ui.t("settings.group." + group)));
            out.add(grid);
        });
        return out;
    }

    /** Under a pattern setting: what it prints now (将印为：〔2026〕12号), with the places explained in its tooltip. */
    private Label patternHint(SettingKey k, TextField editor) {
        Label hint = new Label();
        hint.setId("setting." + k.key() + ".example");
        hint.setStyle("-fx-text-fill: #555;");
        hint.setWrapText(true);
        int year = LocalDate.now().getYear();
        hint.textProperty().bind(Bindings.createStringBinding(() -> Ui.t("settings.example",
                SettingsViewModel.example(vm.featureProperty(k).get(), year, 12, vm.courtNameProperty().get())),
                vm.featureProperty(k), vm.courtNameProperty()));
        Tooltip help = new Tooltip(Ui.t("settings.pattern.help"));
        help.setWrapText(true);
        help.setMaxWidth(420);
        editor.setTooltip(help);
        return hint;
    }

    private static TextField field(String id, StringProperty p, String promptKey) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(p);
        if (promptKey != null) {
            t.setPromptText(Ui.t(promptKey));
        }
        return t;
    }

    private void showStatus(String text) {
        Ui.status(status, Ui.Status.SUCCESS, text);
    }

    @Override
    public Node node() {
        return root;
    }

    /** The office settings form: changed values are saved, dropped or kept before the section or window is left. */
    private final DirtyForm unsaved = DirtyForm.of(this::formChanged, this::saveForm, this::discardForm, this::owner);

    private boolean formChanged() {
        return vm.isDirty();
    }

    private void saveForm() {
        boolean languageChanged = vm.save();
        showStatus(Ui.t("settings.saved"));
        if (languageChanged) {
            javafx.application.Platform.runLater(onLanguageChanged);
        }
    }

    private void discardForm() {
        vm.load();
    }

    private Window owner() {
        return ctx.stage();
    }

    @Override
    public DirtyForm unsaved() {
        return unsaved;
    }

    @Override
    public void onShow() {
        vm.load();
        lists.forEach(ReferenceListView::reload);
        status.setText("");
    }

    @Override
    public void onSave() {
        try {
            boolean languageChanged = vm.save();
            showStatus(Ui.t("settings.saved"));
            if (languageChanged) {
                onLanguageChanged.run();
            }
        } catch (ValidationException e) {
            Dialogs.problem(ctx.stage(), e.getMessage());
        }
    }
}
