package cn.fuyuan.desk.meeting;

import static cn.fuyuan.desk.meeting.EditorTable.move;
import static cn.fuyuan.desk.meeting.EditorTable.refreshOnEdit;
import static cn.fuyuan.desk.meeting.EditorTable.remove;
import static cn.fuyuan.desk.meeting.EditorTable.select;

import cn.fuyuan.desk.meeting.MeetingFormViewModel.TopicRow;
import cn.fuyuan.desk.ui.Cells;
import cn.fuyuan.desk.ui.Ui;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** 议题: the topics in order, the chosen one's title and its part of the minutes (the follow-up topic's title is fixed). */
final class TopicsView {
    private final Node root;

    TopicsView(MeetingFormViewModel form) {
        TableView<TopicRow> table = new TableView<>();
        table.setId("meeting.topicTable");
        table.setPrefHeight(110);
        table.getColumns().add(Cells.column("meeting.topic", 380, r -> r.title.get()));
        table.setItems(form.topics);
        table.setPlaceholder(new javafx.scene.control.Label(""));
        TextField title = new TextField();
        title.setId("meeting.topic.title");
        title.setPromptText(Ui.t("meeting.topic"));
        TextArea minutes = new TextArea();
        minutes.setId("meeting.topic.minutes");
        minutes.setPromptText(Ui.t("meeting.topic.minutes"));
        minutes.setPrefRowCount(3);
        minutes.setWrapText(true);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (a != null) {
                title.textProperty().unbindBidirectional(a.title);
                minutes.textProperty().unbindBidirectional(a.minutes);
            }
            if (b != null) {
                title.textProperty().bindBidirectional(b.title);
                minutes.textProperty().bindBidirectional(b.minutes);
            } else {
                title.clear();
                minutes.clear();
            }
            title.setDisable(b == null || b.followUp);
            minutes.setDisable(b == null);
        });
        title.setDisable(true);
        minutes.setDisable(true);
        refreshOnEdit(table, title.textProperty());
        HBox buttons = new HBox(6, Ui.button("meeting.addTopic", () -> select(table, form.addTopic())),
                Ui.button("meeting.up", () -> move(table, form.topics, -1)),
                Ui.button("meeting.down", () -> move(table, form.topics, 1)),
                Ui.button("meeting.remove", () -> remove(table, form.topics)));
        VBox v = new VBox(4, table, title, minutes, buttons);
        v.disableProperty().bind(form.readOnly);
        root = v;
    }

    Node node() {
        return root;
    }
}
