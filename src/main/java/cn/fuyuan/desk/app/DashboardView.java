package cn.fuyuan.desk.app;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** 工作台: what is in the store now, and where to go next. Shows only real figures. */
final class DashboardView implements SectionView {
    private final AppContext ctx;
    private final VBox root = new VBox(12);
    private final GridPane figures = new GridPane();
    private final Consumer<Section> navigate;

    DashboardView(AppContext ctx, Consumer<Section> navigate) {
        this.ctx = ctx;
        this.navigate = navigate;
        figures.setHgap(24);
        figures.setVgap(8);
        root.setPadding(new Insets(16));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        String court = ctx.settings().office().courtName();
        Label welcome = new Label(court.isBlank() ? Ui.t("dashboard.noCourt") : court);
        welcome.setStyle("-fx-font-size: 16px;");
        figures.getChildren().clear();
        row(0, "dashboard.agencies", ctx.agencies().list(false).size(), Section.AGENCIES);
        row(1, "dashboard.regions", ctx.regions().list(false).size(), Section.SETTINGS);
        row(2, "dashboard.fields", ctx.fields().list(false).size(), Section.SETTINGS);
        Label later = new Label(Ui.t("dashboard.later"));
        later.setWrapText(true);
        root.getChildren().setAll(Ui.title("nav.dashboard"), welcome, figures, later);
    }

    private void row(int r, String key, int count, Section target) {
        Label n = new Label(String.valueOf(count));
        n.setId(key);
        n.setStyle("-fx-font-size: 16px; -fx-font-weight: bold;");
        Hyperlink go = new Hyperlink(Ui.t(target.messageKey()));
        go.setOnAction(e -> navigate.accept(target));
        figures.addRow(r, new Label(Ui.t(key)), n, go);
    }
}
