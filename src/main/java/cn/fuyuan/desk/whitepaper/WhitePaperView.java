package cn.fuyuan.desk.whitepaper;

import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.SectionView;
import cn.fuyuan.desk.ui.Ui;
import cn.fuyuan.desk.settings.SettingKey;
import java.time.LocalDate;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * 白皮书: choose a year, draft it from the records, edit each chapter's words (paragraphs and sub-headings, figures
 * inserted as marks, never typed) beside a live view of the printed words and the chapter's figures; regenerate the
 * figures, preview, save as PDF / PDF/A / DOCX / XLSX, 定稿 and 重新打开.
 */
public final class WhitePaperView implements SectionView {
    private final AppContext ctx;
    private final WhitePaperViewModel vm;
    private final BorderPane root = new BorderPane();
    private final ListView<Chapter> chapters = new ListView<>(FXCollections.observableArrayList(Chapter.values()));
    private final WhitePaperToolbarView toolbar;

    public WhitePaperView(AppContext ctx) {
        this.ctx = ctx;
        this.vm = new WhitePaperViewModel(new WhitePaperService(ctx.db()), LocalDate::now);
        toolbar = new WhitePaperToolbarView(ctx, vm, () -> chapters.getSelectionModel().select(vm.chapter.get()));
        Node bar = toolbar.node();

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
        vm.paperProperty().addListener((o, a, b) -> chapters.refresh());
        Node centre = new ChapterEditorView(vm).node();

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

        root.setTop(new VBox(8, Ui.title("nav.whitepaper"), bar));
        root.setLeft(chapters);
        BorderPane.setMargin(chapters, new Insets(0, 8, 0, 0));
        root.setCenter(centre);
        centre.disableProperty().bind(toolbar.busy());
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
            toolbar.load();
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
        ctx.jobs().run(Ui.t("whitepaper.opening"), task, year -> year.ifPresent(toolbar::openYear), toolbar::failed);
    }

    @Override
    public void onSave() {
        if (vm.editable.get()) {
            toolbar.act(vm::save);
        }
    }
}
