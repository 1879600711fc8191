package cn.fuyuan.desk.agency;

import cn.fuyuan.desk.history.HistoryDialog;
import cn.fuyuan.desk.importing.ImportRejected;
import cn.fuyuan.desk.importing.ImportSummary;
import cn.fuyuan.desk.store.ValidationException;
import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.Dialogs;
import cn.fuyuan.desk.ui.DirtyForm;
import cn.fuyuan.desk.ui.DocumentActions;
import cn.fuyuan.desk.ui.SectionView;
import cn.fuyuan.desk.ui.Ui;
import cn.fuyuan.desk.ui.UnsavedChanges;
import java.io.File;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.controlsfx.control.textfield.TextFields;

/** 机关名录: the directory table (search, column filters) beside the agency form ({@link AgencyFormView}), the import. */
public final class AgencyView implements SectionView, AgencyFormView.Actions {
    private final AppContext ctx;
    private final AgencyScreens screens;
    private final AgencyListViewModel list;
    private final AgencyFormViewModel form;
    private final AgencyFormView formView;
    private final BorderPane root = new BorderPane();
    private final TableView<Agency> table;
    private final TextField search = TextFields.createClearableTextField();

    /** The agency form: a changed 职务 … is saved, dropped or kept before another section or agency is shown. */
    private final DirtyForm unsaved;

    public AgencyView(AppContext ctx) {
        this.ctx = ctx;
        this.screens = new AgencyScreens(ctx.db());
        this.list = screens.list();
        this.form = screens.form();
        this.formView = new AgencyFormView(form, this);
        this.unsaved = DirtyForm.of(form::hasChanges, this::saveForm, this::discardForm, ctx::stage);

        search.setPromptText(Ui.t("agency.search"));
        search.setId("agency.search");
        search.setPrefWidth(430);
        search.textProperty().bindBidirectional(list.searchProperty());
        CheckBox inactive = new CheckBox(Ui.t("agency.showInactive"));
        inactive.selectedProperty().bindBidirectional(list.includeInactiveProperty());
        Label count = new Label();
        count.textProperty().bind(Bindings.size(list.shown()).asString(Ui.t("agency.count")));

        Button importButton = Ui.button("agency.import", this::importFile);
        Button print = Ui.button("agency.print", () -> previewDirectory(ctx, list.includeInactiveProperty().get()));
        root.setTop(new VBox(8, Ui.title("nav.agencies"), Ui.toolbar(search, inactive, Ui.spacer(), count, importButton, print)));

        table = AgencyTable.create(list, list.includeInactiveProperty());
        UnsavedChanges.guardSelection(table, unsaved, ctx::stage, formView::load);
        SplitPane split = new SplitPane(table, formView.node());
        split.setDividerPositions(0.70);
        root.setCenter(split);
    }

    /** The directory as a document: preview first, then PDF, DOCX, XLSX or the printer. */
    public static void previewDirectory(AppContext ctx, boolean includeInactive) {
        AgencyScreens screens = new AgencyScreens(ctx.db());
        DocumentActions.preview(ctx, Ui.t("report.agencyDirectory"), "机关名录", () -> screens.directory(includeInactive));
    }

    @Override
    public Node node() {
        return root;
    }

    private void saveForm() {
        Agency saved = form.save();
        formView.status.setText(Ui.t("agency.saved", saved.name()));
        // the list shows the saved row once the choice that asked has been made
        Platform.runLater(list::reload);
    }

    private void discardForm() {
        Integer id = form.idProperty().get();
        formView.load(id == null ? null : screens.find(id).orElse(null));
    }

    @Override
    public DirtyForm unsaved() {
        return unsaved;
    }

    @Override
    public void onShow() {
        formView.region.getItems().setAll(screens.regions());
        formView.field.getItems().setAll(screens.fields());
        list.reload();
        if (form.idProperty().get() == null && !form.dirtyProperty().get()) {
            formView.load(null);
        }
    }

    /** The directory's rows go (the form, clean once the section may be left, keeps the agency it shows). */
    @Override
    public void onHide() {
        list.release();
    }

    @Override
    public void onNew() {
        if (!unsaved.mayLeave(ctx.stage())) {
            return;
        }
        table.getSelectionModel().clearSelection();
        formView.load(null);
        formView.name.requestFocus();
    }

    @Override
    public void onSave() {
        if (formView.save.isDisabled()) {
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
            formView.status.setText(Ui.t("agency.saved", saved.name()));
        } catch (ValidationException e) {
            formView.status.setText("");
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

    @Override
    public void history() {
        HistoryDialog.show(ctx, "agency", form.idProperty().get(), form.nameProperty().get());
    }

    @Override
    public void remove() {
        Integer id = form.idProperty().get();
        String name = form.nameProperty().get();
        if (id == null || !Dialogs.confirm(ctx.stage(), Ui.t("agency.removeConfirm", name))) {
            return;
        }
        AgencyRepository.Removal r = screens.remove(id);
        list.reload();
        if (r == AgencyRepository.Removal.DEACTIVATED) {
            screens.find(id).ifPresent(formView::load);
            formView.status.setText(Ui.t("agency.deactivated", name));
        } else {
            formView.load(null);
            formView.status.setText(Ui.t("agency.deleted", name));
        }
    }

    @Override
    public boolean canImport() {
        return true;
    }

    @Override
    public void onImport() {
        importFile();
    }

    @Override
    public cn.fuyuan.desk.ui.ListExport.Shown shownList() {
        String searched = search.getText() == null || search.getText().isBlank() ? ""
                : Ui.t("export.list.searched", search.getText().strip());
        return new cn.fuyuan.desk.ui.ListExport.Shown(Ui.t("nav.agencies"), "agencies", table, () -> searched);
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
