package cn.fuyuan.desk.ui;

import cn.fuyuan.desk.store.StoreException;
import cn.fuyuan.desk.store.ValidationException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Messages to the user. Errors the user did not cause are logged and shown with their details. */
public final class Dialogs {
    private static final Logger LOG = LoggerFactory.getLogger(Dialogs.class);

    private Dialogs() {
    }

    private static ButtonType ok() {
        return okButton();
    }

    /**
     * The app's own 确定 in the app's language. JavaFX's {@code ButtonType.OK}, {@code CANCEL} … take their text from
     * the JVM's locale once (Cancel / OK in the Chinese window of an English system), so no dialog of the app uses them.
     */
    public static ButtonType okButton() {
        return new ButtonType(Ui.t("common.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    /** The app's own 取消, in the app's language. */
    public static ButtonType cancelButton() {
        return new ButtonType(Ui.t("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /** Gives a dialog the app's 确定 and 取消; returns the 确定 to compare the dialog's result with. */
    public static ButtonType okCancel(javafx.scene.control.Dialog<?> d) {
        ButtonType ok = okButton();
        d.getDialogPane().getButtonTypes().addAll(ok, cancelButton());
        return ok;
    }

    public static void info(Window owner, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text, ok());
        a.initOwner(owner);
        a.setHeaderText(null);
        a.setTitle(Ui.t("app.title"));
        a.showAndWait();
    }

    public static boolean confirm(Window owner, String text) {
        ButtonType yes = new ButtonType(Ui.t("common.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(Ui.t("common.no"), ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, text, yes, no);
        a.initOwner(owner);
        a.setHeaderText(null);
        a.setTitle(Ui.t("app.title"));
        Optional<ButtonType> r = a.showAndWait();
        return r.isPresent() && r.get() == yes;
    }

    /** Bad input the user can fix: the message only. */
    public static void problem(Window owner, String text) {
        Alert a = new Alert(Alert.AlertType.WARNING, null, ok());
        a.initOwner(owner);
        a.setTitle(Ui.t("app.title"));
        a.setHeaderText(Ui.t("dialog.notSaved"));
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(Math.min(15, 2 + (int) text.lines().count()));
        a.getDialogPane().setContent(area);
        a.showAndWait();
    }

    /** Shows any failure: user-fixable ones as a problem, the rest as an error with details (and logged). */
    public static void error(Window owner, Throwable t) {
        if (t instanceof ValidationException || t instanceof StoreException || t instanceof cn.fuyuan.desk.importing.ImportFileException) {
            problem(owner, t.getMessage());
            return;
        }
        LOG.error("Unexpected error", t);
        Alert a = new Alert(Alert.AlertType.ERROR, null, ok());
        a.initOwner(owner);
        a.setTitle(Ui.t("app.title"));
        a.setHeaderText(Ui.t("dialog.error", String.valueOf(t.getMessage())));
        StringWriter sw = new StringWriter();
        t.printStackTrace(new PrintWriter(sw));
        TextArea area = new TextArea(sw.toString());
        area.setEditable(false);
        a.getDialogPane().setExpandableContent(area);
        a.showAndWait();
    }
}
