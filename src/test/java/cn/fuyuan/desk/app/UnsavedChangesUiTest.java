package cn.fuyuan.desk.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.agency.Agency;
import cn.fuyuan.desk.store.Database;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Through the real window on a real database: an edit is never dropped silently. Changing an agency's 职务 and then
 * clicking another section, another agency or the window's close asks 保存 / 放弃 / 取消.
 */
class UnsavedChangesUiTest extends AppUiTestBase {

    String titleInFile(int id) {
        try (Database db = Database.open(dataDir, Database.Mode.READ)) {
            return new cn.fuyuan.desk.agency.AgencyRepository(db).find(id).orElseThrow().headTitle();
        }
    }

    /** Selects the first agency, types a new 职务; returns the agency. */
    @SuppressWarnings("unchecked")
    Agency editTitle(String title) throws TimeoutException {
        TableView<Agency> table = must("agency.table", TableView.class);
        if (table.getSelectionModel().getSelectedItem() == null) {
            interact(() -> table.getSelectionModel().select(0));
        }
        Agency a = table.getSelectionModel().getSelectedItem();
        TextField field = must("agency.form.headTitle", TextField.class);
        interact(field::clear);
        clickOn(field).write(title);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.getText()).isEqualTo(title);
        return a;
    }

    @Test
    void anEditedTitleIsKeptSavedOrDroppedAsTheUserChooses() throws Exception {
        withDemoData();
        startApp();
        showSection(Section.AGENCIES);
        Agency a = editTitle("常务副局长（界面测试）");
        String stored = titleInFile(a.id());

        // 取消: the section stays, the edit stays, nothing is written
        clickOn(must("nav-" + Section.SETTINGS.name()));
        DialogPane pane = awaitDialog();
        assertThat(pane.getButtonTypes()).extracting(javafx.scene.control.ButtonType::getText).containsExactly("保存", "放弃", "取消");
        answerUnsaved("unsaved.cancel");
        waitUntil(() -> node("section-AGENCIES").map(n -> n.getScene() != null).orElse(false));
        assertThat(node("section-SETTINGS")).isEmpty();
        assertThat(must("agency.form.headTitle", TextField.class).getText()).isEqualTo("常务副局长（界面测试）");
        assertThat(titleInFile(a.id())).isEqualTo(stored);

        // 保存: written, then the other section is shown
        clickOn(must("nav-" + Section.SETTINGS.name()));
        answerUnsaved("unsaved.save");
        waitUntil(() -> node("section-SETTINGS").map(n -> n.getScene() != null).orElse(false));
        assertThat(titleInFile(a.id())).isEqualTo("常务副局长（界面测试）");

        // 放弃: dropped, the form shows the stored value again
        showSection(Section.AGENCIES);
        Agency again = editTitle("临时职务");
        assertThat(again.id()).isEqualTo(a.id());
        clickOn(must("nav-" + Section.HISTORY.name()));
        answerUnsaved("unsaved.discard");
        waitUntil(() -> node("section-HISTORY").map(n -> n.getScene() != null).orElse(false));
        assertThat(titleInFile(a.id())).isEqualTo("常务副局长（界面测试）");
        showSection(Section.AGENCIES);
        assertThat(must("agency.form.headTitle", TextField.class).getText()).isEqualTo("常务副局长（界面测试）");
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosingAnotherAgencyOrClosingTheWindowAsksToo() throws Exception {
        withDemoData();
        startApp();
        showSection(Section.AGENCIES);
        Agency a = editTitle("副局长（另选记录）");
        TableView<Agency> table = must("agency.table", TableView.class);

        // another record: 取消 keeps the first agency chosen and the edit in the form
        javafx.application.Platform.runLater(() -> table.getSelectionModel().select(1));   // the question waits for an answer
        answerUnsaved("unsaved.cancel");
        waitUntil(() -> table.getSelectionModel().getSelectedItem() != null && table.getSelectionModel().getSelectedItem().id().equals(a.id()));
        assertThat(must("agency.form.headTitle", TextField.class).getText()).isEqualTo("副局长（另选记录）");

        // closing the window: 取消 keeps it open
        Window main = must("nav").getScene().getWindow();
        javafx.application.Platform.runLater(() -> main.fireEvent(new javafx.stage.WindowEvent(main, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        answerUnsaved("unsaved.cancel");
        assertThat(main.isShowing()).isTrue();
        assertThat(titleInFile(a.id())).isNotEqualTo("副局长（另选记录）");

        // another record, 保存: written and the other agency shown
        javafx.application.Platform.runLater(() -> table.getSelectionModel().select(1));
        answerUnsaved("unsaved.save");
        assertThat(titleInFile(a.id())).isEqualTo("副局长（另选记录）");
        waitUntil(() -> table.getSelectionModel().getSelectedItem() != null && !table.getSelectionModel().getSelectedItem().id().equals(a.id()));
        assertThat(must("agency.form.name", TextField.class).getText()).isEqualTo(table.getSelectionModel().getSelectedItem().name());
    }
}
