package cn.fuyuan.desk.caseload;

import cn.fuyuan.desk.ui.Ui;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

/** The table pieces both pages of {@link HearingImportDialog} use: text columns, a row's combo box, the height. */
final class HearingImportTable {
    private HearingImportTable() {
    }

    /** Tall enough for every row up to 14 (the rest scrolls), so a usual file shows whole without empty space. */
    static void fitRows(TableView<?> table, int rows) {
        double row = 34;
        table.setFixedCellSize(row);
        table.setPrefHeight(30 + row * Math.max(3, Math.min(rows, 14)) + 4);
    }

    /** A column of text headed {@code header} (already in words: the callers name the key, so the bundle test sees it). */
    static <R> TableColumn<R, String> text(String header, double width, Function<R, String> f) {
        TableColumn<R, String> c = new TableColumn<>(header);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(f.apply(x.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /**
     * A cell holding a ComboBox bound both ways to one property of its row (rebound when the cell is reused); a
     * searchable one (ControlsFX) filters its items by what is typed.
     */
    static class ComboCell<R, V> extends TableCell<R, R> {
        final ComboBox<V> combo;
        private final Function<R, ObjectProperty<V>> property;
        private final Function<R, List<V>> items;
        private final Function<R, String> id;
        private ObjectProperty<V> bound;

        ComboCell(Function<R, ObjectProperty<V>> property, Function<R, List<V>> items, Function<R, String> id,
                  Function<V, String> show, String prompt, boolean searchable) {
            this.combo = searchable ? new SearchableComboBox<>() : new ComboBox<>();
            this.property = property;
            this.items = items;
            this.id = id;
            combo.setMaxWidth(Double.MAX_VALUE);
            combo.setVisibleRowCount(14);
            if (prompt != null) {
                combo.setPromptText(prompt);
            }
            combo.setConverter(new StringConverter<>() {
                @Override
                public String toString(V v) {
                    return show.apply(v);
                }

                @Override
                public V fromString(String s) {
                    return null;
                }
            });
        }

        @Override
        protected void updateItem(R item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                combo.valueProperty().unbindBidirectional(bound);
                bound = null;
            }
            if (empty || item == null) {
                setGraphic(null);
                combo.setId(null);
                return;
            }
            combo.getItems().setAll(items.apply(item));
            bound = property.apply(item);
            combo.valueProperty().bindBidirectional(bound);
            combo.setId(id.apply(item));
            setGraphic(combo);
        }
    }
}
