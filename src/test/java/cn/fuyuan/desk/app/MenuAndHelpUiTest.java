package cn.fuyuan.desk.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.report.document.OfficialDocument;
import cn.fuyuan.desk.ui.ListExport;
import cn.fuyuan.desk.ui.SectionView;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The menus as desktop users expect them: mnemonics, Ctrl+1 … the sections, F1 the guide at the section, 导出/打印 the list shown. */
class MenuAndHelpUiTest extends AppUiTestBase {

    private MenuBar bar() {
        return must("menubar", MenuBar.class);
    }

    private static MenuItem item(Menu m, String id) {
        return m.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    @Test
    void theMenusHaveMnemonicsShortcutsAndEverySection() throws Exception {
        withDemoData();
        startApp();
        MenuBar bar = bar();
        assertThat(bar.getMenus()).extracting(Menu::getText).containsExactly("文件(_F)", "编辑(_E)", "查看(_V)", "帮助(_H)");
        assertThat(bar.getMenus()).allMatch(Menu::isMnemonicParsing);
        Menu file = bar.getMenus().get(0);
        assertThat(file.getItems()).filteredOn(i -> i.getId() != null).extracting(MenuItem::getId).containsExactly(
                "menu.new", "menu.save", "menu.import", "menu.export", "menu.print", "menu.backup", "menu.restore",
                "menu.openFolder", "menu.recent", "menu.exit");
        assertThat(item(file, "menu.new").getAccelerator().getName()).isEqualTo("Shortcut+N");
        assertThat(item(file, "menu.save").getAccelerator().getName()).isEqualTo("Shortcut+S");
        assertThat(item(file, "menu.print").getAccelerator().getName()).isEqualTo("Shortcut+P");
        Menu edit = bar.getMenus().get(1);
        assertThat(item(edit, "menu.find").getAccelerator().getName()).isEqualTo("Shortcut+F");
        assertThat(item(edit, "menu.searchAll").getAccelerator().getName()).isEqualTo("Shortcut+K");
        Menu view = bar.getMenus().get(2);
        assertThat(view.getItems()).hasSize(Section.values().length);
        assertThat(view.getItems().get(1).getText()).isEqualTo("案件与出庭");
        assertThat(view.getItems().get(1).getAccelerator().getName()).isEqualTo("Shortcut+2");
        assertThat(item(bar.getMenus().get(3), "menu.manual").getAccelerator().getName()).isEqualTo("F1");

        push(KeyCode.CONTROL, KeyCode.DIGIT2);
        waitUntil(() -> node("section-CASES").map(n -> n.getScene() != null).orElse(false));
        push(KeyCode.CONTROL, KeyCode.DIGIT7);
        waitUntil(() -> node("section-AGENCIES").map(n -> n.getScene() != null).orElse(false));
    }

    @Test
    void exportAndPrintAreDisabledWhereNoListIsShownAndReachTheRegisterWhereItIs() throws Exception {
        withDemoData();
        startApp();
        Menu file = bar().getMenus().get(0);
        fx(() -> {
            file.getOnShowing().handle(null);
            return null;
        });
        assertThat(item(file, "menu.export").isDisable()).as("the dashboard shows no list").isTrue();
        assertThat(item(file, "menu.print").isDisable()).isTrue();
        assertThat(item(file, "menu.import").isDisable()).isTrue();
        fx(() -> {
            file.getOnHidden().handle(null);
            return null;
        });

        showSection(Section.CASES);
        TableView<?> register = must("caseload.table", TableView.class);
        waitUntil(() -> !register.getItems().isEmpty());
        clickOn(must("caseload.filter.headAbsent"));
        waitUntil(() -> register.getItems().size() > 0);
        SectionView v = MainWindow.viewOf(must("section-CASES")).orElseThrow();
        fx(() -> {
            file.getOnShowing().handle(null);
            return null;
        });
        assertThat(item(file, "menu.export").isDisable()).isFalse();
        assertThat(item(file, "menu.import").isDisable()).isFalse();
        OfficialDocument doc = fx(() -> ListExport.document(v.shownList()));
        assertThat(doc.tables().get(0).rows()).as("the filtered register").hasSize(register.getItems().size());
        assertThat(doc.tables().get(0).columns()).extracting(c -> c.header()).startsWith("案号", "法院");
        assertThat(doc.body().get(0).toString()).contains("负责人未出庭");
        fx(() -> {
            file.getOnHidden().handle(null);
            return null;
        });

        // Ctrl+P: the register's printed table in the preview
        push(KeyCode.CONTROL, KeyCode.P);
        waitUntil(() -> node("report.preview").isPresent());
    }

    @Test
    void theMeetingListAndTheOpenItemsBoardAreExportedAsShown() throws Exception {
        withDemoData();
        startApp();
        showSection(Section.MEETINGS);
        TableView<?> meetings = must("meeting.table", TableView.class);
        waitUntil(() -> !meetings.getItems().isEmpty());
        SectionView v = MainWindow.viewOf(must("section-MEETINGS")).orElseThrow();
        OfficialDocument doc = fx(() -> ListExport.document(v.shownList()));
        assertThat(doc.tables().get(0).rows()).as("every meeting shown").hasSize(meetings.getItems().size());
        assertThat(doc.tables().get(0).columns()).extracting(c -> c.header()).startsWith("编号", "召开时间");

        fx(() -> {
            must("meeting.tabs", javafx.scene.control.TabPane.class).getSelectionModel().select(1);
            return null;
        });
        TableView<?> board = must("meeting.board", TableView.class);
        waitUntil(() -> !board.getItems().isEmpty());
        OfficialDocument items = fx(() -> ListExport.document(v.shownList()));
        assertThat(items.tables().get(0).rows()).as("the open items").hasSize(board.getItems().size());
        assertThat(items.tables().get(0).columns()).extracting(c -> c.header()).startsWith("单位");
    }

    @Test
    void theLettersAndTheDirectoryAreExportedAsShown() throws Exception {
        withDemoData();
        startApp();
        showSection(Section.SUGGESTIONS);
        TableView<?> letters = must("suggestion.table", TableView.class);
        waitUntil(() -> !letters.getItems().isEmpty());
        clickOn(must("suggestion.filter.overdue"));
        SectionView v = MainWindow.viewOf(must("section-SUGGESTIONS")).orElseThrow();
        OfficialDocument doc = fx(() -> ListExport.document(v.shownList()));
        assertThat(doc.tables().get(0).rows()).as("the filtered letters").hasSize(letters.getItems().size());
        assertThat(doc.body().get(0).toString()).contains("逾期");

        showSection(Section.AGENCIES);
        TableView<?> agencies = must("agency.table", TableView.class);
        waitUntil(() -> !agencies.getItems().isEmpty());
        SectionView a = MainWindow.viewOf(must("section-AGENCIES")).orElseThrow();
        assertThat(fx(() -> a.canImport())).isTrue();
        OfficialDocument directory = fx(() -> ListExport.document(a.shownList()));
        assertThat(directory.tables().get(0).rows()).hasSize(agencies.getItems().size());
    }

    @Test
    void f1OpensTheGuideAtTheSectionInUseInTheLanguageInUse() throws Exception {
        withDemoData();
        startApp();
        showSection(Section.SUGGESTIONS);
        push(KeyCode.F1);
        try {
            waitUntil(() -> node("help.window").isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("windows: " + listWindows().stream().map(w -> w instanceof javafx.stage.Stage st ? st.getTitle()
                    + " " + (w.getScene().getRoot() instanceof javafx.scene.control.DialogPane d ? d.getHeaderText() + d.getContentText() : "")
                    : String.valueOf(w)).toList()
                    + " focus " + fx(() -> must("nav").getScene().getFocusOwner()));
        }
        ListView<?> contents = must("help.contents", ListView.class);
        assertThat(contents.getSelectionModel().getSelectedItem()).isEqualTo(Section.SUGGESTIONS);
        Node page = must("help.page");
        List<String> texts = from(page).lookup((java.util.function.Predicate<Node>) n -> n instanceof Label).queryAll().stream()
                .map(n -> ((Label) n).getText()).toList();
        assertThat(texts.get(0)).isEqualTo("司法建议");
        assertThat(String.join("", texts)).contains("被建议单位", "回复期限");
        Window help = page.getScene().getWindow();
        clickOn(contents);
        push(KeyCode.ESCAPE);
        waitUntil(() -> !help.isShowing());
    }
}
