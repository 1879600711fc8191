package cn.fuyuan.desk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/** Table columns and choice boxes, written once: a text column of a row, a choice list with "all" first. */
public final class Cells {
    private Cells() {
    }

    /**
     * A read-only text column headed by the message {@code key}. A text cut off by the column's width ("关于规范行…")
     * shows whole when the pointer rests on it.
     */
    public static <R> TableColumn<R, String> column(String key, double width, Function<R, String> text) {
        TableColumn<R, String> c = new TableColumn<>(Ui.t(key));
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(text.apply(x.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            // the tooltip is made when the pointer first rests on the cell, then kept and its text changed as the
            // cell is reused: a tooltip is a popup window with a scene of its own (~20 KB), and a window of tables
            // holds a thousand cells, most never pointed at
            private Tooltip tip;

            {
                setOnMouseEntered(e -> {
                    String shown = getText();
                    if (tip == null && shown != null && !shown.isEmpty()) {
                        tip = new Tooltip(shown);
                        setTooltip(tip);
                    }
                });
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                String shown = empty || item == null ? null : item;
                setText(shown);
                if (tip == null) {
                    return;
                }
                if (shown == null || shown.isEmpty()) {
                    setTooltip(null);
                } else {
                    tip.setText(shown);
                    setTooltip(tip);
                }
            }
        });
        c.setPrefWidth(width);
        return c;
    }

    /** The width a column needs for the longest of {@code texts} in the table's font, padding included. */
    public static double widthOf(java.util.Collection<String> texts, double atLeast) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text();
        probe.setFont(javafx.scene.text.Font.font(UiFonts.load(), 13)); // the window's face and size (UiFonts.stylesheet)
        double widest = 0;
        for (String t : texts) {
            probe.setText(t);
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        return Math.max(atLeast, Math.ceil(widest) + 24);
    }

    /** The items with null first (a filter's "all" or a form's "not set"). */
    public static <T> List<T> withNull(List<T> items) {
        List<T> l = new ArrayList<>();
        l.add(null);
        l.addAll(items);
        return l;
    }

    /** Shows a choice by {@code text}, and null as the message {@code nullKey}; nothing is typed. */
    public static <T> StringConverter<T> converter(String nullKey, Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? Ui.t(nullKey) : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
