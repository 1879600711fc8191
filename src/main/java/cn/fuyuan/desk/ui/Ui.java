package cn.fuyuan.desk.ui;

import cn.fuyuan.desk.i18n.Messages;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Small helpers so that views stay short and alike. */
public final class Ui {
    private Ui() {
    }

    public static String t(String key, Object... args) {
        return Messages.get(key, args);
    }

    /** A menu text without its mnemonic, for a window's title: 关于(_A) → 关于, _About → About. */
    public static String plain(String menuText) {
        return menuText.replaceAll("\\(_(\\w)\\)", "").replace("_", "");
    }

    public static Button button(String key, Runnable action) {
        Button b = new Button(t(key));
        b.setOnAction(e -> action.run());
        b.setId(key);
        return b;
    }

    public static Button button(String key, String tooltipKey, Runnable action) {
        Button b = button(key, action);
        b.setTooltip(new Tooltip(t(tooltipKey)));
        return b;
    }

    public static Label title(String key) {
        Label l = new Label(t(key));
        l.setStyle("-fx-font-size: 18px; -fx-font-weight: bold;");
        return l;
    }

    public static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    public static HBox toolbar(javafx.scene.Node... nodes) {
        HBox box = new HBox(8, nodes);
        box.setPadding(new Insets(0, 0, 8, 0));
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }
}
