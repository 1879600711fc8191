package cn.fuyuan.desk.app;

import cn.fuyuan.desk.caseload.Rates;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.agency.Agency;
import cn.fuyuan.desk.agency.AgencyLevel;
import cn.fuyuan.desk.agency.AgencyView;
import cn.fuyuan.desk.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The real window on a data folder that already holds the demonstration data. */
class MainWindowUiTest extends AppUiTestBase {

    @Test
    void everyNavigationEntryShowsItsSection() throws Exception {
        withDemoData();
        startApp();
        assertThat(node("section-DASHBOARD")).isPresent();
        assertThat(must("dashboard.agencies", Label.class).getText()).isEqualTo(String.valueOf(agenciesInFile()));
        // the other sections' figures arrive from the background, as DashboardFigures gives them for today
        waitUntil(() -> node("dashboard.items").isPresent());
        DashboardFigures f;
        try (cn.fuyuan.desk.store.Database db = cn.fuyuan.desk.store.Database.open(dataDir, cn.fuyuan.desk.store.Database.Mode.READ)) {
            f = DashboardFigures.of(db, java.time.LocalDate.now());
        }
        assertThat(must("dashboard.items", Label.class).getText()).isEqualTo(String.valueOf(f.itemsOverdue()));
        assertThat(must("dashboard.letters", Label.class).getText()).startsWith(f.lettersOverdue() + "（");
        assertThat(must("dashboard.appearance", Label.class).getText())
                .isEqualTo(f.appearance().units() == 0 ? Messages.get("dashboard.appearance.none")
                        : cn.fuyuan.desk.caseload.Rates.show(f.appearance().appearanceRate()) + "（" + f.appearance().appeared() + "/"
                        + f.appearance().units() + "）");

        for (Section s : Section.values()) {
            showSection(s);
            Parent shown = (Parent) must("section-" + s.name());
            String title = Messages.get(s.messageKey());
            assertThat(labels(shown)).as(s.name()).contains(title);
            // only the chosen section is in the window
            for (Section other : Section.values()) {
                if (other != s) {
                    assertThat(node("section-" + other.name())).as(other + " while " + s + " is shown").isEmpty();
                }
            }
        }
        showSection(Section.AGENCIES);
        assertThat(must("agency.table", TableView.class).getItems()).hasSize(agenciesInFile());
        showSection(Section.HISTORY);
        assertThat(must("history.table", TableView.class).getItems()).isNotEmpty();
    }

