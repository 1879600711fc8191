package cn.fuyuan.desk.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.reminders.Reminder;
import cn.fuyuan.desk.reminders.ReminderKind;
import cn.fuyuan.desk.reminders.Reminders;
import cn.fuyuan.desk.search.SearchKind;
import cn.fuyuan.desk.store.Database;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The toolbar's global search (Ctrl+K, results as you type, Enter opens) and the 工作台's 提醒 list, in the real window. */
class SearchAndRemindersUiTest extends AppUiTestBase {

    @SuppressWarnings("unchecked")
    private ListView<Object> results() {
        return (ListView<Object>) must("search.results", ListView.class);
    }

    private Section selectedSection() {
        @SuppressWarnings("unchecked")
        ListView<Section> nav = (ListView<Section>) must("nav", ListView.class);
        return nav.getSelectionModel().getSelectedItem();
    }

    @Test
    void ctrlKSearchesEverythingAndEnterOpensTheLetter() throws Exception {
        withDemoData();
        startApp();
        TextField field = must("search.global", TextField.class);
        press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitUntil(field::isFocused);
        interact(() -> field.setText("信息公开申请台账"));
        waitUntil(() -> node("search.results").map(n -> n.getScene() != null && !results().getItems().isEmpty()).orElse(false));
        // a heading row for the letters, then the letters found, the first selected
        assertThat(results().getItems().get(0).toString()).contains("heading=LETTER");
        assertThat(results().getSelectionModel().getSelectedIndex()).isEqualTo(1);
        interact(() -> field.requestFocus());
        type(KeyCode.ENTER);
        waitUntil(() -> selectedSection() == Section.SUGGESTIONS);
        assertThat(node("section-SUGGESTIONS")).isPresent();

        // two characters: answered too; an agency opens in the directory
        interact(() -> field.setText("临河"));
        waitUntil(() -> results().getItems().stream().anyMatch(r -> r.toString().contains("heading=AGENCY")));
        int agencyRow = indexOf(SearchKind.AGENCY);
        interact(() -> results().getSelectionModel().select(agencyRow + 1));
        interact(() -> results().requestFocus());
        type(KeyCode.ENTER);
        waitUntil(() -> selectedSection() == Section.AGENCIES);
    }

    private int indexOf(SearchKind kind) {
        List<Object> rows = results().getItems();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).toString().contains("heading=" + kind)) {
                return i;
            }
        }
        throw new AssertionError("no " + kind + " in " + rows);
    }

    @Test
    void theDashboardListsTheRemindersAndARowOpensItsRecord() throws Exception {
        withDemoData();
        List<Reminder> expected;
        try (Database db = Database.open(dataDir, Database.Mode.READ)) {
            expected = Reminders.compute(db, LocalDate.now(), Reminders.DEFAULT_DAYS);
        }
        assertThat(expected).isNotEmpty();
        startApp();
        @SuppressWarnings("unchecked")
        TableView<Reminder> table = (TableView<Reminder>) must("reminders.table", TableView.class);
        waitUntil(() -> table.getItems().size() == expected.size());
        assertThat(table.getItems()).isEqualTo(expected);
        int letter = indexOfKind(table, ReminderKind.LETTER_OVERDUE);
        Reminder r = table.getItems().get(letter);
        interact(() -> table.getSelectionModel().select(letter));
        clickOn(must("reminder.done"));
        waitUntil(() -> table.getItems().size() == expected.size() - 1);
        assertThat(table.getItems()).doesNotContain(r);
        int other = indexOfKind(table, ReminderKind.LETTER_OVERDUE);
        interact(() -> table.getSelectionModel().select(other));
        clickOn(must("reminder.open"));
        waitUntil(() -> selectedSection() == Section.SUGGESTIONS);
    }

    /** 推迟到…: a date typed badly is refused naming the field (推迟到的日期), not the question text above it. */
    @Test
    void thePutOffDateIsRefusedByItsOwnName() throws Exception {
        withDemoData();
        startApp();
        @SuppressWarnings("unchecked")
        TableView<Reminder> table = (TableView<Reminder>) must("reminders.table", TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());
        interact(() -> table.getSelectionModel().select(0));
        javafx.application.Platform.runLater(() -> ((javafx.scene.control.Button) must("reminder.putOff")).fire());
        javafx.scene.control.DialogPane pane = awaitDialog();
        javafx.scene.control.DatePicker until = (javafx.scene.control.DatePicker) from(pane)
                .lookup((java.util.function.Predicate<javafx.scene.Node>) n -> "reminder.putOffUntil".equals(n.getId())).query();
        interact(() -> {
            until.getEditor().setText("下周三");
            until.getConverter().fromString(until.getEditor().getText());
        });
        Object message = until.getProperties().get(cn.fuyuan.desk.ui.DateFields.ERROR_KEY);
        assertThat(String.valueOf(message)).contains(cn.fuyuan.desk.i18n.Messages.get("reminder.putOffDate"))
                .doesNotContain(cn.fuyuan.desk.i18n.Messages.get("reminder.putOffUntil"));
        javafx.stage.Window w = pane.getScene().getWindow();
        interact(() -> pane.getButtonTypes().stream().filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE)
                .findFirst().map(pane::lookupButton).map(javafx.scene.control.Button.class::cast).orElseThrow().fire());
        waitUntil(() -> !w.isShowing());
    }

    private static int indexOfKind(TableView<Reminder> table, ReminderKind kind) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).kind() == kind) {
                return i;
            }
        }
        throw new AssertionError("no " + kind);
    }
}
