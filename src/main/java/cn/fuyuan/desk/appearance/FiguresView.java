package cn.fuyuan.desk.appearance;

import cn.fuyuan.desk.caseload.Rates;
import static cn.fuyuan.desk.ui.Cells.column;
import static cn.fuyuan.desk.ui.Cells.converter;

import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.Dialogs;
import cn.fuyuan.desk.ui.DocumentActions;
import cn.fuyuan.desk.ui.Ui;
import cn.fuyuan.desk.report.ReportService;
import cn.fuyuan.desk.settings.SettingsRepository;
import java.time.LocalDate;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * 统计与通报 (a tab of 案件与出庭): 出庭率 / 出声率 / 正职出庭率 and 败诉率 for a period, and the quarterly bulletin with its
 * narrative edited before the preview. The figures are {@link AppearanceStats} and {@link LossStats} through
 * {@link StatsData}.
 */
public final class FiguresView {
    private final AppContext ctx;
    private final VBox root;

    public FiguresView(AppContext ctx) {
        this.ctx = ctx;
        this.root = statsTab();
    }

    public Node node() {
        return root;
    }

    private VBox statsTab() {
        Period last = Period.quarterOf(LocalDate.now()).previous();
        TextField period = new TextField(last.toString());
        period.setId("stats.period");
        period.setPrefColumnCount(8);
        ComboBox<AppearanceStats.Unit> unit = new ComboBox<>(FXCollections.observableArrayList(AppearanceStats.Unit.values()));
        unit.setConverter(converter("caseload.all", u -> Ui.t(u == AppearanceStats.Unit.CASE ? "settings.appearance.unit.CASE" : "settings.appearance.unit.HEARING")));
        ComboBox<AppearanceStats.Scope> scope = new ComboBox<>(FXCollections.observableArrayList(AppearanceStats.Scope.values()));
        scope.setConverter(converter("caseload.all", s -> Ui.t(s == AppearanceStats.Scope.ALL ? "settings.appearance.scope.ALL" : "settings.appearance.scope.NOTIFIED")));
        ComboBox<Grouping> by = new ComboBox<>(FXCollections.observableArrayList(Grouping.values()));
        by.setConverter(converter("caseload.all", gr -> Ui.t(switch (gr) {
            case AGENCY -> "caseload.by.agency";
            case REGION -> "caseload.by.region";
            case FIELD -> "caseload.by.field";
            case OVERALL -> "caseload.by.overall";
        })));
        by.setValue(Grouping.REGION);
        StatsData.Settings defaults = StatsData.Settings.of(ctx.db());
        unit.setValue(defaults.unit());
        scope.setValue(defaults.scope());
        TableView<AppearanceStats.Figures> figures = new TableView<>();
        figures.setId("stats.table");
        figures.getColumns().add(column("caseload.col.group", 200, AppearanceStats.Figures::group));
        figures.getColumns().add(column("caseload.col.units", 80, f -> String.valueOf(f.units())));
        figures.getColumns().add(column("caseload.col.appearedCount", 80, f -> String.valueOf(f.appeared())));
        figures.getColumns().add(column("caseload.col.appearanceRate", 90, f -> Rates.show(f.appearanceRate())));
        figures.getColumns().add(column("caseload.col.spokeRate", 90, f -> Rates.show(f.spokeRate())));
        figures.getColumns().add(column("caseload.col.principalRate", 100, f -> Rates.show(f.principalRate())));
        figures.setPlaceholder(new Label(Ui.t("caseload.stats.none")));
        TableView<LossStats.Figures> loss = new TableView<>();
        loss.setPlaceholder(new Label(Ui.t("caseload.stats.none")));
        loss.getColumns().add(column("caseload.col.group", 200, LossStats.Figures::group));
        loss.getColumns().add(column("caseload.col.closedCount", 80, f -> String.valueOf(f.closed())));
        loss.getColumns().add(column("caseload.col.lost", 80, f -> String.valueOf(f.lost())));
        loss.getColumns().add(column("caseload.col.lossRate", 90, f -> Rates.show(f.lossRate())));
        loss.getColumns().add(column("caseload.col.settlementRate", 90, f -> Rates.show(f.settlementRate())));
        Label message = new Label();
        Runnable compute = () -> {
            try {
                Period p = Period.parse(period.getText());
                StatsData.Settings s = StatsData.Settings.of(ctx.db());
                AppearanceStats.Unit u = unit.getValue() == null ? s.unit() : unit.getValue();
                AppearanceStats.Scope sc = scope.getValue() == null ? s.scope() : scope.getValue();
                Grouping g = by.getValue() == null ? Grouping.OVERALL : by.getValue();
                figures.getItems().setAll(StatsData.appearance(ctx.db(), p, u, sc, g));
                loss.getItems().setAll(StatsData.loss(ctx.db(), p.year(), s.includeCompensation(), s.denominator(),
                        g == Grouping.REGION ? Grouping.AGENCY : g));
                message.setText(Ui.t("caseload.stats.lossOfYear", p.year()));
            } catch (IllegalArgumentException ex) {
                message.setText(ex.getMessage());
            }
        };
        Button bulletin = Ui.button("caseload.bulletin", () -> previewBulletin(ctx, period.getText(), unit.getValue(), scope.getValue()));
        VBox box = new VBox(8, Ui.toolbar(new Label(Ui.t("caseload.stats.period")), period, unit, scope, by,
                Ui.button("caseload.stats.compute", compute), bulletin), figures, message, loss);
        VBox.setVgrow(figures, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    /** Computes the bulletin, lets the user edit its narrative, then opens the preview (PDF, DOCX, XLSX, printer). */
    public static void previewBulletin(AppContext ctx, String periodText, AppearanceStats.Unit unit, AppearanceStats.Scope scope) {
        Period p;
        try {
            p = Period.parse(periodText);
        } catch (IllegalArgumentException ex) {
            Dialogs.problem(ctx.stage(), ex.getMessage());
            return;
        }
        StatsData.Settings s = StatsData.Settings.of(ctx.db());
        Bulletin b = Bulletin.of(ctx.db(), p, unit == null ? s.unit() : unit, scope == null ? s.scope() : scope);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(ctx.stage());
        d.setTitle(b.title());
        TextArea text = new TextArea(b.narrative());
        text.setId("bulletin.narrative");
        text.setWrapText(true);
        text.setPrefSize(640, 260);
        d.getDialogPane().setContent(new VBox(8, new Label(Ui.t("caseload.bulletin.edit")), text));
        ButtonType okType = Dialogs.okCancel(d);
        d.showAndWait().filter(x -> x == okType).ifPresent(x -> {
            Bulletin edited = b.withNarrative(text.getText());
            DocumentActions.preview(ctx, b.title(), b.title(), () -> BulletinReport.fill(ReportService.shared(), new SettingsRepository(ctx.db()).office(),
                    edited, LocalDate.now()));
        });
    }

    /** Asks for the period, then lets the user edit the narrative and previews the bulletin. */
    public static void bulletin(AppContext ctx) {
        javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog(
                Period.quarterOf(LocalDate.now()).previous().toString());
        d.initOwner(ctx.stage());
        d.getDialogPane().getButtonTypes().setAll(Dialogs.okButton(), Dialogs.cancelButton());
        d.setTitle(Ui.t("caseload.bulletinDoc"));
        d.setHeaderText(null);
        d.setContentText(Ui.t("caseload.stats.period"));
        d.showAndWait().ifPresent(p -> previewBulletin(ctx, p, null, null));
    }

    /** The bulletin's row of the 报表 screen at grid row {@code row}; returns the next free row. */
    public static int addRows(AppContext ctx, GridPane docs, int row) {
        Label what = new Label(Ui.t("caseload.bulletinDoc.what"));
        what.setWrapText(true);
        Button b = new Button(Ui.t("report.preview"));
        b.setOnAction(e -> bulletin(ctx));
        docs.addRow(row++, new Label(Ui.t("caseload.bulletinDoc")), what, b);
        return row;
    }
}
