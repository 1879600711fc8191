package cn.fuyuan.desk.whitepaper;

import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.Dialogs;
import cn.fuyuan.desk.ui.DocumentActions;
import cn.fuyuan.desk.ui.Ui;
import cn.fuyuan.desk.history.HistoryDialog;
import java.io.File;
import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;

/**
 * The toolbar of {@link WhitePaperView} and its actions: choose a year and load it, save, regenerate the figures,
 * preview, save as PDF / PDF/A / DOCX / XLSX, 定稿 and 重新打开, the paper's history.
 */
final class WhitePaperToolbarView {
    private final AppContext ctx;
    private final WhitePaperViewModel vm;
    private final Runnable onLoaded;
    private final ComboBox<Integer> years = new ComboBox<>();
    private final Node bar;

    /** A job loads or regenerates the paper. */
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /** {@code onLoaded} runs when a loaded paper is shown. */
    WhitePaperToolbarView(AppContext ctx, WhitePaperViewModel vm, Runnable onLoaded) {
        this.ctx = ctx;
        this.vm = vm;
        this.onLoaded = onLoaded;
        years.setId("whitepaper.year");
        years.getItems().setAll(vm.years());
        years.setValue(vm.year.get());
        years.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.year.set(b);
            }
        });
        Button load = Ui.button("whitepaper.load", this::load);
        Button save = Ui.button("whitepaper.save", () -> act(vm::save));
        Button regenerate = Ui.button("whitepaper.regenerate", "whitepaper.regenerate.tip", this::regenerate);
        Button show = Ui.button("whitepaper.preview", this::preview);
        MenuButton export = new MenuButton(Ui.t("whitepaper.export"));
        export.setId("whitepaper.export");
        for (String[] f : new String[][] {{"pdf", "PDF"}, {"pdfa", "PDF/A"}, {"docx", "DOCX"}, {"xlsx", "XLSX"}}) {
            MenuItem i = new MenuItem(f[1]);
            i.setId("whitepaper.export." + f[0]);
            i.setOnAction(e -> export(f[0].equals("pdfa") ? "pdf" : f[0], f[0].equals("pdfa")));
            export.getItems().add(i);
        }
        Button finalize = Ui.button("whitepaper.finalize", this::finalizePaper);
        Button reopen = Ui.button("whitepaper.reopen", this::reopen);
        Button history = Ui.button("action.history", () -> {
            if (vm.paper() != null && vm.paper().id() != null) {
                HistoryDialog.show(ctx, "white_paper", vm.paper().id(), vm.paper().title());
            }
        });
        // while a job loads or regenerates the paper nothing edits it (the result would replace the edits)
        load.disableProperty().bind(busy);
        save.disableProperty().bind(vm.editable.not().or(busy));
        regenerate.disableProperty().bind(vm.editable.not().or(busy));
        finalize.disableProperty().bind(vm.editable.not().or(busy));
        reopen.disableProperty().bind(vm.editable.or(busy));
        bar = Ui.toolbar(new Label(Ui.t("whitepaper.yearLabel")), years, load, save, regenerate, show, export, Ui.spacer(),
                finalize, reopen, history);
    }

    Node node() {
        return bar;
    }

    /** True while a job loads or regenerates the paper: nothing edits it then (the result would replace the edits). */
    BooleanProperty busy() {
        return busy;
    }

    /** The year chosen (added to the list when it is not in it) and its paper loaded. */
    void openYear(int y) {
        if (!years.getItems().contains(y)) {
            years.getItems().add(0, y);
        }
        years.setValue(y);
        vm.year.set(y);
        load();
    }

    /** Loads the chosen year's paper in a job (after asking whether to drop unsaved edits). */
    void load() {
        if (vm.dirty.get() && !Dialogs.confirm(ctx.stage(), Ui.t("whitepaper.discard"))) {
            return;
        }
        int year = vm.year.get();
        busy.set(true);
        Task<WhitePaper> task = new Task<>() {
            @Override
            protected WhitePaper call() {
                updateProgress(-1, 1);
                return vm.fetch(year);
            }
        };
        task.setOnCancelled(e -> busy.set(false));
        ctx.jobs().run(Ui.t("whitepaper.loading", Integer.toString(year)), task, p -> {
            busy.set(false);
            vm.show(p);
            onLoaded.run();
        }, this::failed);
    }

    /** New figures as a job (the words kept); Cancel in the job bar drops the result and leaves the paper as it was. */
    private void regenerate() {
        WhitePaper edited = vm.edited();
        busy.set(true);
        Task<WhitePaperService.Regenerated> task = new Task<>() {
            @Override
            protected WhitePaperService.Regenerated call() {
                updateProgress(-1, 1);
                return vm.recompute(edited);
            }
        };
        task.setOnCancelled(e -> busy.set(false));
        ctx.jobs().run(Ui.t("whitepaper.regenerating", edited.title()), task, r -> {
            busy.set(false);
            if (vm.paper() != null && vm.paper().year() == r.paper().year()) {
                vm.apply(r);
            }
        }, this::failed);
    }

    /** A job of the section failed: shown, and the section usable again. */
    void failed(Throwable t) {
        busy.set(false);
        Dialogs.error(ctx.stage(), t);
    }

    /** Runs a save, 定稿 or 重新打开 of the view model; what it refuses is shown. */
    void act(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            Dialogs.error(ctx.stage(), e);
        }
    }

    private void finalizePaper() {
        if (Dialogs.confirm(ctx.stage(), Ui.t("whitepaper.finalize.confirm", vm.paper().title()))) {
            act(vm::finalizePaper);
        }
    }

    private void reopen() {
        TextInputDialog d = new TextInputDialog();
        d.initOwner(ctx.stage());
        d.getDialogPane().getButtonTypes().setAll(Dialogs.okButton(), Dialogs.cancelButton());
        d.setTitle(Ui.t("whitepaper.reopen"));
        d.setHeaderText(Ui.t("whitepaper.reopen.ask", vm.paper().title()));
        d.showAndWait().ifPresent(reason -> act(() -> vm.reopen(reason)));
    }

    private void preview() {
        WhitePaper p = vm.edited();
        DocumentActions.preview(ctx, p.title(), "白皮书-" + p.year(), () -> WhitePaperDocument.print(p, vm.printOptions()));
    }

    private void export(String extension, boolean pdfa) {
        WhitePaper p = vm.edited();
        FileChooser fc = new FileChooser();
        fc.setTitle(Ui.t("report.saveAs", extension.toUpperCase(java.util.Locale.ROOT)));
        fc.setInitialFileName(p.title() + "." + extension);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT), "*." + extension));
        File f = fc.showSaveDialog(ctx.stage());
        if (f == null) {
            return;
        }
        Path out = f.toPath();
        ctx.jobs().run(Ui.t("report.exporting", out.getFileName()), new Task<Path>() {
            @Override
            protected Path call() {
                updateProgress(-1, 1);
                WhitePaperDocument.write(p, vm.printOptions(), out, pdfa);
                return out;
            }
        }, x -> Dialogs.info(ctx.stage(), Ui.t("whitepaper.written", x)), t -> Dialogs.error(ctx.stage(), t));
    }
}
