package cn.fuyuan.desk.caseload;

import static cn.fuyuan.desk.ui.Cells.column;

import cn.fuyuan.desk.caseload.CaseQueries.HearingRow;
import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.Ui;
import java.time.LocalDate;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** 近期开庭: the next 30 days with each defendant's notice; prints 出庭应诉通知书 and 提示函 ({@link CaseDocumentsDialog}). */
final class UpcomingHearingsView {
    private final CaseScreens screens;
    private final TableView<HearingRow> upcoming = new TableView<>();
    private final Node root;

    UpcomingHearingsView(AppContext ctx, CaseScreens screens) {
        this.screens = screens;
        this.root = upcomingTab(ctx);
    }

    Node node() {
        return root;
    }

    private Node upcomingTab(AppContext ctx) {
        upcoming.setId("upcoming.table");
        int late = CaseRules.DEFAULT_LATE_NOTICE_DAYS;
        upcoming.getColumns().add(column("caseload.col.time", 120, h -> h.date() + (h.time() == null ? "" : " " + h.time())));
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
        upcoming.setPlaceholder(new Label(Ui.t("caseload.noUpcoming")));
        VBox box = new VBox(8, Ui.toolbar(new Label(Ui.t("caseload.upcoming.what")), Ui.spacer(),
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

    void loadUpcoming() {
        LocalDate today = LocalDate.now();
        upcoming.getItems().setAll(screens.hearings(today, today.plusDays(30)));
    }
}
