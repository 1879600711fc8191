package cn.fuyuan.desk.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.TestDb;
import cn.fuyuan.desk.caseload.CaseView;
import cn.fuyuan.desk.caseload.HearingGridViewModel;
import cn.fuyuan.desk.caseload.HearingImportViewModel;
import cn.fuyuan.desk.store.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** 案件与出庭: a hearing result entered through the quick-entry grid, and a file imported through the mapping step, land in the file. */
class CaseloadUiTest extends AppUiTestBase {

    private String openHearingDate() {
        try (Database db = Database.open(dataDir, Database.Mode.READ)) {
            return TestDb.string(db, "SELECT h.hearing_date FROM hearing h JOIN hearing_appearance a ON a.hearing_id = h.id "
                    + "WHERE a.head_appeared IS NULL ORDER BY h.hearing_date, a.id LIMIT 1");
        }
    }

    private String firstResultOn(String date, String column) {
        try (Database db = Database.open(dataDir, Database.Mode.READ)) {
            return TestDb.string(db, "SELECT a." + column + " FROM hearing h JOIN hearing_appearance a ON a.hearing_id = h.id "
                    + "JOIN admin_case c ON c.id = h.case_id WHERE h.hearing_date = '" + date + "' "
                    + "ORDER BY h.hearing_time, c.case_number, a.id LIMIT 1");
        }
    }

    @SuppressWarnings("unchecked")
    @Test
    void aHeadAppearanceIsEnteredThroughTheGrid() throws Exception {
        withDemoData();
        String date = openHearingDate();
        assertThat(date).as("the demo has hearings without results").isNotNull();
        startApp();
        showSection(Section.CASES);
        waitUntil(() -> !must("caseload.table", TableView.class).getItems().isEmpty());

        TabPane tabs = must("caseload.tabs", TabPane.class);
        interact(() -> tabs.getSelectionModel().select(1));
        DatePicker picker = must("grid.date", DatePicker.class);
        interact(() -> picker.setValue(LocalDate.parse(date)));
        TableView<HearingGridViewModel.Entry> grid = must("grid.table", TableView.class);
        waitUntil(() -> !grid.getItems().isEmpty());
        HearingGridViewModel.Entry first = grid.getItems().get(0);
        assertThat(first.appeared.get()).isNull();

        // 负责人出庭: choose 是 in the cell's list
        edit(grid, "grid.appeared");
        ComboBox<Boolean> appeared = editorOf(grid, ComboBox.class);
        choose(appeared, Boolean.TRUE);
        // 出庭负责人: type a name and press Enter
        edit(grid, "grid.headName");
        TextField name = editorOf(grid, TextField.class);
        clickOn(name).write("张志刚").type(KeyCode.ENTER);
        // 级别: 副职
        edit(grid, "grid.rank");
        ComboBox<Object> rank = editorOf(grid, ComboBox.class);
        choose(rank, rank.getItems().get(2));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(first.appeared.get()).isTrue();
        assertThat(first.headName.get()).isEqualTo("张志刚");

        clickOn(must("caseload.grid.save"));
        waitUntil(() -> must("grid.problems", Label.class).getText().contains("1"));
        assertThat(must("grid.problems").getStyleClass()).as("a success, not shown as a problem")
                .contains(cn.fuyuan.desk.ui.Ui.STATUS_SUCCESS).doesNotContain(cn.fuyuan.desk.ui.Ui.STATUS_PROBLEM);

        assertThat(firstResultOn(date, "head_appeared")).isEqualTo("1");
        assertThat(firstResultOn(date, "head_name")).isEqualTo("张志刚");
        assertThat(firstResultOn(date, "head_rank")).isEqualTo("DEPUTY");
    }

