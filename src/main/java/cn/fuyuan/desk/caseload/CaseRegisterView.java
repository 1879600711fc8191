package cn.fuyuan.desk.caseload;

import static cn.fuyuan.desk.ui.Cells.column;
import static cn.fuyuan.desk.ui.Cells.converter;
import static cn.fuyuan.desk.ui.Cells.withNull;

import cn.fuyuan.desk.caseload.CaseQueries.CaseRow;
import cn.fuyuan.desk.importing.TabularFile;
import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.Dialogs;
import cn.fuyuan.desk.ui.Ui;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * 案件登记: the register, loaded in the background into a virtualised table, with its filters and search
 * ({@link CaseListViewModel}); a double-click opens the case form ({@link CaseFormDialog}); the import.
 */
final class CaseRegisterView {
    private final AppContext ctx;
    private final CaseScreens screens;
    private final CaseListViewModel list = new CaseListViewModel();
    private final TableView<CaseRow> table = new TableView<>();
    private final Label count = new Label();
    private final TextField search = new TextField();
    private final Node root;

    CaseRegisterView(AppContext ctx, CaseScreens screens) {
        this.ctx = ctx;
        this.screens = screens;
        this.root = register();
    }

    Node node() {
        return root;
    }

    void focusSearch() {
        search.requestFocus();
    }

    /** The case selected when the register was released, chosen again once it is loaded (null: none). */
    private Integer selectedWhenReleased;
    /** False from {@link #release()} until the next {@link #reload()}: a load that ends while hidden is dropped. */
    private boolean wanted = true;

