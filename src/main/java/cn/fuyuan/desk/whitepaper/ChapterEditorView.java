package cn.fuyuan.desk.whitepaper;

import cn.fuyuan.desk.ui.Ui;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The chapter editor of {@link WhitePaperView}: the chapter's heading and words (paragraphs and sub-headings, figures
 * inserted as marks, never typed) beside a live view of the printed words and the chapter's figures.
 */
final class ChapterEditorView {
    private final WhitePaperViewModel vm;
    private final TextArea editor = new TextArea();
    private final TextFlow preview = new TextFlow();
    private final TableView<java.util.Map.Entry<String, ChapterFigures.Figure>> figures = new TableView<>();
    private final ComboBox<java.util.Map.Entry<String, ChapterFigures.Figure>> insert = new ComboBox<>();
    private final SplitPane centre;

    ChapterEditorView(WhitePaperViewModel vm) {
        this.vm = vm;
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
        centre = new SplitPane(left, right);
        centre.setDividerPositions(0.55);

        vm.text.addListener((o, a, b) -> showPreview());
        vm.paperProperty().addListener((o, a, b) -> {
            showFigures();
            showPreview();
        });
        vm.chapter.addListener((o, a, b) -> showFigures());
    }

    Node node() {
        return centre;
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
