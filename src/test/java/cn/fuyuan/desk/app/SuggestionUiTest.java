package cn.fuyuan.desk.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.agency.Agency;
import cn.fuyuan.desk.store.AuditRepository;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.suggestion.Suggestion;
import cn.fuyuan.desk.suggestion.SuggestionRepository;
import cn.fuyuan.desk.suggestion.SuggestionStatus;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Through the window: draft a letter, send it for approval, sign, deliver and record the reply. */
class SuggestionUiTest extends AppUiTestBase {
    static final String TITLE = "关于规范界面测试事项的司法建议书";

    Optional<Suggestion> letter() {
        try (Database db = Database.open(dataDir, Database.Mode.READ)) {
            return new SuggestionRepository(db).list().stream().filter(s -> s.title().equals(TITLE)).findFirst();
        }
    }

    void press(String id) {
        Button b = must(id, Button.class);
        assertThat(b.isDisabled()).as(id + " enabled").isFalse();
        interact(b::fire);
    }

    /** Presses a button that opens a step dialog, accepts the dialog's defaults and waits until it is gone. */
    void pressAndAccept(String id) throws TimeoutException {
        Button b = must(id, Button.class);
        assertThat(b.isDisabled()).as(id + " enabled").isFalse();
        Platform.runLater(b::fire);
        DialogPane pane = awaitDialog();
        Window w = pane.getScene().getWindow();
        Button ok = (Button) pane.lookupButton(ButtonType.OK);
        Platform.runLater(ok::fire);
        waitUntil(() -> !w.isShowing());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @SuppressWarnings("unchecked")
    void draftSignDeliverAndRecordTheReply() throws Exception {
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
        assertThat(letter()).get().extracting(Suggestion::status).isEqualTo(SuggestionStatus.DRAFT);

        press("suggestion.action.submit");
        assertThat(letter().orElseThrow().status()).isEqualTo(SuggestionStatus.PENDING);
        pressAndAccept("suggestion.action.sign");
        Suggestion signed = letter().orElseThrow();
        assertThat(signed.status()).isEqualTo(SuggestionStatus.SIGNED);
        assertThat(signed.number()).matches("巴法建〔\\d{4}〕\\d+号");
        pressAndAccept("suggestion.action.deliver");
        assertThat(letter().orElseThrow().status()).isEqualTo(SuggestionStatus.DELIVERED);
        assertThat(letter().orElseThrow().dueOn()).isNotNull();
        pressAndAccept("suggestion.action.reply");
        Suggestion replied = letter().orElseThrow();
        assertThat(replied.status()).isEqualTo(SuggestionStatus.REPLIED);
        assertThat(replied.adoption()).isNotNull();
        // the form now shows the letter's state and refuses content edits
        assertThat(must("suggestion.form.status", javafx.scene.control.Label.class).getText()).contains(signed.number());
        assertThat(must("suggestion.form.title", TextField.class).isEditable()).isFalse();

        try (Database db = Database.open(dataDir, Database.Mode.READ)) {
            List<String> statuses = new AuditRepository(db).forRecord("suggestion", replied.id()).stream()
                    .map(e -> String.valueOf(e.after().get("status"))).toList();
            assertThat(statuses).contains("DRAFT", "PENDING", "SIGNED", "DELIVERED", "REPLIED");
        }
    }
}
