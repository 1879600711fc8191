package cn.fuyuan.desk.app;

import static org.assertj.core.api.Assertions.assertThat;

import static cn.fuyuan.desk.store.jooq.Tables.SUGGESTION;

import cn.fuyuan.desk.agency.Agency;
import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.store.AuditRepository;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.suggestion.Suggestion;
import cn.fuyuan.desk.suggestion.SuggestionRepository;
import cn.fuyuan.desk.suggestion.SuggestionStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Through the window: draft a letter, send it for approval, sign, deliver, record the reply, close it with the
 * follow-up visit and archive date, and read every step in the letter's History.
 */
class SuggestionUiTest extends AppUiTestBase {
    static final String TITLE = "关于规范界面测试事项的司法建议书";

    Optional<Suggestion> letter() {
        try (Database db = Database.open(dataDir, Database.Mode.READ)) {
            return new SuggestionRepository(db).list().stream().filter(s -> s.title().equals(TITLE)).findFirst();
        }
    }

    void press(String id) throws TimeoutException {
        settle();
        Button b = must(id, Button.class);
        waitUntil(() -> !b.isDisabled()); // enabled once the letter is shown again (read in a job)
        interact(b::fire);
        settle();
    }

    /** Waits until the form shows the letter in this state (the write and the reading again run in jobs). */
    void shows(SuggestionStatus status) throws TimeoutException {
        waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> must("suggestion.form.status", javafx.scene.control.Label.class).getText())
                .get().startsWith(status.label()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until the section's reads and writes (jobs off the JavaFX thread) are done and shown. */
    void settle() throws TimeoutException {
        waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> node("job.cancel").map(n -> !n.getParent().isVisible()).orElse(true)).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Presses a button that opens a step dialog, accepts the dialog's defaults and waits until it is gone. */
    void pressAndAccept(String id) throws TimeoutException {
        settle();
        Button b = must(id, Button.class);
        waitUntil(() -> !b.isDisabled()); // enabled once the letter is shown again (read in a job)
        Platform.runLater(b::fire);
        DialogPane pane = awaitDialog();
        Window w = pane.getScene().getWindow();
        Button ok = okButton(pane);
        Platform.runLater(ok::fire);
        waitUntil(() -> !w.isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        settle();
    }

    @Test
    @SuppressWarnings("unchecked")
    void draftToClosedAndTheHistoryShowsEveryStep() throws Exception {
        withDemoData();
        startApp();
        showSection(Section.SUGGESTIONS);
        press("suggestion.new");
        interact(() -> {
            must("suggestion.form.title", TextField.class).setText(TITLE);
            ComboBox<Agency> recipient = must("suggestion.form.recipient", ComboBox.class);
            recipient.setValue(recipient.getItems().get(1));
            must("suggestion.form.cases", TextField.class).setText("(2025)内08行初77号");
            must("suggestion.form.problem.1", TextArea.class).setText("执法程序不规范。");
            must("suggestion.form.advice.1", TextArea.class).setText("规范执法程序。");
        });
        press("suggestion.action.save");
        shows(SuggestionStatus.DRAFT);
        assertThat(letter()).get().extracting(Suggestion::status).isEqualTo(SuggestionStatus.DRAFT);

        press("suggestion.action.submit");
        shows(SuggestionStatus.PENDING);
        assertThat(letter().orElseThrow().status()).isEqualTo(SuggestionStatus.PENDING);
        pressAndAccept("suggestion.action.sign");
        shows(SuggestionStatus.SIGNED);
        Suggestion signed = letter().orElseThrow();
        assertThat(signed.status()).isEqualTo(SuggestionStatus.SIGNED);
        assertThat(signed.number()).matches("巴法建〔\\d{4}〕\\d+号");
        pressAndAccept("suggestion.action.deliver");
        shows(SuggestionStatus.DELIVERED);
        assertThat(letter().orElseThrow().status()).isEqualTo(SuggestionStatus.DELIVERED);
        assertThat(letter().orElseThrow().dueOn()).isNotNull();
        // 登记回复: the dialog speaks the app's language whatever the JVM's locale, and refuses an empty 回复内容 in place
        Locale jvm = Locale.getDefault();
        assertThat(ButtonType.OK.getText()).as("JavaFX's own OK follows the JVM locale " + jvm).isNotEqualTo("确定");
        Button reply = must("suggestion.action.reply", Button.class);
        Platform.runLater(reply::fire);
        DialogPane replyPane = awaitDialog();
        Window replying = replyPane.getScene().getWindow();
        assertThat(replyPane.getButtonTypes()).extracting(ButtonType::getText).containsExactly("确定", "取消");
        Platform.runLater(okButton(replyPane)::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(replying.isShowing()).as("an empty reply is not registered").isTrue();
        assertThat(inDialog(replyPane, "suggestion.dialog.problems", javafx.scene.control.Label.class).getText())
                .isEqualTo("“回复内容”不能为空");
        assertThat(letter().orElseThrow().status()).isEqualTo(SuggestionStatus.DELIVERED);
        interact(() -> inDialog(replyPane, "suggestion.dialog.replyText", TextArea.class).setText("已按建议整改。"));
        Platform.runLater(okButton(replyPane)::fire);
        waitUntil(() -> !replying.isShowing());
        shows(SuggestionStatus.REPLIED);
        Suggestion replied = letter().orElseThrow();
        assertThat(replied.replyText()).isEqualTo("已按建议整改。");
        assertThat(replied.status()).isEqualTo(SuggestionStatus.REPLIED);
        assertThat(replied.adoption()).isNotNull();
        // the form now shows the letter's state and refuses content edits
        assertThat(must("suggestion.form.status", javafx.scene.control.Label.class).getText()).contains(signed.number());
        assertThat(must("suggestion.form.title", TextField.class).isEditable()).isFalse();
        // … and look read-only (issue 12 §10), the pairs too
        assertThat(must("suggestion.form.title").getStyleClass()).contains(cn.fuyuan.desk.ui.ReadOnlyLook.STYLE_CLASS);
        assertThat(must("suggestion.form.problem.1").getStyleClass()).contains(cn.fuyuan.desk.ui.ReadOnlyLook.STYLE_CLASS);
        assertThat(must("suggestion.form.problem.1", TextArea.class).isEditable()).isFalse();


        // 办结: the follow-up visit and the archive date, typed into the step dialog
        settle();
        Button close = must("suggestion.action.close", Button.class);
        waitUntil(() -> !close.isDisabled()); // close enabled
        Platform.runLater(close::fire);
        DialogPane pane = awaitDialog();
        Window closing = pane.getScene().getWindow();
        LocalDate archived = LocalDate.now();
        interact(() -> {
            inDialog(pane, "suggestion.dialog.archivedOn", DatePicker.class).setValue(archived);
            inDialog(pane, "suggestion.dialog.visitNotes", TextArea.class).setText(VISIT);
        });
        Platform.runLater(okButton(pane)::fire);
        waitUntil(() -> !closing.isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> letter().orElseThrow().status() == SuggestionStatus.CLOSED);
        shows(SuggestionStatus.CLOSED);
        Suggestion closed = letter().orElseThrow();
        assertThat(closed.archivedOn()).isEqualTo(archived);
        assertThat(closed.visitNotes()).isEqualTo(VISIT);
        waitUntil(() -> must("suggestion.action.close", Button.class).isDisabled()); // closed once

        try (Database db = Database.open(dataDir, Database.Mode.READ)) {
            assertThat(db.dsl().select(SUGGESTION.STATUS).from(SUGGESTION).where(SUGGESTION.ID.eq(closed.id())).fetchOne(SUGGESTION.STATUS))
                    .isEqualTo(SuggestionStatus.CLOSED.name());
            List<AuditRepository.Entry> audit = new AuditRepository(db).forRecord("suggestion", closed.id());
            assertThat(audit).anyMatch(e -> e.action() == cn.fuyuan.desk.store.Audit.Action.INSERT
                    && "DRAFT".equals(String.valueOf(e.after().get("status"))));
            List<String> statuses = audit.stream().filter(e -> e.changedFields().contains("status"))
                    .map(e -> String.valueOf(e.after().get("status"))).toList();
            assertThat(statuses).contains("DRAFT", "PENDING", "SIGNED", "DELIVERED", "REPLIED", "CLOSED");
        }

        // the letter's History: a row for the draft and one for each change of state, 已办结 included
        press("action.history");
        waitUntil(() -> historyTable().isPresent());
        TableView<?> history = historyTable().orElseThrow();
        WaitForAsyncUtils.waitForFxEvents();
        List<String> rows = new ArrayList<>();
        interact(() -> {
            for (int i = 0; i < history.getItems().size(); i++) {
                StringBuilder row = new StringBuilder();
                for (TableColumn<?, ?> c : history.getColumns()) {
                    row.append(c.getCellData(i)).append(" | ");
                }
                rows.add(row.toString());
            }
        });
        String inserted = Messages.get("history.action.INSERT");
        String status = Messages.get("history.column.suggestion.status");
        assertThat(rows).as("history rows").anyMatch(r -> r.contains(inserted) && r.contains(TITLE)
                && r.contains(status + ": " + SuggestionStatus.DRAFT.label()));
        SuggestionStatus[] steps = {SuggestionStatus.DRAFT, SuggestionStatus.PENDING, SuggestionStatus.SIGNED,
                SuggestionStatus.DELIVERED, SuggestionStatus.REPLIED, SuggestionStatus.CLOSED};
        for (int i = 1; i < steps.length; i++) {
            String change = status + ": " + steps[i - 1].label() + " → " + steps[i].label();
            assertThat(rows).as("history rows show " + change).anyMatch(r -> r.contains(change));
        }
        assertThat(rows).as("closing row").anyMatch(r -> r.contains(SuggestionStatus.CLOSED.label()) && r.contains(VISIT)
                && r.contains(archived.toString()));
    }

    /** The dialog's 确定 (the app's own button, not JavaFX's ButtonType.OK). */
    static Button okButton(DialogPane pane) {
        return (Button) pane.getButtonTypes().stream().filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE)
                .findFirst().map(pane::lookupButton).orElseThrow(() -> new AssertionError("no OK in " + pane.getButtonTypes()));
    }

    static final String VISIT = "回访：行政机关已整改执法程序。";

    <T extends Node> T inDialog(DialogPane pane, String id, Class<T> type) {
        return type.cast(from(pane).lookup((Predicate<Node>) n -> id.equals(n.getId())).tryQuery()
                .orElseThrow(() -> new AssertionError("no " + id + " in the dialog")));
    }

    /** The table of a History window that is showing now. */
    Optional<TableView<?>> historyTable() {
        return listWindows().stream().filter(Window::isShowing).filter(w -> w.getScene() != null)
                .flatMap(w -> from(w.getScene().getRoot()).lookup((Predicate<Node>) n -> "history.table".equals(n.getId()))
                        .queryAll().stream())
                .filter(n -> n instanceof TableView<?>).<TableView<?>>map(n -> (TableView<?>) n).findFirst();
    }
}
