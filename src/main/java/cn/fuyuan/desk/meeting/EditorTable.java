package cn.fuyuan.desk.meeting;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** What the meeting form's editor tables share: choosing, removing and moving rows, unit boxes, labels. */
final class EditorTable {
    private EditorTable() {
    }

    static <T> void select(TableView<T> t, T row) {
        t.getSelectionModel().select(row);
        t.scrollTo(row);
    }

    static <T> void remove(TableView<T> t, List<T> items) {
        T row = t.getSelectionModel().getSelectedItem();
        if (row != null) {
            items.remove(row);
        }
    }

    static <T> void move(TableView<T> t, List<T> items, int by) {
        T row = t.getSelectionModel().getSelectedItem();
        int i = items.indexOf(row);
        int j = i + by;
        if (row == null || j < 0 || j >= items.size()) {
            return;
        }
        items.remove(i);
        items.add(j, row);
        t.getSelectionModel().select(row);
    }

    /** The table shows an edit typed into the editor below it at once. */
    static void refreshOnEdit(TableView<?> t, ObservableValue<?>... values) {
        for (var v : values) {
            v.addListener((o, a, b) -> t.refresh());
        }
    }

    static Node section(String title, Node content) {
        Label l = new Label(title);
        l.setStyle("-fx-font-weight: bold;");
        return new VBox(4, l, content);
    }

    static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    static TextField field(String id, Property<String> p) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    /** Shows a choice by {@code label}, nothing for none; nothing is typed. */
    static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** A unit box offering {@code choices}; {@code freeText}: a name not in the list is taken as free text (attendees). */
    static ComboBox<Unit> unitBox(String id, String prompt, boolean freeText, ObservableList<Unit> choices) {
        ComboBox<Unit> box = new ComboBox<>(choices);
        box.setId(id);
        box.setPromptText(prompt);
        box.setEditable(freeText);
        box.setPrefWidth(230);
        if (!freeText) {
            // the prompt shows again once the box is emptied (JavaFX leaves it blank after a value was chosen)
            box.setButtonCell(new ListCell<>() {
                @Override
                protected void updateItem(Unit u, boolean empty) {
                    super.updateItem(u, empty);
                    setText(empty || u == null ? prompt : u.name());
                    setOpacity(empty || u == null ? 0.6 : 1);
                }
            });
        }
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Unit u) {
                return u == null ? "" : u.name();
            }

            @Override
            public Unit fromString(String s) {
                if (s == null || s.isBlank()) {
                    return null;
                }
                return choices.stream().filter(u -> s.strip().equals(u.name())).findFirst()
                        .orElse(freeText ? Unit.text(s.strip()) : null);
            }
        });
        return box;
    }
}
