package cn.fuyuan.desk.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

/** The real window on an empty data folder: it offers the demonstration data. */
class FirstStartUiTest extends AppUiTestBase {

    @Test
    void anEmptyDatabaseOffersTheDemoDataAndYesLoadsIt() throws Exception {
        startApp();
        DialogPane offer = awaitDialog();
        assertThat(offer.getContentText()).contains("演示数据");
        assertThat(offer.getButtonTypes()).extracting(b -> b.getText()).containsExactly("是", "否");
        assertThat(agenciesInFile()).isZero();

        clickDialogButton(offer, "是");

        waitUntil(() -> agenciesInFile() > 0 && node("dashboard.agencies")
                .map(n -> ((Label) n).getText().equals(String.valueOf(agenciesInFile()))).orElse(false));
        showSection(Section.AGENCIES);
        TableView<?> table = must("agency.table", TableView.class);
        assertThat(table.getItems()).hasSize(agenciesInFile());
        assertThat(table.getItems().toString()).contains("巴彦淖尔市公安局");
    }

    @Test
    void noLeavesTheDatabaseEmpty() throws Exception {
        startApp();
        clickDialogButton(awaitDialog(), "否");

        assertThat(agenciesInFile()).isZero();
        showSection(Section.AGENCIES);
        assertThat(must("agency.table", TableView.class).getItems()).isEmpty();
    }
}
