package cn.fuyuan.desk.ui;

import cn.fuyuan.desk.i18n.Messages;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TableView;
import javafx.stage.Window;

/** The question a {@link DirtyForm} asks before it is left, and the guard of a record list beside a form. */
public final class UnsavedChanges {
    private UnsavedChanges() {
    }

    /** The three answers. */
    public enum Choice { SAVE, DISCARD, CANCEL }

    /** Asks 保存 / 放弃 / 取消 (in the app's language); closing the question is 取消. */
    public static Choice ask(Window owner) {
        ButtonType save = new ButtonType(Messages.get("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(Messages.get("unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("unsaved.question"), save, discard, cancel);
        a.initOwner(owner);
        a.setTitle(Messages.get("app.title"));
        a.setHeaderText(null);
        a.getDialogPane().setId("unsaved.dialog");
        a.getDialogPane().lookupButton(save).setId("unsaved.save");
        a.getDialogPane().lookupButton(discard).setId("unsaved.discard");
        a.getDialogPane().lookupButton(cancel).setId("unsaved.cancel");
        ButtonType r = a.showAndWait().orElse(cancel);
        return r == save ? Choice.SAVE : r == discard ? Choice.DISCARD : Choice.CANCEL;
    }

    /** Carries out the answer on the form; true when the form may be left. */
    public static boolean resolve(DirtyForm form, Choice choice) {
        return switch (choice) {
            case SAVE -> form.save();
            case DISCARD -> {
                form.discard();
                yield true;
            }
            case CANCEL -> false;
        };
    }

    /**
     * Loads the record chosen in {@code table} into the form, asking the form first when it holds changes: on 取消
     * (or a refused save) the previous record stays chosen and the edit stays in the form.
     */
    public static <T> void guardSelection(TableView<T> table, DirtyForm form, Supplier<Window> owner, Consumer<T> load) {
        boolean[] reverting = {false};
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (reverting[0] || now == old) {
                return;
            }
            if (form.isDirty() && !form.mayLeave(owner.get())) {
                reverting[0] = true;
                Platform.runLater(() -> {
                    if (old == null || !table.getItems().contains(old)) {
                        table.getSelectionModel().clearSelection();
                    } else {
                        table.getSelectionModel().select(old);
                    }
                    reverting[0] = false;
                });
                return;
            }
            if (now != null) {
                load.accept(now);
            }
        });
    }
}
