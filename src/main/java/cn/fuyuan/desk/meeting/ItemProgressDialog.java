package cn.fuyuan.desk.meeting;

import cn.fuyuan.desk.ui.DateFields;
import cn.fuyuan.desk.ui.Dialogs;
import cn.fuyuan.desk.ui.Ui;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** 登记进展: the date, the status the item moves to, and what was done. */
final class ItemProgressDialog {
    /** What was entered. */
    record Entry(LocalDate on, ItemStatus status, String note) {
    }

    private ItemProgressDialog() {
    }

    static Optional<Entry> ask(Window owner, AgreedItem item) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Ui.t("meeting.recordProgress"));
        DatePicker on = DateFields.picker("meeting.progress.date", LocalDate.now());
        ComboBox<ItemStatus> st = new ComboBox<>();
        st.getItems().setAll(ItemStatus.values());
        st.setConverter(EditorTable.converter(ItemStatus::label));
        st.setValue(item.status() == ItemStatus.NOT_STARTED ? ItemStatus.IN_PROGRESS : item.status());
        TextField note = new TextField();
        note.setId("meeting.progress.note");
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.addRow(0, new Label(Ui.t("meeting.item.text")), new Label(item.text()));
        g.addRow(1, new Label(Ui.t("meeting.progress.date")), on);
        g.addRow(2, new Label(Ui.t("meeting.item.status")), st);
        g.addRow(3, new Label(Ui.t("meeting.progress.note")), note);
        d.getDialogPane().setContent(g);
        ButtonType okType = Dialogs.okCancel(d);
        Optional<ButtonType> r = d.showAndWait();
        return r.isPresent() && r.get() == okType ? Optional.of(new Entry(on.getValue(), st.getValue(), note.getText())) : Optional.empty();
    }
}