    @Test
    void theAgencyFormRefusesEmptyAndDuplicateNamesAndSavesAUniqueOne() throws Exception {
        withDemoData();
        int before = agenciesInFile();
        startApp();
        showSection(Section.AGENCIES);
        TableView<?> table = must("agency.table", TableView.class);
        Button save = must("action.save", Button.class);
        Label problems = must("agency.form.problems", Label.class);
        TextField name = must("agency.form.name", TextField.class);

        clickOn(must("action.new"));
        assertThat(name.getText()).isEmpty();
        assertThat(save.isDisabled()).isTrue();

        // touch the name and leave it empty: the form says what is missing
        clickOn(name).write("x");
        eraseText(1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(name.getText()).isEmpty();
        assertThat(save.isDisabled()).isTrue();
        assertThat(problems.isVisible()).isTrue();
        assertThat(problems.getText()).contains("机关名称").contains("不能为空");

        // the name of an agency that exists
        clickOn(name).write("巴彦淖尔市公安局");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(name.getText()).isEqualTo("巴彦淖尔市公安局");
        assertThat(problems.getText()).contains("巴彦淖尔市公安局").contains("已存在");
        assertThat(save.isDisabled()).isTrue();
        push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog()).isEmpty();
        assertThat(agenciesInFile()).isEqualTo(before);

        // a new name and a level
        interact(name::clear);
        clickOn(name).write("巴彦淖尔市水务局");
        ComboBox<AgencyLevel> level = must("agency.form.level", ComboBox.class);
        clickOn(level);
        clickOn(popupItem(Messages.get("agency.level.CITY")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(level.getValue()).isEqualTo(AgencyLevel.CITY);
        assertThat(problems.getText()).isEmpty();
        assertThat(save.isDisabled()).isFalse();

        clickOn(name);
        push(KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> save.isDisabled());

        assertThat(agenciesInFile()).isEqualTo(before + 1);
        assertThat(table.getItems()).hasSize(before + 1);
        Agency selected = (Agency) table.getSelectionModel().getSelectedItem();
        assertThat(selected.name()).isEqualTo("巴彦淖尔市水务局");
        assertThat(selected.level()).isEqualTo(AgencyLevel.CITY);
        assertThat(must("agency.form.status", Label.class).getText()).contains("巴彦淖尔市水务局");
        assertThat(must("action.history", Button.class).isDisabled()).isFalse();
    }

    @Test
    void anImportWithBadRowsListsEveryRowAndWritesNothing() throws Exception {
        withDemoData();
        int before = agenciesInFile();
        Path csv = dataDir.resolve("机关导入.csv");
        Files.writeString(csv, String.join("\n",
                "名称,简称,所属地区,领域,层级,主要负责人,职务,联系电话",
                "巴彦淖尔市水务局,市水务局,市本级,其他,市,王明,局长,0478-8000001",
                ",无名,市本级,其他,市,,,",
                "巴彦淖尔市林草局,市林草局,市本级,其他,省,,,",
                "巴彦淖尔市医保局,市医保局,市本级,其他,市,,,电话坏了",
                "巴彦淖尔市水务局,重复,市本级,其他,市,,,") + "\n", StandardCharsets.UTF_8);
        startApp();
        showSection(Section.AGENCIES);
        AgencyView view = (AgencyView) MainWindow.viewOf(must("section-AGENCIES")).orElseThrow();

        interact(() -> view.importFile(csv, false));

        DialogPane pane = awaitDialog();
        String text = pane.getContent() instanceof TextArea area ? area.getText() : pane.getContentText();
        assertThat(pane.getHeaderText()).isEqualTo(Messages.get("dialog.notSaved"));
        assertThat(text.lines().map(l -> l.substring(0, l.indexOf('行') + 1)))
                .containsExactly("第 3 行", "第 4 行", "第 5 行", "第 6 行");
        assertThat(text).contains("“名称”列", "“层级”列", "省", "“联系电话”列", "与第 2 行重复");
        clickDialogButton(pane, "确定");

        assertThat(agenciesInFile()).isEqualTo(before);
        assertThat(must("agency.table", TableView.class).getItems()).hasSize(before);
        assertThat(must("job.cancel").getParent().isVisible()).as("the job bar is gone").isFalse();
    }

    @Test
    void switchingTheLanguageRebuildsTheWindowInEnglishAndBack() throws Exception {
        withDemoData();
        startApp();
        showSection(Section.SETTINGS);
        chooseLanguage("English");
        clickOn(must("action.save"));
        waitUntil(() -> navText(Section.AGENCIES).equals("Agencies"));

        assertThat(navText(Section.SETTINGS)).isEqualTo("Settings");
        assertThat(navText(Section.HISTORY)).isEqualTo("History");
        assertThat(Messages.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(node("section-SETTINGS")).as("the settings stay shown").isPresent();
        assertThat(must("action.save", Button.class).getText()).isEqualTo("Save");
        assertThat(Files.readString(dataDir.resolve(FuYuanApp.LANGUAGE_FILE)).strip()).isEqualTo("en");
        showSection(Section.AGENCIES);
        assertThat(labels((Parent) must("section-AGENCIES"))).contains("Agencies");
        // the job bar was made with the application, in the language before the change
        assertThat(must("job.cancel", Button.class).getText()).as("the job bar's cancel").isEqualTo("Cancel");

        showSection(Section.SETTINGS);
        chooseLanguage("简体中文");
        clickOn(must("action.save"));
        waitUntil(() -> navText(Section.AGENCIES).equals("机关名录"));
        assertThat(navText(Section.SETTINGS)).isEqualTo("设置");
        assertThat(Messages.locale()).isEqualTo(Messages.CHINESE);
        assertThat(Files.readString(dataDir.resolve(FuYuanApp.LANGUAGE_FILE)).strip()).isEqualTo("zh_CN");
    }

    private void chooseLanguage(String shown) throws TimeoutException {
        ComboBox<?> language = must("settings.language", ComboBox.class);
        clickOn(language);
        clickOn(popupItem(shown));
        waitUntil(() -> language.getConverter() != null
                && shown.equals(((ComboBox<Locale>) language).getConverter().toString((Locale) language.getValue())));
    }

    /** An entry of the open combo box's list (not a table cell that happens to show the same text). */
    private Node popupItem(String text) throws TimeoutException {
        waitUntil(() -> lookup(".list-cell").match(org.testfx.matcher.control.LabeledMatchers.hasText(text)).tryQuery().isPresent());
        return lookup(".list-cell").match(org.testfx.matcher.control.LabeledMatchers.hasText(text)).query();
    }

    private String navText(Section s) {
        return node("nav-" + s.name()).map(n -> ((javafx.scene.control.Labeled) n).getText()).orElse("");
    }

    private List<String> labels(Parent root) {
        return from(root).lookup((Node n) -> n instanceof Label).queryAll().stream()
                .map(n -> ((Label) n).getText()).toList();
    }
}
