package cn.fuyuan.desk.app;

import cn.fuyuan.desk.ui.Ui;
import java.nio.file.Path;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The first start on an empty database: what to do first (the court's settings, then the directory of agencies —
 * imported or entered — then the hearings), and the offer to look at a working desk first: the demonstration data,
 * opened in a folder of its own so that no demo record ever mixes with real ones.
 */
final class FirstStartDialog {
    enum Choice { DEMO, SETTINGS, DIRECTORY, CLOSE }

    private FirstStartDialog() {
    }

    static Choice ask(Window owner, Path dataDir, Path demoDir) {
        Dialog<Choice> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Ui.t("firstStart.title"));
        d.setHeaderText(Ui.t("firstStart.header"));
        Label steps = new Label(Ui.t("firstStart.steps"));
        steps.setWrapText(true);
        steps.setId("firstStart.steps");
        Label demo = new Label(Ui.t("firstStart.demo", demoDir, dataDir));
        demo.setWrapText(true);
        demo.setId("firstStart.demoNote");
        VBox box = new VBox(12, steps, demo);
        box.setPrefWidth(560);
        d.getDialogPane().setContent(box);
        ButtonType openDemo = new ButtonType(Ui.t("firstStart.openDemo"), ButtonBar.ButtonData.OTHER);
        ButtonType settings = new ButtonType(Ui.t("firstStart.settings"), ButtonBar.ButtonData.YES);
        ButtonType directory = new ButtonType(Ui.t("firstStart.directory"), ButtonBar.ButtonData.NEXT_FORWARD);
        ButtonType close = new ButtonType(Ui.t("firstStart.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().addAll(openDemo, settings, directory, close);
        // in the order of the steps on every platform, not the platform's order of button kinds
        if (d.getDialogPane().lookup(".button-bar") instanceof ButtonBar bar) {
            bar.setButtonOrder(ButtonBar.BUTTON_ORDER_NONE);
        }
        d.getDialogPane().setId("firstStart");
        d.setResultConverter(b -> b == openDemo ? Choice.DEMO : b == settings ? Choice.SETTINGS
                : b == directory ? Choice.DIRECTORY : Choice.CLOSE);
        return d.showAndWait().orElse(Choice.CLOSE);
    }
}
