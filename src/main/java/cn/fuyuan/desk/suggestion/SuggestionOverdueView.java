package cn.fuyuan.desk.suggestion;

import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.Dialogs;
import cn.fuyuan.desk.ui.Ui;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The 逾期 tab: the letters overdue today, most days first, and their 催办函 (all, or the one chosen). */
final class SuggestionOverdueView {
    private final AppContext ctx;
    private final SuggestionScreens screens;
    private final SuggestionListViewModel list;
    private final Runnable reload;
    private final TableView<Suggestion> table = new TableView<>();
    private final VBox root;

    SuggestionOverdueView(AppContext ctx, SuggestionScreens screens, SuggestionListViewModel list, Runnable reload) {
        this.ctx = ctx;
        this.screens = screens;
        this.list = list;
        this.reload = reload;
        table.setId("suggestion.overdueTable");
        SuggestionTable.columns(table, list, true);
        table.setPlaceholder(new Label(Ui.t("suggestion.noneOverdueNow")));
        Button chase = Ui.button("suggestion.print.chaseAll", () -> previewChase(list.overdue()));
        Button one = Ui.button("suggestion.print.chaseOne", () -> {
            Suggestion s = table.getSelectionModel().getSelectedItem();
            if (s != null) {
                previewChase(List.of(s));
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        root = new VBox(8, Ui.toolbar(chase, one), table);
        root.setPadding(new Insets(8, 0, 0, 0));
    }

    /** The overdue letters as shown, for 文件→导出 / 打印. */
    cn.fuyuan.desk.ui.ListExport.Shown shown() {
        return new cn.fuyuan.desk.ui.ListExport.Shown(Ui.t("suggestion.tab.overdue"), "suggestions-overdue", table);
    }

    Node node() {
        return root;
    }

    /** After the letters are read again. */
    void loaded() {
        table.getItems().setAll(list.overdue());
    }

    private void previewChase(List<Suggestion> letters) {
        LocalDate day = LocalDate.now();
        SuggestionDocuments.previewChase(ctx, screens, letters, day, () -> recordChase(letters, day));
    }

    /** Once the 催办函 are saved or printed: how they are sent, recorded on each letter (reminders and history show it). */
    private void recordChase(List<Suggestion> letters, LocalDate day) {
        ChoiceDialog<String> d = new ChoiceDialog<>(Ui.t("suggestion.chase.byPost"),
                Ui.t("suggestion.chase.byPost"), Ui.t("suggestion.chase.byHand"), Ui.t("suggestion.chase.byFax"));
        d.initOwner(ctx.stage());
        d.getDialogPane().getButtonTypes().setAll(Dialogs.okButton(), Dialogs.cancelButton());
        d.setTitle(Ui.t("suggestion.chase.recordTitle"));
        d.setHeaderText(Ui.t("suggestion.chase.recordQuestion", letters.size(), day));
        d.showAndWait().ifPresent(method -> SuggestionJobs.run(ctx, "suggestion.working", () -> {
            screens.recordChase(letters, day, method);
            return null;
        }, x -> reload.run()));
    }
}