    @SuppressWarnings("unchecked")
    @Test
    void aFileWithOtherHeadersIsImportedThroughTheMappingStep() throws Exception {
        withDemoData();
        int agencies = agenciesInFile();
        Path csv = dataDir.resolve("外单位开庭表.csv");
        Files.writeString(csv, String.join("\n",
                "案件编号,被诉单位,开庭日期,备注",
                "（2025）内08行初901号,巴彦淖尔市自然资原局,2025-07-10 09:30,外单位报送") + "\n", StandardCharsets.UTF_8);
        startApp();
        showSection(Section.CASES);
        waitUntil(() -> !must("caseload.table", TableView.class).getItems().isEmpty());
        CaseView view = (CaseView) MainWindow.viewOf(must("section-CASES")).orElseThrow();

        interact(() -> view.importFile(csv));

        // page 1: 案件编号 is proposed as 案号; 被诉单位 is not known, the user gives it as 被告; 备注 stays out
        waitUntil(() -> node("import.mapping.target-被诉单位").isPresent());
        ComboBox<String> number = must("import.mapping.target-案件编号", ComboBox.class);
        ComboBox<String> defendant = must("import.mapping.target-被诉单位", ComboBox.class);
        assertThat(number.getValue()).isEqualTo("案号");
        assertThat(defendant.getValue()).isNull();
        assertThat(must("import.mapping.target-备注", ComboBox.class).getValue()).isNull();
        assertThat(must("import.mapping.problems", Label.class).getText()).contains("被告");
        Button run = must("import.mapping.run", Button.class);
        assertThat(run.isDisabled()).isTrue();
        clickOn(defendant);
        clickOn(defendant.getConverter().toString("被告"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(defendant.getValue()).isEqualTo("被告");
        assertThat(run.isDisabled()).isFalse();
        clickOn(run);

        // page 2: the misspelt agency, with the directory's agency proposed
        waitUntil(() -> node("import.mapping.choice-巴彦淖尔市自然资原局").isPresent());
        ComboBox<HearingImportViewModel.Choice> choice = must("import.mapping.choice-巴彦淖尔市自然资原局", ComboBox.class);
        assertThat(choice.getValue()).isEqualTo(HearingImportViewModel.Choice.existing("巴彦淖尔市自然资源局"));
        assertThat(choice.getItems().get(0)).isEqualTo(HearingImportViewModel.Choice.add("巴彦淖尔市自然资原局"));
        assertThat(agenciesInFile()).as("the first try was refused: nothing written").isEqualTo(agencies);
        interact(() -> choice.getSelectionModel().select(HearingImportViewModel.Choice.existing("巴彦淖尔市自然资源局")));
        clickOn(must("import.mapping.run"));

        waitUntil(() -> dialog().map(p -> p.getContentText() != null && p.getContentText().contains("新增 1")).orElse(false));
        clickDialogButton(dialog().orElseThrow(), "确定");

        assertThat(agenciesInFile()).isEqualTo(agencies);
        try (Database db = Database.open(dataDir, Database.Mode.READ)) {
            assertThat(TestDb.string(db, "SELECT g.name || ' ' || h.hearing_date || ' ' || h.hearing_time FROM admin_case c "
                    + "JOIN case_defendant d ON d.case_id = c.id JOIN agency g ON g.id = d.agency_id JOIN hearing h ON h.case_id = c.id "
                    + "WHERE c.case_number = '（2025）内08行初901号'")).isEqualTo("巴彦淖尔市自然资源局 2025-07-10 09:30");
        }
        assertThat(must("job.cancel").getParent().isVisible()).as("the job bar is gone").isFalse();
    }

    /** Picks an item and confirms it with Enter, as a user does with the keyboard (the cell commits on Enter). */
    private <T> void choose(ComboBox<T> box, T item) {
        interact(() -> {
            box.getSelectionModel().select(item);
            box.requestFocus();
        });
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void edit(TableView<HearingGridViewModel.Entry> grid, String columnId) {
        TableColumn<HearingGridViewModel.Entry, ?> column = grid.getColumns().stream().filter(c -> columnId.equals(c.getId()))
                .findFirst().orElseThrow(() -> new AssertionError("no column " + columnId));
        interact(() -> {
            grid.scrollToColumn(column);
            grid.layout();
            grid.edit(0, column);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private <T extends Node> T editorOf(TableView<?> grid, Class<T> type) {
        return from(grid).lookup((Node n) -> type.isInstance(n) && n.isVisible()).queryAll().stream().map(type::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " editing in the grid"));
    }
}