    /**
     * The section is left: the rows go (the filters, the search and the selected case are remembered); the next
     * {@link #reload()} reads them again.
     */
    void release() {
        CaseRow selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            selectedWhenReleased = selected.id();
        }
        wanted = false;
        list.release();
    }

    /** Loads the register in the background (a large register must not freeze the window). */
    void reload() {
        wanted = true;
        String own = screens.ownCourt();
        ctx.jobs().run(Ui.t("caseload.loading"), new Task<List<CaseRow>>() {
            @Override
            protected List<CaseRow> call() {
                updateProgress(-1, 1);
                return screens.cases(own);
            }
        }, rows -> {
            if (!wanted) {
                return; // left while it loaded: not kept
            }
            list.load(rows);
            updateCount();
            reselect();
        }, t -> Dialogs.error(ctx.stage(), t));
    }

    /** The case selected before the section was left, selected and scrolled to again (if the filters still show it). */
    private void reselect() {
        Integer id = selectedWhenReleased;
        selectedWhenReleased = null;
        if (id == null) {
            return;
        }
        List<CaseRow> rows = list.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == id) {
                table.getSelectionModel().clearAndSelect(i);
                table.scrollTo(Math.max(0, i - 3));
                return;
            }
        }
    }

    private void updateCount() {
        count.setText(Ui.t("caseload.count", list.rows().size(), list.total()));
    }

    private Node register() {
        search.setId("caseload.search");
        search.setPromptText(Ui.t("caseload.search.prompt"));
        search.setPrefColumnCount(22);
        search.textProperty().bindBidirectional(list.search);
        ComboBox<Integer> year = new ComboBox<>();
        year.setPromptText(Ui.t("caseload.filter.year"));
        year.setOnShowing(e -> year.getItems().setAll(withNull(list.years())));
        year.valueProperty().bindBidirectional(list.year);
        ComboBox<String> court = names("caseload.filter.court", screens::courtFilter);
        court.valueProperty().bindBidirectional(list.court);
        ComboBox<String> agency = names("caseload.filter.agency", screens::defendantNames);
        agency.valueProperty().bindBidirectional(list.agency);
        ComboBox<String> region = names("caseload.filter.region", screens::regionNames);
        region.valueProperty().bindBidirectional(list.region);
        ComboBox<String> field = names("caseload.filter.field", screens::fieldNames);
        field.valueProperty().bindBidirectional(list.field);
        ComboBox<CaseResult> result = new ComboBox<>(FXCollections.observableArrayList(withNull(List.of(CaseResult.values()))));
        result.setPromptText(Ui.t("caseload.filter.result"));
        result.setConverter(converter("caseload.all", CaseResult::label));
        result.valueProperty().bindBidirectional(list.result);
        CheckBox absent = new CheckBox(Ui.t("caseload.filter.headAbsent"));
        absent.setId("caseload.filter.headAbsent");
        absent.selectedProperty().bindBidirectional(list.headAbsent);
        CheckBox missing = new CheckBox(Ui.t("caseload.filter.noticeMissing"));
        missing.selectedProperty().bindBidirectional(list.noticeMissing);
        Button clear = Ui.button("caseload.filter.clear", list::clearFilters);
        list.rows().addListener((javafx.collections.ListChangeListener<CaseRow>) c -> updateCount());

        FlowPane filters = new FlowPane(8, 6, year, court, agency, region, field, result, absent, missing, clear);
        Node bar = Ui.toolbar(search, Ui.button("caseload.new", () -> openCase(null)), Ui.button("caseload.import", this::importFile),
                Ui.spacer(), count);

        table.setId("caseload.table");
        // the ＋ at the header's right hides and shows columns: 导出 and 打印 take the columns shown
        table.setTableMenuButtonVisible(true);
        table.setItems(list.rows());
        table.getColumns().add(column("caseload.col.caseNumber", 160, CaseRow::caseNumber));
        table.getColumns().add(column("caseload.col.court", 150, CaseRow::courtName));
        table.getColumns().add(column("caseload.col.plaintiffs", 140, CaseRow::plaintiffs));
        table.getColumns().add(column("caseload.col.defendant", 220, CaseRow::defendants));
        table.getColumns().add(column("caseload.col.cause", 110, CaseRow::cause));
        table.getColumns().add(column("caseload.col.result", 100, r -> r.result() == null ? "" : r.result().label()));
        table.getColumns().add(column("caseload.col.filed", 90, r -> str(r.filed())));
        table.getColumns().add(column("caseload.col.closed", 90, r -> str(r.closed())));
        table.getColumns().add(column("caseload.col.hearings", 60, r -> String.valueOf(r.hearings())));
        table.getColumns().add(column("caseload.col.lastHearing", 90, r -> str(r.lastHearing())));
        table.getColumns().add(column("caseload.col.flags", 140, r -> (r.headAbsent() ? Ui.t("caseload.flag.headAbsent") + " " : "")
                + (r.noticeMissing() ? Ui.t("caseload.flag.noticeMissing") : "")));
        table.setRowFactory(tv -> {
            TableRow<CaseRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    screens.find(row.getItem().id()).ifPresent(this::openCase);
                }
            });
            return row;
        });
        table.setPlaceholder(new Label(Ui.t("caseload.empty")));
        VBox box = new VBox(8, bar, filters, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    /** Opens the case form; a saved case reloads the section. */
    void openCase(AdminCase c) {
        if (new CaseFormDialog(ctx, screens).open(c)) {
            reloadSection.run();
        }
    }

    /** What a saved case or an import reloads: the whole section (set by {@link CaseView}). */
    Runnable reloadSection = this::reload;

    private ComboBox<String> names(String promptKey, Supplier<List<String>> items) {
        ComboBox<String> c = new ComboBox<>();
        c.setPromptText(Ui.t(promptKey));
        c.setOnShowing(e -> c.getItems().setAll(withNull(items.get())));
        return c;
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    /** The register as shown, for 文件→导出 / 打印: the filters set, in words. */
    cn.fuyuan.desk.ui.ListExport.Shown shown() {
        return new cn.fuyuan.desk.ui.ListExport.Shown(Ui.t("caseload.tab.register"), "case-register", table, this::filterInWords);
    }

    private String filterInWords() {
        return new cn.fuyuan.desk.ui.ListExport.FilterWords().searched(list.search.get())
                .field(Ui.t("caseload.filter.year"), list.year.get())
                .field(Ui.t("caseload.filter.court"), list.court.get())
                .field(Ui.t("caseload.filter.agency"), list.agency.get())
                .field(Ui.t("caseload.filter.region"), list.region.get())
                .field(Ui.t("caseload.filter.field"), list.field.get())
                .field(Ui.t("caseload.filter.result"), list.result.get() == null ? null : list.result.get().label())
                .flag(list.headAbsent.get(), Ui.t("caseload.filter.headAbsent"))
                .flag(list.noticeMissing.get(), Ui.t("caseload.filter.noticeMissing"))
                .toString();
    }

    void importFile() {
        FileChooser fc = new FileChooser();
        fc.setTitle(Ui.t("caseload.import"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(Ui.t("import.fileTypes"), "*.xlsx", "*.csv"));
        File f = fc.showOpenDialog(ctx.stage());
        if (f != null) {
            importFile(f.toPath());
        }
    }

    /**
     * Reads the file in the background, then opens the mapping step ({@link HearingImportDialog}): the file's columns,
     * then any unknown agencies and courts; the import itself runs in the background with a progress bar.
     */
    void importFile(Path file) {
        ctx.jobs().run(Ui.t("caseload.import.reading"), new Task<TabularFile.Content>() {
            @Override
            protected TabularFile.Content call() throws Exception {
                updateProgress(-1, 1);
                return TabularFile.read(file);
            }
        }, content -> new HearingImportDialog(ctx, content, reloadSection).show(), t -> Dialogs.error(ctx.stage(), t));
    }
}
