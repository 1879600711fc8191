package cn.fuyuan.desk.appearance;

import static cn.fuyuan.desk.ui.Cells.column;
import static cn.fuyuan.desk.ui.Cells.converter;

import cn.fuyuan.desk.caseload.Rates;
import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.Dialogs;
import cn.fuyuan.desk.ui.Ui;
import java.time.LocalDate;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * 统计与通报 (a tab of 案件与出庭): 出庭率 / 出声率 / 正职出庭率 and 败诉率 for a picked period, each table with its total
 * row, and the quarterly bulletin ({@link BulletinDialog}). The state and figures are {@link FiguresViewModel}'s.
 */
public final class FiguresView {
    private final AppContext ctx;
    private final FiguresViewModel vm;
    private final TableView<AppearanceStats.Figures> figures = new TableView<>();
    private final TableView<LossStats.Figures> loss = new TableView<>();
    private final Label message = new Label();
    private FiguresViewModel.Result shown;
    private final VBox root;

    public FiguresView(AppContext ctx) {
        this.ctx = ctx;
        this.vm = new FiguresViewModel(ctx.db(), LocalDate.now());
        this.root = statsTab();
        ctx.jobs().read(Ui.t("caseload.stats.compute"), vm::defaults, vm::useDefaults, e -> Dialogs.error(ctx.stage(), e));
    }

    public Node node() {
        return root;
    }

    private VBox statsTab() {
        ComboBox<AppearanceStats.Unit> unit = new ComboBox<>(FXCollections.observableArrayList(AppearanceStats.Unit.values()));
        unit.setConverter(converter("caseload.all", u -> Ui.t(u == AppearanceStats.Unit.CASE ? "settings.appearance.unit.CASE" : "settings.appearance.unit.HEARING")));
        unit.valueProperty().bindBidirectional(vm.unitProperty());
        ComboBox<AppearanceStats.Scope> scope = new ComboBox<>(FXCollections.observableArrayList(AppearanceStats.Scope.values()));
        scope.setConverter(converter("caseload.all", s -> Ui.t(s == AppearanceStats.Scope.ALL ? "settings.appearance.scope.ALL" : "settings.appearance.scope.NOTIFIED")));
        scope.valueProperty().bindBidirectional(vm.scopeProperty());
        ComboBox<Grouping> by = new ComboBox<>(FXCollections.observableArrayList(Grouping.values()));
        by.setConverter(converter("caseload.all", gr -> Ui.t(switch (gr) {
            case AGENCY -> "caseload.by.agency";
            case REGION -> "caseload.by.region";
            case FIELD -> "caseload.by.field";
            case OVERALL -> "caseload.by.overall";
        })));
        by.valueProperty().bindBidirectional(vm.byProperty());
        figures.setId("stats.table");
        figures.getColumns().add(column("caseload.col.group", 200, groupName(AppearanceStats.Figures::group)));
        figures.getColumns().add(column("caseload.col.units", 80, f -> String.valueOf(f.units())));
        figures.getColumns().add(column("caseload.col.appearedCount", 80, f -> String.valueOf(f.appeared())));
        figures.getColumns().add(column("caseload.col.appearanceRate", 120, f -> Rates.show(f.appearanceRate())));
        figures.getColumns().add(column("caseload.col.spokeRate", 90, f -> Rates.show(f.spokeRate())));
        figures.getColumns().add(column("caseload.col.principalRate", 100, f -> Rates.show(f.principalRate())));
        figures.setPlaceholder(new Label(Ui.t("caseload.stats.none")));
        figures.setRowFactory(t -> totalRow());
        loss.setId("stats.loss");
        loss.setPlaceholder(new Label(Ui.t("caseload.stats.none")));
        loss.getColumns().add(column("caseload.col.group", 280, groupName(LossStats.Figures::group)));
        loss.getColumns().add(column("caseload.col.closedCount", 80, f -> String.valueOf(f.closed())));
        loss.getColumns().add(column("caseload.col.lost", 80, f -> String.valueOf(f.lost())));
        loss.getColumns().add(column("caseload.col.lossRate", 90, f -> Rates.show(f.lossRate())));
        loss.getColumns().add(column("caseload.col.settlementRate", 190, f -> Rates.show(f.settlementRate())));
        loss.setRowFactory(t -> totalRow());
        for (TableView<?> t : java.util.List.of(figures, loss)) {
            t.getColumns().forEach(c -> c.setSortable(false)); // the total row stays last
        }
        Button compute = Ui.button("caseload.stats.compute", this::compute);
        Button bulletin = Ui.button("caseload.bulletin", () -> BulletinDialog.preview(ctx, vm));
        Label periodLabel = new Label(Ui.t("caseload.stats.period"));
        periodLabel.setMinWidth(Label.USE_PREF_SIZE);
        VBox box = new VBox(8, Ui.flowbar(periodLabel, BulletinDialog.periodPickers(vm, "stats.period"), unit, scope, by,
                compute, bulletin), figures, message, loss);
        VBox.setVgrow(figures, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    /** The group column's text: the group, or 合计 on the total row. */
    private <F> Function<F, String> groupName(Function<F, String> group) {
        return f -> shown != null && (f == shown.appearanceTotal() || f == shown.lossTotal()) ? Ui.t("caseload.stats.total") : group.apply(f);
    }

    /** A row that is bold when it is the total row. */
    private <F> TableRow<F> totalRow() {
        return new TableRow<>() {
            @Override
            protected void updateItem(F item, boolean empty) {
                super.updateItem(item, empty);
                boolean total = !empty && item != null && shown != null && (item == shown.appearanceTotal() || item == shown.lossTotal());
                setStyle(total ? "-fx-font-weight: bold;" : "");
                getStyleClass().remove("total-row");
                if (total) {
                    getStyleClass().add("total-row");
                }
            }
        };
    }

    /** Computes the picked period's figures in the background and shows them with their total rows. */
    void compute() {
        ctx.jobs().read(Ui.t("caseload.stats.compute"), vm::compute, r -> {
            shown = r;
            figures.getItems().setAll(FiguresViewModel.withTotal(r.appearance(), r.appearanceTotal()));
            loss.getItems().setAll(FiguresViewModel.withTotal(r.loss(), r.lossTotal()));
            message.setText(Ui.t("caseload.stats.lossOfYear", r.period().year()));
        }, e -> Dialogs.error(ctx.stage(), e));
    }

    /** The bulletin's row of the 报表 screen at grid row {@code row}; returns the next free row. */
    public static int addRows(AppContext ctx, javafx.scene.layout.GridPane docs, int row) {
        return BulletinDialog.addRows(ctx, docs, row);
    }
}
