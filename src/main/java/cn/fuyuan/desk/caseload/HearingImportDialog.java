package cn.fuyuan.desk.caseload;

import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.Dialogs;
import cn.fuyuan.desk.ui.Ui;
import cn.fuyuan.desk.caseload.HearingImportViewModel.Choice;
import cn.fuyuan.desk.caseload.HearingImportViewModel.Column;
import cn.fuyuan.desk.caseload.HearingImportViewModel.UnknownName;
import cn.fuyuan.desk.importing.ImportRejected;
import cn.fuyuan.desk.importing.ImportSummary;
import cn.fuyuan.desk.importing.TabularFile;
import cn.fuyuan.desk.store.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

/**
 * The hearing import's mapping step, thin over {@link HearingImportViewModel}: page 1 the file's columns (header, sample,
 * what it is imported as); 导入 runs the import in the background; when it is refused only for unknown agencies or
 * courts, page 2 lists them (name, kind, existing name or 新增) and 导入 runs it again with the names mapped. Any other
 * refusal is listed as every import does, and the dialog stays open to change the columns. A refused import writes
 * nothing, so trying it is what tells the unknown names.
 */
final class HearingImportDialog {
    private final AppContext ctx;
    private final TabularFile.Content content;
    private final Runnable onImported;
    private final HearingImportViewModel vm = new HearingImportViewModel();
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType back = new ButtonType(Ui.t("caseload.mapping.back"), ButtonBar.ButtonData.BACK_PREVIOUS);
    private final ButtonType run = new ButtonType(Ui.t("caseload.mapping.run"), ButtonBar.ButtonData.OK_DONE);
    private final ButtonType cancel = new ButtonType(Ui.t("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    private final BorderPane page = new BorderPane();
    private final Node columnsPage;
    private final Node namesPage;
    private final BooleanProperty onNames = new SimpleBooleanProperty();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final ProgressBar progress = new ProgressBar();
    private final Label status = new Label();
    private Task<ImportSummary> task;

    HearingImportDialog(AppContext ctx, TabularFile.Content content, Runnable onImported) {
        this.ctx = ctx;
        this.content = content;
        this.onImported = onImported;
        vm.load(content);
        columnsPage = columnsPage();
        namesPage = namesPage();

        dialog.initOwner(ctx.stage());
        dialog.setTitle(Ui.t("caseload.mapping.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("import.mapping");
        dialog.getDialogPane().getButtonTypes().addAll(back, run, cancel);
        progress.setId("import.mapping.progress");
        progress.setPrefWidth(220);
        HBox bar = new HBox(8, progress, status);
        bar.visibleProperty().bind(running);
        bar.managedProperty().bind(running);
        page.setBottom(bar);
        BorderPane.setMargin(bar, new javafx.geometry.Insets(8, 0, 0, 0));
        page.setCenter(columnsPage);
        page.setPrefWidth(760);
        dialog.getDialogPane().setContent(page);

        Button backButton = (Button) dialog.getDialogPane().lookupButton(back);
        backButton.setId("import.mapping.back");
        backButton.visibleProperty().bind(onNames);
        backButton.managedProperty().bind(onNames);
        backButton.disableProperty().bind(running);
        backButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            showPage(false);
        });
        Button runButton = (Button) dialog.getDialogPane().lookupButton(run);
        runButton.setId("import.mapping.run");
        runButton.setDefaultButton(true);
        runButton.disableProperty().bind(running.or(vm.validProperty().not()));
        runButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            startImport();
        });
        Button cancelButton = (Button) dialog.getDialogPane().lookupButton(cancel);
        cancelButton.setId("import.mapping.cancel");
        cancelButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (running.get()) {
                // stop the import (it rolls back) but keep the dialog, so the choices are not lost
                e.consume();
                task.cancel(true);
            }
        });
        dialog.setOnCloseRequest(e -> {
            if (running.get()) {
                e.consume();
            }
        });
    }

    void show() {
        dialog.show();
    }

    private Window window() {
        return dialog.getDialogPane().getScene().getWindow();
    }

    private void showPage(boolean names) {
        onNames.set(names);
        page.setCenter(names ? namesPage : columnsPage);
    }

    // ------------------------------------------------------------------ page 1: columns

    private Node columnsPage() {
        Label what = new Label(Ui.t("caseload.mapping.columns", content.file() == null ? "" : content.file().getFileName(), vm.rowCount()));
        what.setWrapText(true);
        TableView<Column> table = new TableView<>(vm.columns());
        table.setId("import.mapping.columns");
        table.getColumns().add(text("caseload.mapping.col.header", 200, c -> c.header));
        table.getColumns().add(text("caseload.mapping.col.sample", 260, c -> c.sample));
        List<String> targets = new ArrayList<>();
        targets.add(null);
        targets.addAll(HearingImport.HEADERS);
        TableColumn<Column, Column> target = new TableColumn<>(Ui.t("caseload.mapping.col.target"));
        target.setPrefWidth(230);
        target.setSortable(false);
        target.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(x.getValue()));
        target.setCellFactory(col -> new ComboCell<Column, String>(c -> c.target, c -> targets, c -> "import.mapping.target-" + c.header,
                t -> t == null ? Ui.t("caseload.mapping.ignore") : HearingImport.REQUIRED_HEADERS.contains(t) ? t + " *" : t,
                Ui.t("caseload.mapping.ignore"), false) {
            private final ListChangeListener<Problem> restyle = ch -> style();
            private Column shown;

            @Override
            protected void updateItem(Column item, boolean empty) {
                super.updateItem(item, empty);
                if (shown != null) {
                    vm.problems().removeListener(restyle);
                }
                shown = empty ? null : item;
                if (shown != null) {
                    vm.problems().addListener(restyle);
                }
                style();
            }

            private void style() {
                String problem = shown == null ? null : vm.problemOf(shown.header).orElse(null);
                combo.setStyle(problem == null ? "" : "-fx-border-color: #b00020; -fx-border-width: 1.5;");
                combo.setTooltip(problem == null ? null : new Tooltip(problem));
            }
        });
        table.getColumns().add(target);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        fitRows(table, vm.columns().size());
        Label problems = new Label();
        problems.setId("import.mapping.problems");
        problems.setWrapText(true);
        problems.setStyle("-fx-text-fill: #b00020;");
        problems.textProperty().bind(Bindings.createStringBinding(
                () -> vm.problems().stream().map(Problem::message).distinct().collect(Collectors.joining("\n")), vm.problems()));
        problems.managedProperty().bind(problems.textProperty().isNotEmpty());
        problems.setMinHeight(Region.USE_PREF_SIZE); // the table gives way, not the message or the buttons
        VBox box = new VBox(8, what, table, problems);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    // ------------------------------------------------------------------ page 2: unknown names

    private Node namesPage() {
        Label what = new Label(Ui.t("caseload.mapping.names"));
        what.setWrapText(true);
        TableView<UnknownName> table = new TableView<>(vm.unknownNames());
        table.setId("import.mapping.names");
        table.getColumns().add(text("caseload.mapping.col.name", 240, u -> u.name));
        table.getColumns().add(text("caseload.mapping.col.kind", 100, u -> Ui.t(u.kind.equals(HearingImport.COURT)
                ? "caseload.mapping.kind.court" : "caseload.mapping.kind.agency")));
        TableColumn<UnknownName, UnknownName> choice = new TableColumn<>(Ui.t("caseload.mapping.col.choice"));
        choice.setPrefWidth(320);
        choice.setSortable(false);
        choice.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(x.getValue()));
        choice.setCellFactory(col -> new ComboCell<UnknownName, Choice>(u -> u.choice, u -> u.choices,
                u -> "import.mapping.choice-" + u.name, c -> c == null ? "" : c.add() ? Ui.t("caseload.mapping.add", c.name()) : c.name(), null,
                true)); // the whole directory to choose from: typing filters it
        table.getColumns().add(choice);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        vm.unknownNames().addListener((ListChangeListener<UnknownName>) ch -> fitRows(table, vm.unknownNames().size()));
        VBox box = new VBox(8, what, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    /** Tall enough for every row up to 14 (the rest scrolls), so a usual file shows whole without empty space. */
    private static void fitRows(TableView<?> table, int rows) {
        double row = 34;
        table.setFixedCellSize(row);
        table.setPrefHeight(30 + row * Math.max(3, Math.min(rows, 14)) + 4);
    }

    private static <R> TableColumn<R, String> text(String key, double width, Function<R, String> f) {
        TableColumn<R, String> c = new TableColumn<>(Ui.t(key));
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(f.apply(x.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /**
     * A cell holding a ComboBox bound both ways to one property of its row (rebound when the cell is reused); a
     * searchable one (ControlsFX) filters its items by what is typed.
     */
    private static class ComboCell<R, V> extends TableCell<R, R> {
        final ComboBox<V> combo;
        private final Function<R, ObjectProperty<V>> property;
        private final Function<R, List<V>> items;
        private final Function<R, String> id;
        private ObjectProperty<V> bound;

        ComboCell(Function<R, ObjectProperty<V>> property, Function<R, List<V>> items, Function<R, String> id,
                  Function<V, String> show, String prompt, boolean searchable) {
            this.combo = searchable ? new SearchableComboBox<>() : new ComboBox<>();
            this.property = property;
            this.items = items;
            this.id = id;
            combo.setMaxWidth(Double.MAX_VALUE);
            combo.setVisibleRowCount(14);
            if (prompt != null) {
                combo.setPromptText(prompt);
            }
            combo.setConverter(new StringConverter<>() {
                @Override
                public String toString(V v) {
                    return show.apply(v);
                }

                @Override
                public V fromString(String s) {
                    return null;
                }
            });
        }

        @Override
        protected void updateItem(R item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                combo.valueProperty().unbindBidirectional(bound);
                bound = null;
            }
            if (empty || item == null) {
                setGraphic(null);
                combo.setId(null);
                return;
            }
            combo.getItems().setAll(items.apply(item));
            bound = property.apply(item);
            combo.valueProperty().bindBidirectional(bound);
            combo.setId(id.apply(item));
            setGraphic(combo);
        }
    }

    // ------------------------------------------------------------------ running the import

    private void startImport() {
        HearingImportMapping mapping = vm.mapping();
        int total = content.rows().size();
        task = new Task<>() {
            @Override
            protected ImportSummary call() throws Exception {
                updateProgress(-1, 1);
                return HearingImport.run(ctx.db(), content, mapping, true, false, n -> {
                    if (isCancelled()) {
                        throw new CancellationException(); // inside the transaction: nothing is written
                    }
                    updateProgress(n, total);
                });
            }
        };
        progress.progressProperty().bind(task.progressProperty());
        status.setText(Ui.t("caseload.mapping.running"));
        running.set(true);
        task.setOnCancelled(e -> running.set(false));
        ctx.jobs().run(Ui.t("caseload.import"), task, s -> {
            running.set(false);
            dialog.setResult(run);
            dialog.close();
            onImported.run();
            Dialogs.info(ctx.stage(), Ui.t("import.summary", s.rows(), s.inserted(), s.updated(), s.unchanged(),
                    s.created().isEmpty() ? "—" : s.created().toString()));
        }, t -> {
            running.set(false);
            if (t instanceof ImportRejected r && HearingImportViewModel.onlyUnknownNames(r)) {
                vm.loadUnknownNames(r.missing(), HearingImport.knownNames(ctx.db(), HearingImport.DEFENDANT),
                        HearingImport.knownNames(ctx.db(), HearingImport.COURT));
                showPage(true);
                return;
            }
            Dialogs.error(window(), t);
        });
    }
}
