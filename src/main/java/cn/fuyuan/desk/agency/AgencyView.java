package cn.fuyuan.desk.agency;

import cn.fuyuan.desk.settings.RefItem;
import cn.fuyuan.desk.settings.ReferenceList;
import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.Dialogs;
import cn.fuyuan.desk.ui.SectionView;
import cn.fuyuan.desk.ui.Ui;
import cn.fuyuan.desk.history.HistoryDialog;
import cn.fuyuan.desk.importing.ImportRejected;
import cn.fuyuan.desk.importing.ImportSummary;
import cn.fuyuan.desk.ui.DocumentActions;
import cn.fuyuan.desk.report.ReportService;
import java.time.LocalDate;
import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.store.Problem;
import cn.fuyuan.desk.store.ValidationException;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.controlsfx.control.table.TableFilter;
import org.controlsfx.control.textfield.TextFields;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/** 机关名录: the directory table (search, column filters) beside the agency form (validated as you type). */
public final class AgencyView implements SectionView {
    private final AppContext ctx;
    private final AgencyRepository agencies;
    private final AgencyListViewModel list;
    private final AgencyFormViewModel form;
    private final BorderPane root = new BorderPane();
    private final TableView<Agency> table = new TableView<>();
    private final TextField search = TextFields.createClearableTextField();
    private final TextField name = new TextField();
    private final ComboBox<RefItem> region = new ComboBox<>();
    private final ComboBox<RefItem> field = new ComboBox<>();
    private final Label status = new Label();
    private final ValidationSupport validation = new ValidationSupport();
    private Button save;

    public AgencyView(AppContext ctx) {
        this.ctx = ctx;
        this.agencies = new AgencyRepository(ctx.db());
        this.list = new AgencyListViewModel(agencies);
        this.form = new AgencyFormViewModel(agencies);

        search.setPromptText(Ui.t("agency.search"));
        search.setId("agency.search");
        search.setPrefWidth(430);
        search.textProperty().bindBidirectional(list.searchProperty());
        CheckBox inactive = new CheckBox(Ui.t("agency.showInactive"));
        inactive.selectedProperty().bindBidirectional(list.includeInactiveProperty());
        Label count = new Label();
        count.textProperty().bind(javafx.beans.binding.Bindings.size(list.shown()).asString(Ui.t("agency.count")));

        Button importButton = Ui.button("agency.import", this::importFile);
        Button print = Ui.button("agency.print", () -> previewDirectory(ctx, list.includeInactiveProperty().get()));
        VBox top = new VBox(8, Ui.title("nav.agencies"),
                Ui.toolbar(search, inactive, Ui.spacer(), count, importButton, print));
        root.setTop(top);

        buildTable();
        SplitPane split = new SplitPane(table, buildForm());
        split.setDividerPositions(0.70);
        root.setCenter(split);
    }

    /** The directory as a document: preview first, then PDF, DOCX, XLSX or the printer. */
    public static void previewDirectory(AppContext ctx, boolean includeInactive) {
        DocumentActions.preview(ctx, Ui.t("report.agencyDirectory"), "机关名录",
                () -> AgencyDirectoryReport.fill(ReportService.shared(), new SettingsRepository(ctx.db()).office(),
                        new AgencyRepository(ctx.db()).list(includeInactive), LocalDate.now()));
    }

    private void buildTable() {
        table.setId("agency.table");
        table.getColumns().add(col("agency.name", Agency::name, 205));
        table.getColumns().add(col("agency.shortName", Agency::shortName, 110));
        table.getColumns().add(col("agency.region", Agency::regionName, 80));
        table.getColumns().add(col("agency.field", Agency::fieldName, 72));
        table.getColumns().add(col("agency.level", a -> Ui.t(a.level().messageKey()), 56));
        table.getColumns().add(col("agency.headName", Agency::headName, 85));
        table.getColumns().add(col("agency.phone", Agency::phone, 105));
        TableColumn<Agency, String> active = col("agency.active", a -> a.active() ? Ui.t("common.yes") : Ui.t("common.no"), 48);
        // every row is in use unless inactive ones are shown: the column only says something then
        active.visibleProperty().bind(list.includeInactiveProperty());
        table.getColumns().add(active);
        table.setItems(list.shown());
        table.setPlaceholder(new Label(Ui.t("agency.none")));
        TableFilter.forTableView(table).lazy(true).apply();
        cn.fuyuan.desk.ui.UnsavedChanges.guardSelection(table, unsaved, ctx::stage, a -> {
            form.load(a, region.getItems(), field.getItems());
            status.setText("");
        });
    }

