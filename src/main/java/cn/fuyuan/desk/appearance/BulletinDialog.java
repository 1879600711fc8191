package cn.fuyuan.desk.appearance;

import static cn.fuyuan.desk.ui.Cells.converter;

import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.Dialogs;
import cn.fuyuan.desk.ui.DocumentActions;
import cn.fuyuan.desk.ui.Ui;
import java.time.LocalDate;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The quarterly bulletin as the window offers it: the period picked as a year and a quarter (never typed as 2026Q3),
 * then the narrative in a sized, resizable multi-line editor, then the preview (PDF, DOCX, XLSX, printer). The content
 * is {@link FiguresViewModel}'s.
 */
public final class BulletinDialog {
    private BulletinDialog() {
    }

    /** The year and quarter pickers of a period, bound to the view model. */
    public static HBox periodPickers(FiguresViewModel vm, String idPrefix) {
        ComboBox<Integer> year = new ComboBox<>(FXCollections.observableArrayList(vm.years()));
        year.setId(idPrefix + ".year");
        year.setConverter(converter("caseload.all", y -> Ui.t("stats.period.year", y)));
        year.valueProperty().bindBidirectional(vm.yearProperty());
        ComboBox<Integer> quarter = new ComboBox<>(FXCollections.observableArrayList(FiguresViewModel.quarters()));
        quarter.setId(idPrefix + ".quarter");
        quarter.setConverter(converter("caseload.all", q -> q == FiguresViewModel.WHOLE_YEAR
                ? Ui.t("stats.period.wholeYear") : Ui.t("stats.period.quarter", q)));
        quarter.valueProperty().bindBidirectional(vm.quarterProperty());
        year.setMinWidth(Region.USE_PREF_SIZE);
        quarter.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(6, year, quarter);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    /** From the 报表 screen: asks for the period, then edits the narrative and previews. */
    public static void ask(AppContext ctx) {
        FiguresViewModel vm = new FiguresViewModel(ctx.db(), LocalDate.now());
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(ctx.stage());
        d.setTitle(Ui.t("caseload.bulletinDoc"));
        d.getDialogPane().setContent(new HBox(8, new Label(Ui.t("caseload.stats.period")), periodPickers(vm, "bulletin.period")));
        ButtonType ok = Dialogs.okCancel(d);
        d.showAndWait().filter(b -> b == ok).ifPresent(b -> preview(ctx, vm));
    }

    /** Computes the bulletin of the view model's period in the background, then opens the narrative editor. */
    public static void preview(AppContext ctx, FiguresViewModel vm) {
        ctx.jobs().read(Ui.t("caseload.bulletinDoc"), vm::bulletin, b -> edit(ctx, vm, b), e -> Dialogs.error(ctx.stage(), e));
    }

    private static void edit(AppContext ctx, FiguresViewModel vm, Bulletin b) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(ctx.stage());
        d.setTitle(b.title());
        d.setResizable(true);
        TextArea text = new TextArea(b.narrative());
        text.setId("bulletin.narrative");
        text.setWrapText(true);
        text.setPrefColumnCount(60);
        text.setPrefRowCount(16);
        text.setPrefHeight(340);
        text.setMinHeight(240);
        VBox.setVgrow(text, Priority.ALWAYS);
        Label count = new Label();
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Ui.t("caseload.bulletin.chars", text.getLength()), text.textProperty()));
        Button regenerate = Ui.button("caseload.bulletin.regenerate", () -> text.setText(b.narrative()));
        VBox box = new VBox(8, new Label(Ui.t("caseload.bulletin.edit")), text, new HBox(8, regenerate, Ui.spacer(), count));
        d.getDialogPane().setContent(box);
        d.getDialogPane().setPrefSize(760, 520);
        d.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        ButtonType ok = Dialogs.okCancel(d);
        d.setOnShown(e -> text.requestFocus());
        d.showAndWait().filter(x -> x == ok).ifPresent(x -> {
            String narrative = text.getText();
            DocumentActions.preview(ctx, b.title(), b.title(), () -> vm.fill(b, narrative));
        });
    }

    /** The bulletin's row of the 报表 screen at grid row {@code row}; returns the next free row. */
    public static int addRows(AppContext ctx, javafx.scene.layout.GridPane docs, int row) {
        Label what = new Label(Ui.t("caseload.bulletinDoc.what"));
        what.setWrapText(true);
        Button b = new Button(Ui.t("report.preview"));
        b.setOnAction(e -> ask(ctx));
        docs.addRow(row++, new Label(Ui.t("caseload.bulletinDoc")), what, b);
        return row;
    }
}
