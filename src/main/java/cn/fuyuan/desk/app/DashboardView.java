package cn.fuyuan.desk.app;

import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.SectionView;
import cn.fuyuan.desk.ui.Dialogs;
import cn.fuyuan.desk.ui.Ui;
import cn.fuyuan.desk.appearance.AppearanceStats;
import cn.fuyuan.desk.caseload.Rates;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * 工作台: what is in the store now, and where to go next: the directory, this quarter's 出庭率, the coming week's hearings
 * with their notices not served, the suggestion letters overdue or due soon and the agreed items overdue
 * ({@link DashboardFigures}). Shows only real figures.
 */
final class DashboardView implements SectionView {
    private final AppContext ctx;
    private final VBox root = new VBox(12);
    private final GridPane figures = new GridPane();
    private final Consumer<Section> navigate;
    private final cn.fuyuan.desk.reminders.ReminderListView reminders;

    DashboardView(AppContext ctx, Consumer<Section> navigate, java.util.function.BiConsumer<cn.fuyuan.desk.search.SearchKind, Integer> open) {
        this.ctx = ctx;
        this.navigate = navigate;
        this.reminders = new cn.fuyuan.desk.reminders.ReminderListView(ctx.db(), open);
        figures.setId("dashboard.figures");
        figures.setHgap(24);
        figures.setVgap(8);
        // labels wrap within their column, values take the rest and wrap, the links keep their width (1024 × 700, English)
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMaxWidth(320);
        javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
        values.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.ColumnConstraints links = new javafx.scene.layout.ColumnConstraints();
        links.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        figures.getColumnConstraints().setAll(labels, values, links);
        root.setPadding(new Insets(16));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        DirectoryCounts directory = DirectoryCounts.of(ctx.db());
        String court = directory.court();
        Label welcome = new Label(court.isBlank() ? Ui.t("dashboard.noCourt") : court);
        welcome.setStyle("-fx-font-size: 16px;");
        figures.getChildren().clear();
        row(0, "dashboard.agencies", String.valueOf(directory.agencies()), Section.AGENCIES);
        row(1, "dashboard.regions", String.valueOf(directory.regions()), Section.SETTINGS);
        row(2, "dashboard.fields", String.valueOf(directory.fields()), Section.SETTINGS);
        root.getChildren().setAll(Ui.title("nav.dashboard"), welcome, figures, reminders.node());
        reminders.reload();
        // the figures of the other sections read the whole register: in the background, on a thread of its own, so
        // that the status bar keeps showing (and cancelling) the user's own long work, such as an import
        LocalDate today = LocalDate.now();
        Task<DashboardFigures> task = new Task<>() {
            @Override
            protected DashboardFigures call() {
                return DashboardFigures.of(ctx.db(), today);
            }
        };
        task.setOnSucceeded(e -> show(task.getValue()));
        task.setOnFailed(e -> Dialogs.error(ctx.stage(), task.getException()));
        Thread t = new Thread(task, "dashboard-figures");
        t.setDaemon(true);
        t.start();
    }

    private void show(DashboardFigures f) {
        // the rows of an earlier show that finished later (the directory's rows 0–2 stay)
        figures.getChildren().removeIf(n -> GridPane.getRowIndex(n) != null && GridPane.getRowIndex(n) > 2);
        AppearanceStats.Figures a = f.appearance();
        String quarter = "zh".equals(cn.fuyuan.desk.i18n.Messages.locale().getLanguage()) ? f.quarter().chinese() : f.quarter().toString();
        row(3, Ui.t("dashboard.appearance", quarter), a.units() == 0 ? Ui.t("dashboard.appearance.none")
                : Ui.t("dashboard.appearance.value", Rates.show(a.appearanceRate()), a.appeared(), a.units()), Section.CASES, "dashboard.appearance");
        row(4, Ui.t("dashboard.hearings", DashboardFigures.DAYS_AHEAD), Ui.t("dashboard.hearings.value", f.hearingsAhead(), f.noticesMissing(), f.noticesLate()),
                Section.CASES, "dashboard.hearings");
        row(5, Ui.t("dashboard.letters"), Ui.t("dashboard.letters.value", f.lettersOverdue(), f.lettersDueSoon()), Section.SUGGESTIONS,
                "dashboard.letters");
        row(6, Ui.t("dashboard.items"), String.valueOf(f.itemsOverdue()), Section.MEETINGS, "dashboard.items");
    }

    private void row(int r, String key, String value, Section target) {
        row(r, Ui.t(key), value, target, key);
    }

    private void row(int r, String label, String value, Section target, String id) {
        Label n = new Label(value);
        n.setId(id);
        n.setStyle("-fx-font-size: 16px; -fx-font-weight: bold;");
        Hyperlink go = new Hyperlink(Ui.t(target.messageKey()));
        go.setOnAction(e -> navigate.accept(target));
        n.setWrapText(true);
        n.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label l = new Label(label);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        go.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        figures.addRow(r, l, n, go);
    }
}