    private static TableColumn<Agency, String> col(String key, Function<Agency, String> value, double width) {
        TableColumn<Agency, String> c = new TableColumn<>(Ui.t(key));
        c.setCellValueFactory(cd -> new SimpleStringProperty(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private Node buildForm() {
        name.setId("agency.form.name");
        name.textProperty().bindBidirectional(form.nameProperty());
        TextField shortName = text("agency.form.shortName", form.shortNameProperty());
        region.setId("agency.form.region");
        region.valueProperty().bindBidirectional(form.regionProperty());
        field.setId("agency.form.field");
        field.valueProperty().bindBidirectional(form.fieldProperty());
        ComboBox<AgencyLevel> level = new ComboBox<>();
        level.setId("agency.form.level");
        level.getItems().setAll(AgencyLevel.values());
        level.setConverter(new StringConverter<>() {
            @Override
            public String toString(AgencyLevel l) {
                return l == null ? "" : Ui.t(l.messageKey());
            }

            @Override
            public AgencyLevel fromString(String s) {
                return null;
            }
        });
        level.valueProperty().bindBidirectional(form.levelProperty());
        TextField head = text("agency.form.headName", form.headNameProperty());
        TextField title = text("agency.form.headTitle", form.headTitleProperty());
        TextField phone = text("agency.form.phone", form.phoneProperty());
        CheckBox active = new CheckBox(Ui.t("agency.active"));
        active.selectedProperty().bindBidirectional(form.activeProperty());
        for (ComboBox<?> c : List.of(region, field, level)) {
            c.setMaxWidth(Double.MAX_VALUE);
        }

        validate(name, "name");
        validate(level, "level");
        validate(phone, "phone");

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        // the labels take the width they need (English ones are longer), the fields the rest
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(labels, new ColumnConstraints(150, 210, Double.MAX_VALUE, Priority.ALWAYS, null, true));
        int r = 0;
        grid.addRow(r++, required("agency.name"), name);
        grid.addRow(r++, new Label(Ui.t("agency.shortName")), shortName);
        grid.addRow(r++, new Label(Ui.t("agency.region")), region);
        grid.addRow(r++, new Label(Ui.t("agency.field")), field);
        grid.addRow(r++, required("agency.level"), level);
        grid.addRow(r++, new Label(Ui.t("agency.headName")), head);
        grid.addRow(r++, new Label(Ui.t("agency.headTitle")), title);
        grid.addRow(r++, new Label(Ui.t("agency.phone")), phone);
        grid.addRow(r++, new Label(), active);

        Button newButton = Ui.button("action.new", "shortcut.new", this::onNew);
        save = Ui.button("action.save", "shortcut.save", this::onSave);
        save.disableProperty().bind(form.validProperty().not().or(form.dirtyProperty().not()));
        Button remove = Ui.button("agency.remove", this::remove);
        remove.disableProperty().bind(form.idProperty().isNull());
        Button history = Ui.button("action.history", () -> HistoryDialog.show(ctx, "agency", form.idProperty().get(), form.nameProperty().get()));
        history.disableProperty().bind(form.idProperty().isNull());
        status.setId("agency.form.status");
        status.setWrapText(true);
        Label problems = new Label();
        problems.setId("agency.form.problems");
        problems.setWrapText(true);
        problems.setStyle("-fx-text-fill: #b00020;");
        problems.visibleProperty().bind(form.dirtyProperty().or(form.idProperty().isNotNull()));
        problems.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> form.problems().stream().map(Problem::message).collect(Collectors.joining("\n")), form.problems()));
        // the buttons wrap to a second line rather than shrink to "…" when the form is narrow
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 8, newButton, save, remove, history);
        buttons.setPadding(new Insets(0, 0, 8, 8));
        VBox box = new VBox(8, Ui.title("agency.form.title"), grid, buttons, problems, status);
        box.setPadding(new Insets(0, 0, 0, 12));
        return box;
    }

    private static Label required(String key) {
        return new Label(Ui.t(key) + " *");
    }

