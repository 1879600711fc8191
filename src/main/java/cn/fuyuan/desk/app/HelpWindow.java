package cn.fuyuan.desk.app;

import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.ui.Ui;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * 使用说明 (F1): the pages of {@link Help}, one per section, with the sections listed beside them; opened at the section
 * in use. One window: F1 again brings it forward at the new section. Esc closes it.
 */
final class HelpWindow {
    private static Stage open;
    private static ListView<Section> contents;

    private HelpWindow() {
    }

    static void show(Window owner, Section at) {
        if (open != null && open.isShowing()) {
            contents.getSelectionModel().select(at);
            open.toFront();
            return;
        }
        VBox page = new VBox(8);
        page.setId("help.page");
        page.setPadding(new Insets(16, 20, 20, 20));
        page.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        ListView<Section> list = new ListView<>();
        list.setId("help.contents");
        list.getItems().setAll(Section.values());
        list.setPrefWidth(150);
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Section s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : Ui.t(s.messageKey()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (s != null) {
                page.getChildren().setAll(render(s));
                scroll.setVvalue(0);
            }
        });
        BorderPane root = new BorderPane(scroll);
        root.setLeft(list);
        root.setId("help.window");
        Stage s = new Stage();
        s.initOwner(owner);
        s.setTitle(Ui.t("help.title"));
        Scene scene = new Scene(root, 860, 620);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                s.close();
            }
        });
        s.setScene(scene);
        list.getSelectionModel().select(at);
        open = s;
        contents = list;
        s.show();
    }

    private static java.util.List<Node> render(Section s) {
        java.util.List<Node> out = new java.util.ArrayList<>();
        for (Help.Block b : Help.page(s, Messages.locale())) {
            Label l = new Label(b.text());
            l.setWrapText(true);
            l.setMaxWidth(Double.MAX_VALUE);
            switch (b.kind()) {
                case TITLE -> {
                    l.setStyle("-fx-font-size: 20px; -fx-font-weight: bold;");
                    out.add(l);
                }
                case HEADING -> {
                    l.setStyle("-fx-font-size: 15px; -fx-font-weight: bold;");
                    VBox.setMargin(l, new Insets(8, 0, 0, 0));
                    out.add(l);
                }
                case PARAGRAPH -> out.add(l);
                case BULLET, STEP -> {
                    Label mark = new Label(b.kind() == Help.Kind.BULLET ? "•" : b.number() + ".");
                    mark.setMinWidth(22);
                    HBox row = new HBox(4, mark, l);
                    row.setPadding(new Insets(0, 0, 0, 8));
                    javafx.scene.layout.HBox.setHgrow(l, javafx.scene.layout.Priority.ALWAYS);
                    out.add(row);
                }
            }
        }
        return out;
    }
}
