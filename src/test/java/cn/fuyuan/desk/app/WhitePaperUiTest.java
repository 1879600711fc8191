package cn.fuyuan.desk.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.whitepaper.Chapter;
import cn.fuyuan.desk.whitepaper.WhitePaper;
import cn.fuyuan.desk.whitepaper.WhitePaperService;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;

/** The 白皮书 section through the real window: draft the year, edit a chapter with a sub-heading and a figure, save, 定稿. */
class WhitePaperUiTest extends AppUiTestBase {

    @Test
    void draftEditSaveAndFinalise() throws Exception {
        withDemoData();
        startApp();
        showSection(Section.WHITEPAPER);
        @SuppressWarnings("unchecked")
        ComboBox<Integer> year = must("whitepaper.year", ComboBox.class);
        interact(() -> year.setValue(2025));
        // the section loads the year as a job (off the JavaFX thread); its buttons wait while it runs
        waitUntil(() -> !must("whitepaper.load").isDisabled());
        clickOn(must("whitepaper.load"));
        waitUntil(() -> !must("whitepaper.load").isDisabled() && must("whitepaper.status", Label.class).getText().contains("2025"));
        TextArea editor = must("whitepaper.editor", TextArea.class);
        assertThat(editor.getText()).contains("⟦received=");

        @SuppressWarnings("unchecked")
        ListView<Chapter> chapters = must("whitepaper.chapters", ListView.class);
        interact(() -> chapters.getSelectionModel().select(Chapter.LOSS));
        assertThat(editor.getText()).contains("⟦lossRate=");
        interact(() -> {
            editor.setText("办公室改写的第一段。");
            editor.positionCaret(0);
        });
        clickOn(must("whitepaper.subheading"));
        interact(() -> editor.positionCaret(editor.getLength()));
        @SuppressWarnings("unchecked")
        ComboBox<java.util.Map.Entry<String, cn.fuyuan.desk.whitepaper.ChapterFigures.Figure>> insert =
                must("whitepaper.insertFigure", ComboBox.class);
        interact(() -> insert.setValue(insert.getItems().stream().filter(e -> e.getKey().equals("lossRate")).findFirst().orElseThrow()));
        waitUntil(() -> editor.getText().contains("⟦lossRate="));
        assertThat(editor.getText()).startsWith("## 办公室改写的第一段。⟦lossRate=");
        String words = ((TextFlow) must("whitepaper.wordsPreview")).getChildren().stream().map(n -> ((Text) n).getText())
                .reduce("", String::concat);
        assertThat(words).contains("办公室改写的第一段。").doesNotContain("⟦").doesNotContain("## ");

        clickOn(must("whitepaper.save"));
        waitUntil(() -> must("whitepaper.status", Label.class).getText().contains("已保存"));
        try (Database db = Database.open(dataDir, Database.Mode.READ)) {
            WhitePaper p = new WhitePaperService(db).find(2025).orElseThrow();
            assertThat(p.part(Chapter.LOSS).narrative()).startsWith("## 办公室改写的第一段。⟦lossRate=");
        }

        clickOn(must("whitepaper.finalize"));
        clickDialogButton(awaitDialog(), "是");
        waitUntil(() -> !editor.isEditable());
        assertThat(must("whitepaper.status", Label.class).getText()).contains("定稿");
        assertThat(must("whitepaper.reopen").isDisabled()).isFalse();
        assertThat(must("whitepaper.save").isDisabled()).isTrue();
    }
}
