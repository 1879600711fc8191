package cn.fuyuan.desk.meeting;

import static cn.fuyuan.desk.meeting.EditorTable.converter;
import static cn.fuyuan.desk.meeting.EditorTable.refreshOnEdit;
import static cn.fuyuan.desk.meeting.EditorTable.remove;
import static cn.fuyuan.desk.meeting.EditorTable.select;

import cn.fuyuan.desk.meeting.MeetingFormViewModel.AttendeeRow;
import cn.fuyuan.desk.ui.Cells;
import cn.fuyuan.desk.ui.Ui;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * 参会人员: the 出席 / 请假 / 列席 rows, and the fields below them. With no row chosen the fields take the next person,
 * whom + 出席 / + 请假 / + 列席 adds; with a row chosen they edit that row.
 */
final class AttendeesView {
    private final MeetingFormViewModel form;
    private final TableView<AttendeeRow> table = new TableView<>();
    private final ComboBox<AttendeeRole> role = new ComboBox<>();
    private final TextField person = new TextField();
    private final ComboBox<Unit> unit;
    private final Node root;

    AttendeesView(MeetingFormViewModel form, ObservableList<Unit> units) {
        this.form = form;
        this.unit = EditorTable.unitBox("meeting.attendee.unit", Ui.t("meeting.unit"), true, units);
        table.setId("meeting.attendeeTable");
        table.setPrefHeight(150);
        table.getColumns().add(Cells.column("meeting.role", 60, r -> r.role.get() == null ? "" : r.role.get().label()));
        table.getColumns().add(Cells.column("meeting.person", 90, r -> r.person.get()));
        table.getColumns().add(Cells.column("meeting.unit", 240, r -> r.unit.get() == null ? "" : r.unit.get().name()));
        table.setItems(form.attendees);
        table.setPlaceholder(new javafx.scene.control.Label(""));
        role.getItems().setAll(AttendeeRole.values());
        role.setConverter(converter(AttendeeRole::label));
        role.setId("meeting.attendee.role");
        role.setMinWidth(80);
        person.setId("meeting.attendee.person");
        person.setPromptText(Ui.t("meeting.person"));
        bind(form.attendeeEntry);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            unbind(a == null ? form.attendeeEntry : a);
            bind(b == null ? form.attendeeEntry : b);
        });
        refreshOnEdit(table, role.valueProperty(), person.textProperty(), unit.valueProperty());
        FlowPane editor = new FlowPane(6, 6, role, person, unit,
                add("meeting.addPresent", AttendeeRole.PRESENT),
                add("meeting.addAbsent", AttendeeRole.ABSENT),
                add("meeting.addObserver", AttendeeRole.OBSERVER),
                Ui.button("meeting.remove", () -> remove(table, form.attendees)));
        VBox v = new VBox(4, table, editor);
        v.disableProperty().bind(form.readOnly);
        root = v;
    }

    Node node() {
        return root;
    }

    private void bind(AttendeeRow r) {
        role.valueProperty().bindBidirectional(r.role);
        person.textProperty().bindBidirectional(r.person);
        unit.valueProperty().bindBidirectional(r.unit);
    }

    private void unbind(AttendeeRow r) {
        role.valueProperty().unbindBidirectional(r.role);
        person.textProperty().unbindBidirectional(r.person);
        unit.valueProperty().unbindBidirectional(r.unit);
    }

    /**
     * Adds in {@code r}: what was typed (the fields then empty for the next person, no row chosen), or an empty row
     * chosen for editing when nothing was typed.
     */
    private Button add(String key, AttendeeRole r) {
        return Ui.button(key, () -> {
            if (table.getSelectionModel().getSelectedItem() == null) {
                unit.commitValue();   // a unit typed but not yet confirmed with Enter
            }
            boolean typed = table.getSelectionModel().getSelectedItem() == null && form.attendeeEntry.typed();
            if (typed) {
                AttendeeRow row = form.addAttendee(r);
                table.scrollTo(row);
                person.requestFocus();
            } else {
                table.getSelectionModel().clearSelection();
                select(table, form.addAttendee(r));
            }
        });
    }
}
