package cn.fuyuan.desk.whitepaper;

import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.Dialogs;
import cn.fuyuan.desk.ui.DocumentActions;
import cn.fuyuan.desk.ui.SectionView;
import cn.fuyuan.desk.ui.Ui;
import cn.fuyuan.desk.history.HistoryDialog;
import cn.fuyuan.desk.report.ReportService;
import cn.fuyuan.desk.settings.SettingKey;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.FileChooser;

/**
 * 白皮书: choose a year, draft it from the records, edit each chapter's words (paragraphs and sub-headings, figures
 * inserted as marks, never typed) beside a live view of the printed words and the chapter's figures; regenerate the
 * figures, preview, save as PDF / PDF/A / DOCX / XLSX, 定稿 and 重新打开.
 */
public final class WhitePaperView implements SectionView {
    private final AppContext ctx;
    private final WhitePaperViewModel vm;
    private final BorderPane root = new BorderPane();
    private final ComboBox<Integer> years = new ComboBox<>();
    private final ListView<Chapter> chapters = new ListView<>(FXCollections.observableArrayList(Chapter.values()));
    private final TextArea editor = new TextArea();
    private final TextFlow preview = new TextFlow();
    private final TableView<java.util.Map.Entry<String, ChapterFigures.Figure>> figures = new TableView<>();
    private final ComboBox<java.util.Map.Entry<String, ChapterFigures.Figure>> insert = new ComboBox<>();

