package cn.fuyuan.desk.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.TextInputControl;

/**
 * A text field that may not be edited now (a signed letter, an issued meeting) also looks so: a grey background,
 * darker grey text and the style class {@value #STYLE_CLASS}, not merely a field that ignores the keys.
 */
public final class ReadOnlyLook {
    public static final String STYLE_CLASS = "read-only";
    static final String STYLE = "-fx-control-inner-background: #eeeeee; -fx-text-fill: #555555;";

    private ReadOnlyLook() {
    }

    /** Binds the fields' editability to {@code editable} and gives them the read-only look while it is false. */
    public static void bind(ObservableBooleanValue editable, TextInputControl... fields) {
        for (TextInputControl f : fields) {
            f.editableProperty().bind(editable);
            apply(f, editable.get());
            editable.addListener((o, was, now) -> apply(f, now));
        }
    }

    private static void apply(TextInputControl f, boolean editable) {
        f.getStyleClass().remove(STYLE_CLASS);
        if (editable) {
            f.setStyle("");
        } else {
            f.getStyleClass().add(STYLE_CLASS);
            f.setStyle(STYLE);
        }
    }
}
