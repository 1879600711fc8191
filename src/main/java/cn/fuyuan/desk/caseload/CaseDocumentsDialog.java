package cn.fuyuan.desk.caseload;

import cn.fuyuan.desk.caseload.CaseQueries.HearingRow;
import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.DateFields;
import cn.fuyuan.desk.ui.Dialogs;
import cn.fuyuan.desk.ui.DocumentActions;
import cn.fuyuan.desk.ui.Ui;
import cn.fuyuan.desk.report.ReportService;
import java.time.LocalDate;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The caseload documents as the window offers them: ask for the date range (and, for notices, whether only those still
 * to send), then preview (PDF, DOCX, XLSX, printer). The batch is {@link CaseDocumentsViewModel}'s.
 */
public final class CaseDocumentsDialog {
    private CaseDocumentsDialog() {
    }

    /** 出庭应诉通知书 (reminders false) or 提示函 (true) for the hearings in a chosen date range. */
    public static void letters(AppContext ctx, boolean reminders) {
        CaseDocumentsViewModel vm = new CaseDocumentsViewModel(ctx.db(), reminders, LocalDate.now());
        DatePicker from = DateFields.picker("caseload.range", vm.fromProperty().get());
        DatePicker to = DateFields.picker("caseload.range", vm.toProperty().get());
        from.setId("letters.from");
        to.setId("letters.to");
        from.valueProperty().bindBidirectional(vm.fromProperty());
        to.valueProperty().bindBidirectional(vm.toProperty());
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(ctx.stage());
        String title = Ui.t(vm.titleKey());
        d.setTitle(title);
        VBox content = new VBox(8, new HBox(8, new Label(Ui.t("caseload.range")), from, new Label("—"), to));
        if (vm.offersOnlyUnserved()) {
            CheckBox only = new CheckBox(Ui.t("caseload.notices.onlyUnserved"));
            only.setId("letters.onlyUnserved");
            only.selectedProperty().bindBidirectional(vm.onlyUnservedProperty());
            content.getChildren().add(only);
        }
        d.getDialogPane().setContent(content);
        ButtonType okType = Dialogs.okCancel(d);
        d.showAndWait().filter(b -> b == okType).ifPresent(b -> {
            var problem = vm.problem();
            if (problem.isPresent()) {
                Dialogs.problem(ctx.stage(), problem.get());
                return;
            }
            LocalDate issued = LocalDate.now();
            DocumentActions.preview(ctx, title, title, () -> NoticeLetters.fill(ReportService.shared(), vm.letters(issued)));
        });
    }

    /** The 出庭应诉通知书 of one hearing row (its hearing and defendant), previewed. */
    public static void noticeOf(AppContext ctx, HearingRow row) {
        if (row == null) {
            return;
        }
        String title = Ui.t("caseload.notices");
        String stem = title + "-" + row.appearance().agencyName();
        LocalDate issued = LocalDate.now();
        DocumentActions.preview(ctx, title, stem,
                () -> NoticeLetters.fill(ReportService.shared(), CaseDocumentsViewModel.noticeOf(ctx.db(), row, issued)));
    }

    /** The notices' rows of the 报表 screen, from grid row {@code row} on; returns the next free row. */
    public static int addRows(AppContext ctx, GridPane docs, int row) {
        for (boolean reminders : new boolean[] {false, true}) {
            Label what = new Label(Ui.t(reminders ? "caseload.reminders.what" : "caseload.notices.what"));
            what.setWrapText(true);
            Button b = new Button(Ui.t("report.preview"));
            b.setOnAction(e -> letters(ctx, reminders));
            docs.addRow(row++, new Label(Ui.t(reminders ? "caseload.reminders" : "caseload.notices")), what, b);
        }
        return row;
    }
}
