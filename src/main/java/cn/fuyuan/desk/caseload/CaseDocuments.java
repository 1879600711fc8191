package cn.fuyuan.desk.caseload;

import cn.fuyuan.desk.app.DateFields;
import cn.fuyuan.desk.app.AppContext;
import cn.fuyuan.desk.app.Dialogs;
import cn.fuyuan.desk.app.DocumentActions;
import cn.fuyuan.desk.app.Ui;
import cn.fuyuan.desk.report.ReportService;
import java.time.LocalDate;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** The caseload documents as the window offers them: ask for the date range, then preview (PDF, DOCX, XLSX, printer). */
public final class CaseDocuments {
    private CaseDocuments() {
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
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
                Dialogs.problem(ctx.stage(), Ui.t("caseload.badRange"));
                return;
            }
            LocalDate f = from.getValue();
            LocalDate t = to.getValue();
            DocumentActions.preview(ctx, title, title, () -> NoticeLetters.fill(ReportService.shared(), reminders
                    ? NoticeLetters.reminders(ctx.db(), ctx.settings().office(), f, t, LocalDate.now())
                    : NoticeLetters.hearingNotices(ctx.db(), ctx.settings().office(), f, t, LocalDate.now())));
        });
    }

    /** The caseload rows of the 报表 screen, from grid row {@code row} on; returns the next free row. */
    public static int addRows(AppContext ctx, javafx.scene.layout.GridPane docs, int row) {
        for (String[] d : new String[][] {{"caseload.notices", "caseload.notices.what"}, {"caseload.reminders", "caseload.reminders.what"},
            {"caseload.bulletinDoc", "caseload.bulletinDoc.what"}}) {
            Label what = new Label(Ui.t(d[1]));
            what.setWrapText(true);
            Runnable open = switch (d[0]) {
                case "caseload.notices" -> () -> letters(ctx, false);
                case "caseload.reminders" -> () -> letters(ctx, true);
                default -> () -> bulletin(ctx);
            };
            javafx.scene.control.Button b = new javafx.scene.control.Button(Ui.t("report.preview"));
            b.setOnAction(e -> open.run());
            docs.addRow(row++, new Label(Ui.t(d[0])), what, b);
        }
        return row;
    }

    /** Asks for the period, then lets the user edit the narrative and previews the bulletin. */
    public static void bulletin(AppContext ctx) {
        javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog(
                cn.fuyuan.desk.appearance.Period.quarterOf(LocalDate.now()).previous().toString());
        d.initOwner(ctx.stage());
        d.setTitle(Ui.t("caseload.bulletinDoc"));
        d.setHeaderText(null);
        d.setContentText(Ui.t("caseload.stats.period"));
        d.showAndWait().ifPresent(p -> new CaseView(ctx).previewBulletin(p, null, null));
    }
}
