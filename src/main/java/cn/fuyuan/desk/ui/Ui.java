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

    /** A status line's two looks: a success (green, as 已保存) or a problem the user can fix (red). */
    public enum Status { SUCCESS, PROBLEM }

    /** The style class of a status label showing a success. */
    public static final String STATUS_SUCCESS = "status-success";
    /** The style class of a status label showing a problem. */
    public static final String STATUS_PROBLEM = "status-problem";

    /**
     * Shows {@code text} in a status label in the look of its kind, so that a success never reads as an error: the one
     * place the status colours are chosen.
     */
    public static void status(Label label, Status kind, String text) {
        label.getStyleClass().removeAll(STATUS_SUCCESS, STATUS_PROBLEM);
        label.getStyleClass().add(kind == Status.SUCCESS ? STATUS_SUCCESS : STATUS_PROBLEM);
        label.setStyle(kind == Status.SUCCESS ? "-fx-text-fill: #1b5e20;" : "-fx-text-fill: #b00020;");
        label.setText(text);
    }

    public static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    /**
     * A toolbar that wraps onto a second line rather than squeezing its controls to "…" (a narrow window, English):
     * every control keeps its own width.
     */
    public static javafx.scene.layout.FlowPane flowbar(javafx.scene.Node... nodes) {
        javafx.scene.layout.FlowPane pane = new javafx.scene.layout.FlowPane(8, 6, nodes);
        for (javafx.scene.Node n : nodes) {
            if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        pane.setPadding(new Insets(0, 0, 8, 0));
        pane.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return pane;
    }

    public static HBox toolbar(javafx.scene.Node... nodes) {
        HBox box = new HBox(8, nodes);
        box.setPadding(new Insets(0, 0, 8, 0));
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }
}