    private static TextField text(String id, javafx.beans.property.StringProperty p) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(p);
        return t;
    }

    private void validate(Control c, String fieldId) {
        validation.registerValidator(c, false, (Control ctl, Object v) -> {
            form.validate();
            return form.problemOf(fieldId)
                    .map(m -> ValidationResult.fromMessageIf(ctl, m, Severity.ERROR, true))
                    .orElseGet(ValidationResult::new);
        });
    }

    @Override
    public Node node() {
        return root;
    }

    /** The agency form: a changed 职务 … is saved, dropped or kept before another section or agency is shown. */
    private final cn.fuyuan.desk.ui.DirtyForm unsaved =
            cn.fuyuan.desk.ui.DirtyForm.of(this::formChanged, this::saveForm, this::discardForm, this::owner);

    private boolean formChanged() {
        return form.hasChanges();
    }

    private void saveForm() {
        Agency saved = form.save();
        status.setText(Ui.t("agency.saved", saved.name()));
        // the list shows the saved row once the choice that asked has been made
        javafx.application.Platform.runLater(list::reload);
    }

    private void discardForm() {
        Integer id = form.idProperty().get();
        Agency stored = id == null ? null : agencies.find(id).orElse(null);
        form.load(stored, region.getItems(), field.getItems());
        status.setText("");
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
        region.getItems().setAll(new ReferenceList(ctx.db(), ReferenceList.Kind.REGION).list(false));
        field.getItems().setAll(new ReferenceList(ctx.db(), ReferenceList.Kind.FIELD).list(false));
        list.reload();
        if (form.idProperty().get() == null && !form.dirtyProperty().get()) {
            form.load(null, region.getItems(), field.getItems());
        }
    }

    @Override
    public void onNew() {
        if (!unsaved.mayLeave(ctx.stage())) {
            return;
        }
        table.getSelectionModel().clearSelection();
        form.load(null, region.getItems(), field.getItems());
        status.setText("");
        name.requestFocus();
    }

    @Override
    public void onSave() {
        if (save.isDisabled()) {
            // Ctrl+S does what the button does: nothing while the form is unchanged or has problems,
            // which the form already shows in red; no dialog to click away in the middle of typing
            return;
        }
        try {
            Agency saved = form.save();
            list.reload();
            table.getItems().stream().filter(a -> a.id().equals(saved.id())).findFirst().ifPresent(a -> {
                table.getSelectionModel().select(a);
                table.scrollTo(a);
            });
            status.setText(Ui.t("agency.saved", saved.name()));
        } catch (ValidationException e) {
            status.setText("");
            Dialogs.problem(ctx.stage(), e.getMessage());
        }
    }

    @Override
    public void onSearch() {
        search.requestFocus();
    }

    @Override
    public void openRecord(int id) {
        if (table.getItems().stream().noneMatch(a -> a.id() == id)) {
            search.clear();
        }
        table.getItems().stream().filter(a -> a.id() == id).findFirst().ifPresent(a -> {
            table.getSelectionModel().select(a);
            table.scrollTo(a);
        });
    }

    private void remove() {
        Integer id = form.idProperty().get();
        if (id == null || !Dialogs.confirm(ctx.stage(), Ui.t("agency.removeConfirm", form.nameProperty().get()))) {
            return;
        }
        AgencyRepository.Removal r = agencies.remove(id);
        list.reload();
        if (r == AgencyRepository.Removal.DEACTIVATED) {
            status.setText(Ui.t("agency.deactivated", form.nameProperty().get()));
            agencies.find(id).ifPresent(a -> form.load(a, region.getItems(), field.getItems()));
        } else {
            status.setText(Ui.t("agency.deleted", form.nameProperty().get()));
            form.load(null, region.getItems(), field.getItems());
        }
    }

    private void importFile() {
        FileChooser fc = new FileChooser();
        fc.setTitle(Ui.t("agency.import"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(Ui.t("import.fileTypes"), "*.xlsx", "*.csv"));
        File f = fc.showOpenDialog(ctx.stage());
        if (f != null) {
            importFile(f.toPath(), false);
        }
    }

    /** Runs the import in the background; when only unknown regions/fields stand in the way, asks to add them. */
    public void importFile(Path file, boolean createMissing) {
        ctx.jobs().run(Ui.t("agency.import"), new Task<ImportSummary>() {
            @Override
            protected ImportSummary call() throws Exception {
                updateProgress(-1, 1);
                return AgencyImport.run(ctx.db(), file, createMissing, false);
            }
        }, summary -> {
            onShow();
            Dialogs.info(ctx.stage(), Ui.t("import.summary", summary.rows(), summary.inserted(), summary.updated(),
                    summary.unchanged(), summary.created().isEmpty() ? "—" : summary.created().toString()));
        }, t -> {
            if (t instanceof ImportRejected rejected && !createMissing && onlyMissing(rejected)) {
                String names = rejected.missing().entrySet().stream()
                        .map(e -> e.getKey() + "：" + String.join("、", e.getValue()))
                        .collect(Collectors.joining("\n"));
                if (Dialogs.confirm(ctx.stage(), Ui.t("import.askCreateMissing", names))) {
                    importFile(file, true);
                }
                return;
            }
            Dialogs.error(ctx.stage(), t);
        });
    }

    private static boolean onlyMissing(ImportRejected r) {
        Set<String> headers = r.missing().keySet();
        return r.problems().stream().allMatch(p -> headers.contains(p.field()) && r.missing().get(p.field()).stream()
                .anyMatch(n -> p.message().contains(n)));
    }
}
