package cn.fuyuan.desk.caseload;

import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.Dialogs;
import cn.fuyuan.desk.ui.Ui;
import cn.fuyuan.desk.importing.ImportRejected;
import cn.fuyuan.desk.importing.ImportSummary;
import cn.fuyuan.desk.importing.TabularFile;
import java.util.concurrent.CancellationException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.concurrent.Task;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

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
        columnsPage = new HearingImportColumnsView(vm, content).node();
        namesPage = new HearingImportNamesView(vm).node();

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
