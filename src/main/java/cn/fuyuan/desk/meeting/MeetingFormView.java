package cn.fuyuan.desk.meeting;

import static cn.fuyuan.desk.meeting.EditorTable.converter;
import static cn.fuyuan.desk.meeting.EditorTable.field;
import static cn.fuyuan.desk.meeting.EditorTable.label;
import static cn.fuyuan.desk.meeting.EditorTable.section;

import cn.fuyuan.desk.ui.Cells;
import cn.fuyuan.desk.ui.DateFields;
import cn.fuyuan.desk.ui.Ui;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The meeting form: the header (number, state, title, kind, time, place, host), then 参会人员, 议题, 议定事项 and the
 * items carried from earlier meetings. A new meeting's carry-over is read in the background as its date changes.
 */
final class MeetingFormView {
    private final MeetingFormViewModel form;
    private final Background background;
    private final Node root;

    MeetingFormView(MeetingFormViewModel form, ObservableList<Unit> units, Background background, Consumer<AgreedItem> recordProgress) {
        this.form = form;
        this.background = background;
        GridPane head = new GridPane();
        head.setHgap(8);
        head.setVgap(6);
        Label number = new Label();
        number.textProperty().bind(form.number);
        Label state = new Label();
        state.textProperty().bind(Bindings.createStringBinding(() -> form.state.get() == null ? "" : form.state.get().label(), form.state));
        state.setId("meeting.stateLabel");
        TextField title = field("meeting.form.title", form.title);
        ComboBox<MeetingKind> kind = new ComboBox<>();
        kind.getItems().setAll(MeetingKind.values());
        kind.setConverter(converter(MeetingKind::label));
        kind.valueProperty().bindBidirectional(form.kind);
        DatePicker date = DateFields.picker("meeting.heldAt", null);
        date.setId("meeting.form.date");
        date.valueProperty().bindBidirectional(form.date);
        TextField time = field("meeting.form.time", form.time);
        time.setPrefColumnCount(5);
        form.date.addListener((o, a, b) -> refreshCarryPreview());
        form.time.addListener((o, a, b) -> refreshCarryPreview());
        TextField place = field("meeting.form.place", form.place);
        TextField host = field("meeting.form.host", form.host);
        int r = 0;
        head.addRow(r++, label(Ui.t("meeting.number")), number, label(Ui.t("meeting.state")), state);
        head.addRow(r++, label(Ui.t("meeting.title")), title);
        GridPane.setColumnSpan(title, 3);
        head.addRow(r++, label(Ui.t("meeting.kind")), kind, label(Ui.t("meeting.heldAt")), new HBox(4, date, time));
        head.addRow(r++, label(Ui.t("meeting.place")), place, label(Ui.t("meeting.host")), host);
        head.disableProperty().bind(form.readOnly);

        VBox box = new VBox(8, head,
                section(Ui.t("meeting.attendees"), new AttendeesView(form, units).node()),
                section(Ui.t("meeting.topics"), new TopicsView(form).node()),
                section(Ui.t("meeting.items"), new AgreedItemsView(form, units, recordProgress).node()),
                section(Ui.t("meeting.carried"), carried(recordProgress)));
        box.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        root = scroll;
    }

    Node node() {
        return root;
    }

    /** A meeting not saved yet: what it will carry, for the date and time as they stand. */
    private void refreshCarryPreview() {
        if (form.current() != null) {
            return;
        }
        LocalDateTime at = form.heldAt();
        background.run(() -> form.carriedBefore(at), open -> form.showCarryPreview(at, open));
    }

    private Node carried(Consumer<AgreedItem> recordProgress) {
        TableView<AgreedItem> table = new TableView<>();
        table.setId("meeting.carriedTable");
        table.setPrefHeight(120);
        table.setPlaceholder(new Label(""));
        table.getColumns().add(Cells.column("meeting.item.meeting", 80, AgreedItem::meetingNumber));
        table.getColumns().add(Cells.column("meeting.item.text", 200, AgreedItem::text));
        table.getColumns().add(Cells.column("meeting.item.units", 130, AgreedItem::unitNames));
        table.getColumns().add(Cells.column("meeting.item.deadline", 86, i -> i.deadline() == null ? "" : i.deadline().toString()));
        table.getColumns().add(Cells.column("meeting.item.status", 90, i -> i.status().label()
                + (i.overdue(LocalDate.now()) ? Ui.t("meeting.overdueMark") : "")));
        table.setItems(form.carried);
        Button progress = Ui.button("meeting.recordProgress", () -> {
            AgreedItem it = table.getSelectionModel().getSelectedItem();
            if (it != null && form.current() != null) {
                recordProgress.accept(it);
            }
        });
        progress.setId("meeting.carried.progress");
        return new VBox(4, table, progress);
    }
}
