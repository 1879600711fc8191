package cn.fuyuan.desk.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.caseload.CaseQueries.CaseRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Through the real window on a real database (issue 16 §1): a section that is left lets go of its rows, and coming
 * back shows them again with the filter and the selected case as they were; a form being typed elsewhere loses
 * nothing on the way.
 */
class SectionReleaseUiTest extends AppUiTestBase {

    @Test
    @SuppressWarnings("unchecked")
    void theRegisterIsReleasedWhenLeftAndComesBackWithItsFilterWhileATypedFormIsKept() throws Exception {
        withDemoData();
        startApp();
        showSection(Section.CASES);
        TableView<CaseRow> table = must("caseload.table", TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());
        int all = table.getItems().size();
        TextField search = must("caseload.search", TextField.class);
        clickOn(search).write("行初");
        WaitForAsyncUtils.waitForFxEvents();
        int filtered = table.getItems().size();
        assertThat(filtered).isPositive().isLessThan(all);
        interact(() -> table.getSelectionModel().select(1));
        int chosen = table.getSelectionModel().getSelectedItem().id();

        // another section, with a form typed and not saved
        showSection(Section.AGENCIES);
        assertThat(table.getItems()).as("the register's rows are let go once 案件 is left").isEmpty();
        TableView<?> agencies = must("agency.table", TableView.class);
        waitUntil(() -> !agencies.getItems().isEmpty());
        interact(() -> agencies.getSelectionModel().select(0));
        TextField title = must("agency.form.headTitle", TextField.class);
        interact(title::clear);
        clickOn(title).write("副局长（离开再回来）");
        WaitForAsyncUtils.waitForFxEvents();

        // leaving asks; 取消 keeps the section and every character typed
        clickOn(must("nav-" + Section.CASES.name()));
        answerUnsaved("unsaved.cancel");
        assertThat(must("agency.form.headTitle", TextField.class).getText()).isEqualTo("副局长（离开再回来）");
        // 保存, then 案件: the typed title is what the form shows when the directory is shown again
        clickOn(must("nav-" + Section.CASES.name()));
        answerUnsaved("unsaved.save");
        waitUntil(() -> node("section-CASES").map(n -> n.getScene() != null).orElse(false));

        // back in 案件: the rows again, the filter as it was, the case chosen again
        TableView<CaseRow> again = must("caseload.table", TableView.class);
        waitUntil(() -> again.getItems().size() == filtered);
        assertThat(must("caseload.search", TextField.class).getText()).isEqualTo("行初");
        waitUntil(() -> again.getSelectionModel().getSelectedItem() != null);
        assertThat(again.getSelectionModel().getSelectedItem().id()).isEqualTo(chosen);

        showSection(Section.AGENCIES);
        assertThat(must("agency.form.headTitle", TextField.class).getText()).isEqualTo("副局长（离开再回来）");
    }
}
