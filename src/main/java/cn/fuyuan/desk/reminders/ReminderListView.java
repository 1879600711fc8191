package cn.fuyuan.desk.reminders;

import cn.fuyuan.desk.ui.DateFields;
import cn.fuyuan.desk.ui.Dialogs;
import cn.fuyuan.desk.ui.Cells;
import cn.fuyuan.desk.ui.Ui;
import cn.fuyuan.desk.search.SearchKind;
import cn.fuyuan.desk.store.Database;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The 工作台's 提醒 list: what {@link Reminders#compute} gives for today and the coming {@link Reminders#DEFAULT_DAYS}
 * days. A double-click (or 打开) opens the record in its section; 已办 and 推迟到… are kept in the database.
 */
public final class ReminderListView {
    private final Database db;
    private final BiConsumer<SearchKind, Integer> open;
    private final TableView<Reminder> table = new TableView<>();
    private final Label heading = new Label();
    private final VBox root;
    private LocalDate today = LocalDate.now();

    public ReminderListView(Database db, BiConsumer<SearchKind, Integer> open) {
        this.db = db;
        this.open = open;
        table.setId("reminders.table");
        table.getColumns().add(Cells.column("reminder.col.date", 90, r -> r.date().toString()));
        // the kinds whole in either language ("Replied, no follow-up visit"), and no wider: the record's title gets the room
        double kindWidth = Cells.widthOf(java.util.Arrays.stream(ReminderKind.values()).map(k -> Ui.t(k.messageKey())).toList(), 90);
        table.getColumns().add(Cells.column("reminder.col.kind", kindWidth, r -> Ui.t(r.kind().messageKey())));
        table.getColumns().add(Cells.column("reminder.col.record", 320, Reminder::title));
        table.getColumns().add(Cells.column("reminder.col.detail", 460, Reminder::detail));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Ui.t("reminder.none")));
        table.setRowFactory(tv -> {
            TableRow<Reminder> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openRow(row.getItem());
                }
            });
            return row;
        });
        table.setPrefHeight(260);
        heading.setStyle("-fx-font-size: 15px; -fx-font-weight: bold;");
        Button openButton = Ui.button("reminder.open", () -> selected(this::openRow));
        Button done = Ui.button("reminder.done", () -> selected(r -> {
            new ReminderListViewModel(db).markDone(r, today);
            reload();
        }));
        Button putOff = Ui.button("reminder.putOff", () -> selected(r -> putOff(r, table.getScene() == null ? null : table.getScene().getWindow())));
        root = new VBox(6, Ui.toolbar(heading, Ui.spacer(), openButton, done, putOff), table);
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    public Node node() {
        return root;
    }

    /** The rows shown now (for tests). */
    public List<Reminder> shown() {
        return List.copyOf(table.getItems());
    }

    private void selected(java.util.function.Consumer<Reminder> action) {
        Reminder r = table.getSelectionModel().getSelectedItem();
        if (r != null) {
            action.accept(r);
        }
    }

    private void openRow(Reminder r) {
        open.accept(r.kind().opens(), r.recordId());
    }

    private void putOff(Reminder r, Window owner) {
        Dialog<ButtonType> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle(Ui.t("reminder.putOff"));
        // the field's own name (a refused date names it), not the question above it
        DatePicker until = DateFields.picker("reminder.putOffDate", today.plusDays(Reminders.DEFAULT_DAYS));
        until.setId("reminder.putOffUntil");
        d.getDialogPane().setContent(new VBox(8, new Label(r.title() + " — " + Ui.t(r.kind().messageKey())),
                new Label(Ui.t("reminder.putOffUntil")), until));
        ButtonType ok = cn.fuyuan.desk.ui.Dialogs.okCancel(d);
        if (d.showAndWait().filter(b -> b == ok).isPresent() && until.getValue() != null) {
            if (!until.getValue().isAfter(today)) {
                Dialogs.problem(owner, Ui.t("reminder.putOffPast", until.getValue()));
                return;
            }
            new ReminderListViewModel(db).putOff(r, until.getValue());
            reload();
        }
    }

    /** Reads the reminders in the background and shows them. */
    public void reload() {
        today = LocalDate.now();
        LocalDate day = today;
        heading.setText(Ui.t("reminder.heading", Reminders.DEFAULT_DAYS));
        Task<List<Reminder>> task = new Task<>() {
            @Override
            protected List<Reminder> call() {
                return Reminders.compute(db, day, Reminders.DEFAULT_DAYS);
            }
        };
        task.setOnSucceeded(e -> {
            table.getItems().setAll(task.getValue());
            heading.setText(Ui.t("reminder.headingCount", Reminders.DEFAULT_DAYS, task.getValue().size()));
        });
        task.setOnFailed(e -> org.slf4j.LoggerFactory.getLogger(ReminderListView.class).error("reminders failed", task.getException()));
        Thread t = new Thread(task, "reminders");
        t.setDaemon(true);
        t.start();
    }
}
