package cn.fuyuan.desk.caseload;

import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.Dialogs;
import cn.fuyuan.desk.ui.DocumentActions;
import cn.fuyuan.desk.ui.Ui;
import cn.fuyuan.desk.ui.DateFields;
import cn.fuyuan.desk.report.ReportService;
import java.time.LocalDate;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** The caseload documents as the window offers them: ask for the date range, then preview (PDF, DOCX, XLSX, printer). */
public final class CaseDocumentsDialog {
    private CaseDocumentsDialog() {
    }

    /** 出庭应诉通知书 (reminders false) or 提示函 (true) for the hearings in a chosen date range. */
    public static void letters(AppContext ctx, boolean reminders) {
        DatePicker from = DateFields.picker("caseload.range", reminders ? LocalDate.now().minusMonths(3) : LocalDate.now());
        DatePicker to = DateFields.picker("caseload.range", reminders ? LocalDate.now() : LocalDate.now().plusDays(14));
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(ctx.stage());
        String title = Ui.t(reminders ? "caseload.reminders" : "caseload.notices");
        d.setTitle(title);
        d.getDialogPane().setContent(new HBox(8, new Label(Ui.t("caseload.range")), from, new Label("—"), to));
        ButtonType okType = Dialogs.okCancel(d);
        d.showAndWait().filter(b -> b == okType).ifPresent(b -> {
            if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
                Dialogs.problem(ctx.stage(), Ui.t("caseload.badRange"));
                return;
            }
            LocalDate f = from.getValue();
            LocalDate t = to.getValue();
            DocumentActions.preview(ctx, title, title, () -> NoticeLetters.fill(ReportService.shared(), reminders
                    ? NoticeLetters.reminders(ctx.db(), new SettingsRepository(ctx.db()).office(), f, t, LocalDate.now())
                    : NoticeLetters.hearingNotices(ctx.db(), new SettingsRepository(ctx.db()).office(), f, t, LocalDate.now())));
        });
    }

    /** The notices' rows of the 报表 screen, from grid row {@code row} on; returns the next free row. */
    public static int addRows(AppContext ctx, javafx.scene.layout.GridPane docs, int row) {
        for (String[] d : new String[][] {{"caseload.notices", "caseload.notices.what"}, {"caseload.reminders", "caseload.reminders.what"}}) {
            Label what = new Label(Ui.t(d[1]));
            what.setWrapText(true);
            Runnable open = "caseload.notices".equals(d[0]) ? () -> letters(ctx, false) : () -> letters(ctx, true);
            javafx.scene.control.Button b = new javafx.scene.control.Button(Ui.t("report.preview"));
            b.setOnAction(e -> open.run());
            docs.addRow(row++, new Label(Ui.t(d[0])), what, b);
        }
        return row;
    }
}
