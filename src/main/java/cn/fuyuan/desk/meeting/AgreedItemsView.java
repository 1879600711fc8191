package cn.fuyuan.desk.meeting;

import static cn.fuyuan.desk.meeting.EditorTable.converter;
import static cn.fuyuan.desk.meeting.EditorTable.refreshOnEdit;

import cn.fuyuan.desk.i18n.ChineseNumerals;
import cn.fuyuan.desk.meeting.MeetingFormViewModel.ItemRow;
import cn.fuyuan.desk.ui.Cells;
import cn.fuyuan.desk.ui.DateFields;
import cn.fuyuan.desk.ui.Ui;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.value.ChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * 议定事项: the items in order, and the editor of the item the form shows ({@link MeetingFormViewModel#item}): text,
 * 牵头单位 and 配合单位, deadline, status, the linked 案号 and 文号. With no item shown the editor is empty and off.
 */
final class AgreedItemsView {
    private final MeetingFormViewModel form;
    private final TableView<ItemRow> table = new TableView<>();
    private final TextField text = new TextField();
    private final ComboBox<Unit> lead;
    private final ComboBox<Unit> partner;
    private final ListView<Unit> partners = new ListView<>();
    private final DatePicker deadline = DateFields.picker("meeting.item.deadline", null);
    private final ComboBox<ItemStatus> status = new ComboBox<>();
    private final TextField linkedCase = new TextField();
    private final TextField linkedLetter = new TextField();
    private final ChangeListener<List<Unit>> unitsShown = (o, a, b) -> showUnits();
    private final Node root;
    private boolean showing;

    AgreedItemsView(MeetingFormViewModel form, ObservableList<Unit> units, Consumer<AgreedItem> recordProgress) {
        this.form = form;
        lead = EditorTable.unitBox("meeting.item.unit", Ui.t("meeting.item.lead"), false, units);
        partner = EditorTable.unitBox("meeting.item.partner", Ui.t("meeting.item.partner"), false, units);
        table.setId("meeting.itemTable");
        table.setPrefHeight(130);
        table.getColumns().add(Cells.column("meeting.item.no", 36, r -> ChineseNumerals.of(form.items.indexOf(r) + 1)));
        table.getColumns().add(Cells.column("meeting.item.text", 220, r -> r.text.get()));
        table.getColumns().add(Cells.column("meeting.item.units", 150,
                r -> r.units.get().stream().map(Unit::name).collect(Collectors.joining("、"))));
        table.getColumns().add(Cells.column("meeting.item.deadline", 86, r -> r.deadline.get() == null ? "" : r.deadline.get().toString()));
        table.getColumns().add(Cells.column("meeting.item.status", 60, r -> r.status.get().label()));
        table.setItems(form.items);
        table.setPlaceholder(new javafx.scene.control.Label(""));
        text.setId("meeting.item.text");
        text.setPromptText(Ui.t("meeting.item.text"));
        deadline.setId("meeting.item.deadline");
        deadline.setPromptText(Ui.t("meeting.item.deadline"));
        status.setId("meeting.item.status");
        status.getItems().setAll(ItemStatus.values());
        status.setConverter(converter(ItemStatus::label));
        linkedCase.setId("meeting.item.case");
        linkedCase.setPromptText(Ui.t("meeting.item.case"));
        linkedLetter.setId("meeting.item.letter");
        linkedLetter.setPromptText(Ui.t("meeting.item.letter"));
        linkedCase.setPrefColumnCount(14);
        linkedLetter.setPrefColumnCount(16);
        partners.setId("meeting.item.partners");
        partners.setOrientation(Orientation.HORIZONTAL);
        partners.setPrefHeight(30);
        partners.setPlaceholder(new javafx.scene.control.Label(Ui.t("meeting.item.noPartner")));

        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != form.item.get() && (b != null || !form.items.contains(form.item.get()))) {
                form.item.set(b);
            }
        });
        form.item.addListener((o, a, b) -> show(a, b));
        lead.valueProperty().addListener((o, a, u) -> {
            ItemRow row = form.item.get();
            if (!showing && row != null && u != null) {
                row.setFirstUnit(u);
            }
        });
        refreshOnEdit(table, text.textProperty(), deadline.valueProperty(), status.valueProperty());
        show(null, null);

        HBox line1 = new HBox(6, text, lead);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button addPartner = Ui.button("meeting.item.addPartner", () -> {
            ItemRow row = form.item.get();
            if (row != null && partner.getValue() != null) {
                row.addPartner(partner.getValue());
                partner.setValue(null);
            }
        });
        Button removePartner = Ui.button("meeting.item.removePartner", () -> {
            ItemRow row = form.item.get();
            Unit u = partners.getSelectionModel().getSelectedItem();
            if (row != null && u != null) {
                row.removePartner(u);
            }
        });
        addPartner.setMinWidth(Region.USE_PREF_SIZE);
        removePartner.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane line2 = new FlowPane(6, 6, partner, addPartner, removePartner);
        FlowPane line3 = new FlowPane(6, 6, deadline, status, linkedCase, linkedLetter);
        VBox fields = new VBox(4, line1, line2, partners, line3);
        fields.disableProperty().bind(form.item.isNull());
        HBox buttons = new HBox(6, Ui.button("meeting.addItem", () -> {
            table.scrollTo(form.addItem());
            text.requestFocus();
        }), Ui.button("meeting.remove", () -> form.removeItem(form.item.get())));
        VBox editors = new VBox(4, fields, buttons);
        editors.disableProperty().bind(form.readOnly);
        Button progress = Ui.button("meeting.recordProgress", () -> {
            ItemRow row = form.item.get();
            if (row != null && row.original != null) {
                recordProgress.accept(row.original);
            }
        });
        progress.setId("meeting.item.progress");
        root = new VBox(4, table, editors, progress);
    }

    Node node() {
        return root;
    }

    /** The editor leaves row {@code a} and shows row {@code b}; none: every field empty. */
    private void show(ItemRow a, ItemRow b) {
        if (a != null) {
            text.textProperty().unbindBidirectional(a.text);
            deadline.valueProperty().unbindBidirectional(a.deadline);
            status.valueProperty().unbindBidirectional(a.status);
            linkedCase.textProperty().unbindBidirectional(a.linkedCase);
            linkedLetter.textProperty().unbindBidirectional(a.linkedSuggestion);
            a.units.removeListener(unitsShown);
        }
        if (b != null) {
            text.textProperty().bindBidirectional(b.text);
            deadline.valueProperty().bindBidirectional(b.deadline);
            status.valueProperty().bindBidirectional(b.status);
            linkedCase.textProperty().bindBidirectional(b.linkedCase);
            linkedLetter.textProperty().bindBidirectional(b.linkedSuggestion);
            b.units.addListener(unitsShown);
            if (table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
                table.scrollTo(b);
            }
        } else {
            text.clear();
            deadline.setValue(null);
            deadline.getEditor().clear();
            status.setValue(null);
            linkedCase.clear();
            linkedLetter.clear();
            table.getSelectionModel().clearSelection();
        }
        partner.setValue(null);
        showUnits();
    }

    private void showUnits() {
        ItemRow row = form.item.get();
        showing = true;
        try {
            lead.setValue(row == null ? null : row.firstUnit());
            partners.getItems().setAll(row == null ? List.of() : row.partners());
        } finally {
            showing = false;
        }
        table.refresh();
    }
}
