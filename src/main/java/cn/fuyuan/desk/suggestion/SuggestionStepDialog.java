package cn.fuyuan.desk.suggestion;

import cn.fuyuan.desk.store.Problem;
import cn.fuyuan.desk.ui.DateFields;
import cn.fuyuan.desk.ui.Dialogs;
import cn.fuyuan.desk.ui.Ui;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** A workflow step's small dialog of labelled fields with OK and Cancel; field ids are suggestion.dialog.&lt;key&gt;. */
final class SuggestionStepDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType okType;
    private final GridPane grid = new GridPane();
    private int row;

    SuggestionStepDialog(Window owner, String titleKey) {
        dialog.initOwner(owner);
        dialog.setTitle(Ui.t(titleKey));
        dialog.setHeaderText(Ui.t(titleKey));
        grid.setHgap(8);
        grid.setVgap(8);
        dialog.getDialogPane().setContent(grid);
        okType = Dialogs.okCancel(dialog);
        dialog.getDialogPane().lookupButton(okType).setId("suggestion.dialog.ok");
        dialog.getDialogPane().setId("suggestion.dialog");
    }

    private <T extends Node> T add(String key, T node) {
        node.setId("suggestion.dialog." + key.substring(key.indexOf('.') + 1));
        grid.addRow(row++, new Label(Ui.t(key)), node);
        return node;
    }

    DatePicker date(String key, LocalDate value) {
        return add(key, DateFields.picker(key, value));
    }

    <T> ComboBox<T> choice(String key, T[] values, Function<T, String> label, T value) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().addAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T v) {
                return v == null ? "" : label.apply(v);
            }

            @Override
            public T fromString(String s) {
                return box.getItems().stream().filter(v -> label.apply(v).equals(s)).findFirst().orElse(null);
            }
        });
        box.setValue(value);
        return add(key, box);
    }

    CheckBox check(String key, boolean value) {
        CheckBox c = new CheckBox();
        c.setSelected(value);
        return add(key, c);
    }

    TextField text(String key, String value) {
        return add(key, new TextField(value));
    }

    TextArea area(String key) {
        TextArea a = new TextArea();
        a.setPrefRowCount(3);
        a.setWrapText(true);
        return add(key, a);
    }

    boolean ok() {
        return ok(List::of);
    }

    /** Shows the dialog; OK is refused while {@code check} finds problems, shown in the dialog naming the field. */
    boolean ok(Supplier<List<Problem>> check) {
        Label problems = new Label();
        problems.setId("suggestion.dialog.problems");
        problems.setWrapText(true);
        problems.setStyle("-fx-text-fill: #b00020;");
        grid.add(problems, 0, row++, 2, 1);
        dialog.getDialogPane().lookupButton(okType).addEventFilter(ActionEvent.ACTION, e -> {
            List<Problem> found = check.get();
            if (!found.isEmpty()) {
                problems.setText(found.stream().map(Problem::message).collect(Collectors.joining("\n")));
                e.consume();
            }
        });
        return dialog.showAndWait().filter(b -> b == okType).isPresent();
    }
}
