package cn.fuyuan.desk.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

/**
 * The app's own windows beside the main one (history, document preview): each has a 关闭 button at its foot and closes
 * with Esc (issue 12 §10), as a dialog does.
 */
public final class Windows {
    /** The id of a window's 关闭 button. */
    public static final String CLOSE_ID = "window.close";

    private Windows() {
    }

    /**
     * A scene for {@code stage} showing {@code content} with a 关闭 button under it; Esc anywhere in the window closes it
     * (unless a control used the key first, e.g. a combo box closing its list). The main window's style sheets apply; the
     * window is never larger than the screen.
     */
    public static Scene closable(Stage stage, Node content, double width, double height, Stage styleFrom) {
        Button close = Ui.button("action.close", stage::close);
        close.setId(CLOSE_ID);
        close.setCancelButton(true);
        HBox foot = new HBox(close);
        foot.setAlignment(Pos.CENTER_RIGHT);
        foot.setPadding(new Insets(6, 8, 6, 8));
        BorderPane root = new BorderPane(content);
        root.setBottom(foot);
        // never larger than the screen (a 900 px preview on a 1024 × 700 screen hid its own buttons)
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(width, screen.getWidth() - 40), Math.min(height, screen.getHeight() - 60));
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isConsumed()) {
                e.consume();
                stage.close();
            }
        });
        if (styleFrom != null && styleFrom.getScene() != null) {
            scene.getStylesheets().addAll(styleFrom.getScene().getStylesheets());
        }
        return scene;
    }
}