    /** A job loads or regenerates the paper. */
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public WhitePaperView(AppContext ctx) {
        this.ctx = ctx;
        this.vm = new WhitePaperViewModel(new WhitePaperService(ctx.db()), LocalDate::now);
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
        Node bar = Ui.toolbar(new Label(Ui.t("whitepaper.yearLabel")), years, load, save, regenerate, show, export, Ui.spacer(),
                finalize, reopen, history);

        chapters.setId("whitepaper.chapters");
        chapters.setPrefWidth(230);
        chapters.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Chapter c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : vm.paper() == null ? c.heading() : vm.paper().part(c).heading());
            }
        });
        chapters.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.chapter.set(b);
            }
        });

        TextField heading = new TextField();
        heading.setId("whitepaper.heading");
        heading.textProperty().bindBidirectional(vm.heading);
        heading.editableProperty().bind(vm.editable);
        editor.setId("whitepaper.editor");
        editor.setWrapText(true);
        editor.textProperty().bindBidirectional(vm.text);
        editor.editableProperty().bind(vm.editable);
        editor.setStyle("-fx-font-size: 15px;");
        VBox.setVgrow(editor, Priority.ALWAYS);
        Button sub = Ui.button("whitepaper.subheading", "whitepaper.subheading.tip", this::toggleSubheading);
        Button para = Ui.button("whitepaper.paragraph", () -> insertAtCaret("\n"));
        insert.setId("whitepaper.insertFigure");
        insert.setPromptText(Ui.t("whitepaper.insertFigure"));
        insert.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(java.util.Map.Entry<String, ChapterFigures.Figure> e) {
                return e == null ? "" : e.getValue().label() + "：" + e.getValue().value();
            }

            @Override
            public java.util.Map.Entry<String, ChapterFigures.Figure> fromString(String s) {
                return null;
            }
        });
        insert.setOnAction(e -> {
            var sel = insert.getValue();
            if (sel != null && vm.editable.get()) {
                insertAtCaret(vm.markOf(sel.getKey()));
                javafx.application.Platform.runLater(() -> insert.setValue(null));
            }
        });
        sub.disableProperty().bind(vm.editable.not());
        para.disableProperty().bind(vm.editable.not());
        insert.disableProperty().bind(vm.editable.not());
        Label hint = new Label(Ui.t("whitepaper.editorHint"));
        hint.setWrapText(true);
        hint.setStyle("-fx-text-fill: #555;");
        VBox left = new VBox(6, heading, Ui.toolbar(sub, para, insert), editor, hint);

        preview.setId("whitepaper.wordsPreview");
        preview.setPadding(new Insets(8));
        preview.setLineSpacing(6);
        ScrollPane previewScroll = new ScrollPane(preview);
        previewScroll.setFitToWidth(true);
        figures.setId("whitepaper.figures");
        TableColumn<java.util.Map.Entry<String, ChapterFigures.Figure>, String> label = new TableColumn<>(Ui.t("whitepaper.col.figure"));
        label.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue().getValue().label()));
        label.setPrefWidth(220);
        TableColumn<java.util.Map.Entry<String, ChapterFigures.Figure>, String> value = new TableColumn<>(Ui.t("whitepaper.col.value"));
        value.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue().getValue().value()));
        value.setPrefWidth(140);
        figures.getColumns().setAll(java.util.List.of(label, value));
        figures.setPlaceholder(new Label(Ui.t("whitepaper.noFigures")));
        SplitPane right = new SplitPane(previewScroll, figures);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.62);
        SplitPane centre = new SplitPane(left, right);
        centre.setDividerPositions(0.55);

        Label status = new Label();
        status.setId("whitepaper.status");
        status.textProperty().bind(vm.status);
        status.setWrapText(true);
        ListView<Narrative.Change> warnings = new ListView<>(vm.warnings());
        warnings.setId("whitepaper.warnings");
        warnings.setPrefHeight(90);
        warnings.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Narrative.Change c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : WhitePaperViewModel.describe(c));
                setStyle(empty ? "" : "-fx-text-fill: #B22222;");
            }
        });
        warnings.setOnMouseClicked(e -> {
            Narrative.Change c = warnings.getSelectionModel().getSelectedItem();
            if (c != null) {
                chapters.getSelectionModel().select(c.chapter());
            }
        });
        warnings.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.warnings()));
        warnings.managedProperty().bind(warnings.visibleProperty());
        VBox bottom = new VBox(6, status, warnings);
        bottom.setPadding(new Insets(8, 0, 0, 0));

        vm.text.addListener((o, a, b) -> showPreview());
        vm.paperProperty().addListener((o, a, b) -> {
            chapters.refresh();
            showFigures();
            showPreview();
        });
        vm.chapter.addListener((o, a, b) -> showFigures());

        root.setTop(new VBox(8, Ui.title("nav.whitepaper"), bar));
        root.setLeft(chapters);
        BorderPane.setMargin(chapters, new Insets(0, 8, 0, 0));
        root.setCenter(centre);
        centre.disableProperty().bind(busy);
        root.setBottom(bottom);
        root.setPadding(new Insets(16));
    }

    /** The view model (tests reach it through the section). */
    public WhitePaperViewModel viewModel() {
        return vm;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        if (vm.paper() == null) {
            load();
        }
    }

    /** A search result: the paper of that id, its year chosen and loaded. */
    @Override
    public void openRecord(int id) {
        Task<java.util.Optional<Integer>> task = new Task<>() {
            @Override
            protected java.util.Optional<Integer> call() {
                return vm.yearOf(id);
            }
        };
        ctx.jobs().run(Ui.t("whitepaper.loading", ""), task, year -> year.ifPresent(y -> {
            if (!years.getItems().contains(y)) {
                years.getItems().add(0, y);
            }
            years.setValue(y);
            vm.year.set(y);
            load();
        }), this::failed);
    }

    @Override
    public void onSave() {
        if (vm.editable.get()) {
            act(vm::save);
        }
    }

    private void load() {
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
            chapters.getSelectionModel().select(vm.chapter.get());
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

    private void failed(Throwable t) {
        busy.set(false);
        Dialogs.error(ctx.stage(), t);
    }

    private void act(Runnable r) {
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

    private String court() {
        return vm.court();
    }

    private void preview() {
        WhitePaper p = vm.edited();
        DocumentActions.preview(ctx, p.title(), "白皮书-" + p.year(), () -> WhitePaperReport.fill(ReportService.shared(), p, court()));
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
        String court = court();
        ctx.jobs().run(Ui.t("report.exporting", out.getFileName()), new Task<Path>() {
            @Override
            protected Path call() {
                updateProgress(-1, 1);
                WhitePaperReport.write(p, court, out, pdfa);
                return out;
            }
        }, x -> Dialogs.info(ctx.stage(), Ui.t("whitepaper.written", x)), t -> Dialogs.error(ctx.stage(), t));
    }

    private void insertAtCaret(String s) {
        int caret = editor.getCaretPosition();
        editor.insertText(caret, s);
        editor.requestFocus();
    }

    /** Makes the caret's line a sub-heading (## ) or, when it is one, a paragraph again. */
    private void toggleSubheading() {
        String t = editor.getText();
        int caret = Math.min(editor.getCaretPosition(), t.length());
        int start = t.lastIndexOf('\n', Math.max(0, caret - 1)) + 1;
        if (caret == 0) {
            start = 0;
        }
        if (t.startsWith(Narrative.SUBHEADING, start)) {
            editor.deleteText(start, start + Narrative.SUBHEADING.length());
        } else {
            editor.insertText(start, Narrative.SUBHEADING);
        }
        editor.requestFocus();
    }

    private void showFigures() {
        var entries = FXCollections.observableArrayList(vm.figures().figures().entrySet());
        figures.setItems(entries);
        insert.setItems(entries);
    }

    private void showPreview() {
        preview.getChildren().clear();
        if (vm.paper() == null) {
            return;
        }
        Text h = new Text(vm.heading.get() + "\n");
        h.setStyle("-fx-font-size: 17px; -fx-font-weight: bold;");
        preview.getChildren().add(h);
        for (Narrative.Block b : Narrative.blocks(vm.text.get())) {
            Text t = new Text((b.subheading() ? "" : "　　") + b.text() + "\n");
            t.setStyle(b.subheading() ? "-fx-font-size: 15px; -fx-font-weight: bold; -fx-fill: #333;" : "-fx-font-size: 14px;");
            preview.getChildren().add(t);
        }
        ChapterFigures f = vm.figures();
        for (ChapterFigures.Table t : f.tables()) {
            if (!t.rows().isEmpty()) {
                Text caption = new Text("\n〔表〕" + t.title() + "（" + Ui.t("whitepaper.rows", t.rows().size()) + "）\n");
                caption.setStyle("-fx-font-size: 13px; -fx-fill: #4A6FA5;");
                preview.getChildren().add(caption);
            }
        }
        for (ChapterFigures.TypicalCase c : f.cases()) {
            Text t = new Text("\n" + c.title() + "\n");
            t.setStyle("-fx-font-size: 14px; -fx-font-weight: bold;");
            preview.getChildren().add(t);
        }
    }
}
