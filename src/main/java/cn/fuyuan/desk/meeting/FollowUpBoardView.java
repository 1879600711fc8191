package cn.fuyuan.desk.meeting;

import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.Cells;
import cn.fuyuan.desk.ui.Ui;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/** The 未办结事项 tab: the units with their open and overdue counts beside the open items (overdue in red). */
final class FollowUpBoardView {
    private final FollowUpBoardViewModel board;
    private final Background background;
    private final ListView<FollowUpTable.UnitCount> units = new ListView<>();
    private final TableView<FollowUpTable.Row> table;
    private final BorderPane root;

    FollowUpBoardView(AppContext ctx, FollowUpBoardViewModel board, Background background) {
        this.board = board;
        this.background = background;
        table = new TableView<>(board.rows);
        table.setId("meeting.board");
        table.getColumns().add(Cells.column("meeting.unit", 170, FollowUpTable.Row::unit));
        table.getColumns().add(Cells.column("meeting.item.deadline", 86, FollowUpTable.Row::deadlineText));
        table.getColumns().add(Cells.column("meeting.item.overdue", 84, r -> r.overdueDays() == null ? "" : r.overdueDays().toString()));
        table.getColumns().add(Cells.column("meeting.item.text", 300, FollowUpTable.Row::text));
        table.getColumns().add(Cells.column("meeting.item.meeting", 80, FollowUpTable.Row::meetingNumber));
        table.getColumns().add(Cells.column("meeting.item.status", 60, FollowUpTable.Row::statusText));
        table.getColumns().add(Cells.column("meeting.item.latest", 220, FollowUpTable.Row::latestProgress));
        table.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(FollowUpTable.Row item, boolean empty) {
                super.updateItem(item, empty);
                setStyle(!empty && item != null && item.overdue() ? "-fx-text-background-color: #b00000;" : "");
            }
        });
        units.setId("meeting.boardUnits");
        units.setItems(board.units);
        units.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(FollowUpTable.UnitCount c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.unit().isEmpty() ? Ui.t("meeting.allUnits")
                        : Ui.t("meeting.unitCount", c.unit(), c.open(), c.overdue()));
                // a long unit name with its counts ("…: 2 open, 0 overdue" in English) wraps instead of losing the counts
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        units.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> board.choose(b));
        units.setPrefWidth(260);
        root = new BorderPane(table);
        root.setLeft(units);
        root.setTop(Ui.toolbar(
                Ui.button("meeting.printFollowUp", () -> {
                    FollowUpTable.UnitCount c = units.getSelectionModel().getSelectedItem();
                    MeetingScreens.previewFollowUp(ctx, c == null || c.unit().isEmpty() ? null : c.unit());
                }),
                Ui.button("meeting.exportIcs", () -> MeetingScreens.exportIcs(ctx))));
    }

    Node node() {
        return root;
    }

    /** The open agreed items as shown (all units, or the one chosen), for 文件→导出 / 打印. */
    cn.fuyuan.desk.ui.ListExport.Shown shown() {
        FollowUpTable.UnitCount unit = units.getSelectionModel().getSelectedItem();
        return new cn.fuyuan.desk.ui.ListExport.Shown(Ui.t("meeting.tab.board"), "open-items", table,
                () -> unit == null ? "" : Ui.t("export.list.field", Ui.t("meeting.unit"), unit.unit()));
    }

    /** Reads the open items in the background; the chosen unit stays chosen. */
    void reload() {
        LocalDate today = LocalDate.now();
        background.run(() -> board.read(today), open -> {
            FollowUpTable.UnitCount chosen = units.getSelectionModel().getSelectedItem();
            board.show(open, chosen);
            if (chosen != null) {
                board.units.stream().filter(c -> c.unit().equals(chosen.unit())).findFirst().ifPresent(c -> units.getSelectionModel().select(c));
            }
        });
    }
}
