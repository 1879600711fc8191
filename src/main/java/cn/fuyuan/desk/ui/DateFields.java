package cn.fuyuan.desk.ui;

import cn.fuyuan.desk.i18n.DateInput;
import java.time.LocalDate;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;

/**
 * The toolkit's date field (issue 12 §1): every date picker of the window reads what a clerk types in the forms of
 * {@link DateInput} (2026-12-05, 2026/12/5, 2026.12.5, 2026年12月5日, 20261205) and shows 2026-12-05 whatever the OS
 * locale. A text it cannot read never throws (the picker's own converter threw "Text '…' could not be parsed at
 * index 4" into the uncaught-error dialog and lost what was typed next). A refused text stays in the field as typed,
 * and the field holds no date while it does — it never keeps the old date behind a text that says otherwise, so a form
 * saves what it shows or refuses a required date naming the field. The field is marked with ControlsFX's validation
 * decoration (the error sign, its tooltip the message) and a red border, and says under itself which field refused
 * what and the accepted forms; the next readable date clears that.
 */
public final class DateFields {
    /** The style class of a field whose typed text was refused. */
    public static final String ERROR_CLASS = "date-refused";
    /** The key, in the picker's properties, of the message of the last refused text (absent when none). */
    public static final String ERROR_KEY = "dateFields.error";
    private static final String ERROR_STYLE = "-fx-border-color: #c62828; -fx-border-width: 1.5;";
    /** The key, in the picker's properties, of the refused text the editor keeps showing. */
    private static final String REFUSED_TEXT_KEY = "dateFields.refusedText";
    private static final GraphicValidationDecoration DECORATION = new GraphicValidationDecoration();

    private DateFields() {
    }

    /** A new picker for the field named by {@code labelKey} (a bundle key), holding {@code value}. */
    public static DatePicker picker(String labelKey, LocalDate value) {
        return install(new DatePicker(value), labelKey);
    }

    /** Makes an existing picker read and show dates as every date field does; returns it. */
    public static DatePicker install(DatePicker picker, String labelKey) {
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return DateInput.format(d);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    clear(picker);
                    return null;
                }
                Optional<LocalDate> d = DateInput.parse(text);
                if (d.isPresent()) {
                    clear(picker);
                    return d.get();
                }
                refuse(picker, text, DateInput.refusal(Ui.t(labelKey), text));
                return null;
            }
        });
        // setting the value to none empties the editor: give it back the text the clerk typed, to correct it
        picker.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                clear(picker); // a date set by the form (another record loaded) ends the refusal
                return;
            }
            Object refused = picker.getProperties().get(REFUSED_TEXT_KEY);
            if (refused != null) {
                Platform.runLater(() -> {
                    if (picker.getValue() == null && refused.equals(picker.getProperties().get(REFUSED_TEXT_KEY))) {
                        picker.getEditor().setText(refused.toString());
                    }
                });
            }
        });
        if (picker.getPromptText() == null || picker.getPromptText().isEmpty()) {
            picker.setPromptText("2026-12-05");
        }
        return picker;
    }

    private static void refuse(DatePicker picker, String text, String message) {
        picker.getProperties().put(ERROR_KEY, message);
        picker.getProperties().put(REFUSED_TEXT_KEY, text);
        DECORATION.removeDecorations(picker);
        DECORATION.applyValidationDecoration(ValidationMessage.error(picker, message));
        if (!picker.getStyleClass().contains(ERROR_CLASS)) {
            picker.getStyleClass().add(ERROR_CLASS);
        }
        picker.getEditor().setStyle(ERROR_STYLE);
        Tooltip tip = new Tooltip(message);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setAutoHide(true);
        tip.setConsumeAutoHidingEvents(false); // the click that hides it still reaches the field clicked (the next one)
        picker.setTooltip(tip);
        Bounds b = picker.localToScreen(picker.getBoundsInLocal());
        if (b != null && picker.getScene() != null && picker.getScene().getWindow() != null) {
            tip.show(picker.getScene().getWindow(), b.getMinX(), b.getMaxY() + 2);
        }
    }

    private static void clear(DatePicker picker) {
        picker.getProperties().remove(REFUSED_TEXT_KEY);
        if (picker.getProperties().remove(ERROR_KEY) == null) {
            return;
        }
        DECORATION.removeDecorations(picker);
        picker.getStyleClass().remove(ERROR_CLASS);
        picker.getEditor().setStyle("");
        Tooltip tip = picker.getTooltip();
        if (tip != null) {
            tip.hide();
        }
        picker.setTooltip(null);
    }

    /** Whether the field shows ControlsFX's validation decoration (a refused text). */
    public static boolean decorated(DatePicker picker) {
        var decorations = org.controlsfx.control.decoration.Decorator.getDecorations(picker);
        return decorations != null && !decorations.isEmpty();
    }

    /** The message of the last text the picker refused, or null. */
    public static String error(DatePicker picker) {
        Object m = picker.getProperties().get(ERROR_KEY);
        return m == null ? null : m.toString();
    }
}
