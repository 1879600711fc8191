package cn.fuyuan.desk.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.settings.SettingKey;
import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.store.Database;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;

/** 报表 in both languages at the window sizes offices use: every label whole, and no promise of documents it already offers. */
class ReportsPageUiTest extends AppUiTestBase {

    /** The labels and buttons whose shown text was cut to "…". */
    static List<String> cutOff(Parent root) {
        List<String> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<String> out) {
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty() && l.isVisible()) {
            for (Node c : l.getChildrenUnmodifiable()) {
                if (c instanceof Text t && t.getText() != null && t.getText().endsWith("…") && !l.getText().endsWith("…")) {
                    out.add(l.getText() + " → " + t.getText());
                }
            }
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    @ParameterizedTest
    @CsvSource({"zh, 1024, 700", "en, 1024, 700", "en, 1440, 900"})
    void everyLabelFitsAndNothingIsPromisedForLater(String lang, int width, int height) throws Exception {
        withDemoData();
        try (Database db = Database.open(dataDir, Database.Mode.WRITE)) {
            new SettingsRepository(db).put(SettingKey.UI_LANGUAGE, lang.equals("en") ? "en" : "zh_CN");
        }
        startApp();
        Window w = must("nav").getScene().getWindow();
        interact(() -> {
            w.setWidth(width);
            w.setHeight(height);
        });
        showSection(Section.REPORTS);
        WaitForAsyncUtils.waitForFxEvents();
        Parent page = (Parent) must("section-REPORTS");
        List<String> texts = new ArrayList<>();
        page.lookupAll(".label").forEach(n -> texts.add(((Labeled) n).getText()));
        assertThat(texts).noneMatch(t -> t.contains("后续版本") || t.contains("later release") || t.startsWith("!"));
        assertThat(cutOff(page)).as("labels cut off at " + width + "×" + height + " in " + lang).isEmpty();
    }
}
