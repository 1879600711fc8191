package cn.fuyuan.desk.caseload;

import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.SectionView;
import cn.fuyuan.desk.ui.Ui;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;

/**
 * 案件与出庭: one tab per screen — the register ({@link CaseRegisterView}, with the case form {@link CaseFormDialog}), the
 * quick-entry grid of a hearing day ({@link HearingDayView}), the upcoming hearings ({@link UpcomingHearingsView}) —
 * and the tabs the shell adds after them (the figures and the bulletin of the appearance package, which sits above this
 * one). What the screens read and write goes through {@link CaseScreens}.
 */
public final class CaseView implements SectionView {
    private final BorderPane root = new BorderPane();
    private final CaseRegisterView register;
    private final HearingDayView day;
    private final UpcomingHearingsView upcoming;
    private final CaseScreens screens;
    private final TabPane tabs;

    public CaseView(AppContext ctx, Tab... more) {
        screens = new CaseScreens(ctx.db());
        register = new CaseRegisterView(ctx, screens);
        day = new HearingDayView(ctx, screens);
        upcoming = new UpcomingHearingsView(ctx, screens);
        register.reloadSection = this::reload;
        tabs = new TabPane(new Tab(Ui.t("caseload.tab.register"), register.node()), new Tab(Ui.t("caseload.tab.grid"), day.node()),
                new Tab(Ui.t("caseload.tab.upcoming"), upcoming.node()));
        tabs.getTabs().addAll(more);
        tabs.setId("caseload.tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setTop(Ui.title("nav.cases"));
        root.setCenter(tabs);
        BorderPane.setMargin(tabs, new Insets(8, 0, 0, 0));
        root.setPadding(new Insets(16));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        reload();
    }

    /** The register's rows go (its filters and the selected case are kept); the day's grid, a form, stays as typed. */
    @Override
    public void onHide() {
        register.release();
    }

    @Override
    public void onNew() {
        register.openCase(null);
    }

    @Override
    public void openRecord(int id) {
        screens.find(id).ifPresent(register::openCase);
    }

    @Override
    public boolean canImport() {
        return true;
    }

    @Override
    public void onImport() {
        register.importFile();
    }

    /** The list of the tab shown: the register, the hearing day's grid or the coming hearings (the figures: none). */
    @Override
    public cn.fuyuan.desk.ui.ListExport.Shown shownList() {
        return switch (tabs.getSelectionModel().getSelectedIndex()) {
            case 0 -> register.shown();
            case 1 -> day.shown();
            case 2 -> upcoming.shown();
            default -> null;
        };
    }

    @Override
    public void onSearch() {
        register.focusSearch();
    }

    /** The register in the background, the shown day and the coming hearings. */
    void reload() {
        register.reload();
        day.loadGrid();
        upcoming.loadUpcoming();
    }

    /** Reads the file in the background, then opens the import's mapping step ({@link HearingImportDialog}). */
    public void importFile(Path file) {
        register.importFile(file);
    }
}
