package cn.fuyuan.desk.caseload;

import static cn.fuyuan.desk.ui.Cells.column;

import cn.fuyuan.desk.caseload.CaseQueries.HearingRow;
import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.Ui;
import java.time.LocalDate;
import javafx.geometry.Insets;
import javafx.scene.Node;
import cn.fuyuan.desk.ui.Dialogs;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** 近期开庭: the next 30 days with each defendant's notice; prints 出庭应诉通知书 and 提示函 ({@link CaseDocumentsDialog}). */
final class UpcomingHearingsView {
    private final AppContext ctx;
    private final CaseScreens screens;
    private final TableView<HearingRow> upcoming = new TableView<>();
    private final Node root;

    UpcomingHearingsView(AppContext ctx, CaseScreens screens) {
        this.ctx = ctx;
        this.screens = screens;
        this.root = upcomingTab(ctx);
    }

    Node node() {
        return root;
    }

    private Node upcomingTab(AppContext ctx) {
        upcoming.setId("upcoming.table");
        int late = CaseRules.DEFAULT_LATE_NOTICE_DAYS;
        // 2026-12-05 09:30 whole, in either language's font
        upcoming.getColumns().add(column("caseload.col.time", 150, h -> h.date() + (h.time() == null ? "" : " " + h.time())));
        upcoming.getColumns().add(column("caseload.col.caseNumber", 160, HearingRow::caseNumber));
        upcoming.getColumns().add(column("caseload.col.defendant", 220, h -> h.appearance().agencyName()));
        upcoming.getColumns().add(column("caseload.col.place", 120, HearingRow::place));
        upcoming.getColumns().add(column("caseload.col.notice", 200, h -> {
            Appearance a = h.appearance();
            if (a.noticeServed() == null) {
                return a.noticeRequired() ? Ui.t("caseload.notice.missing") : Ui.t("caseload.notice.notRequired");
            }
            return a.noticeServed() + (CaseRules.lateNotice(a.noticeServed(), h.date(), lateDaysSafe(late)) ? " " + Ui.t("caseload.notice.late") : "");
        }));
        upcoming.setPlaceholder(new Label(Ui.t("caseload.upcoming.loading")));
        Button rowNotice = Ui.button("caseload.notices.ofRow", () -> CaseDocumentsDialog.noticeOf(ctx, upcoming.getSelectionModel().getSelectedItem()));
        rowNotice.disableProperty().bind(upcoming.getSelectionModel().selectedItemProperty().isNull());
        upcoming.setRowFactory(tv -> {
            TableRow<HearingRow> r = new TableRow<>();
            MenuItem print = new MenuItem(Ui.t("caseload.notices.ofRow"));
            print.setOnAction(e -> CaseDocumentsDialog.noticeOf(ctx, r.getItem()));
            r.contextMenuProperty().bind(javafx.beans.binding.Bindings.when(r.emptyProperty())
                    .then((ContextMenu) null).otherwise(new ContextMenu(print)));
            return r;
        });
        // the description on its own line, wrapping; the buttons below it each at their own width
        Label what = new Label(Ui.t("caseload.upcoming.what"));
        what.setWrapText(true);
        VBox box = new VBox(8, what, Ui.flowbar(rowNotice,
                Ui.button("caseload.notices", () -> CaseDocumentsDialog.letters(ctx, false)),
                Ui.button("caseload.reminders", () -> CaseDocumentsDialog.letters(ctx, true))), upcoming);
        VBox.setVgrow(upcoming, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private int lateDaysSafe(int fallback) {
        try {
            return screens.lateDays();
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    /** The coming hearings as shown, for 文件→导出 / 打印. */
    cn.fuyuan.desk.ui.ListExport.Shown shown() {
        return new cn.fuyuan.desk.ui.ListExport.Shown(Ui.t("caseload.tab.upcoming"), "upcoming-hearings", upcoming,
                () -> Ui.t("caseload.upcoming.what"));
    }

    /** Reads the next 30 days' hearings in the background; the list shows them when the read ends. */
    void loadUpcoming() {
        LocalDate today = LocalDate.now();
        ctx.jobs().read(Ui.t("caseload.upcoming.loading"), () -> screens.hearings(today, today.plusDays(30)), rows -> {
            upcoming.setPlaceholder(new Label(Ui.t("caseload.noUpcoming")));
            upcoming.getItems().setAll(rows);
        }, e -> Dialogs.error(ctx.stage(), e));
    }
}
