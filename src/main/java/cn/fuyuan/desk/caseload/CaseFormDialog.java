package cn.fuyuan.desk.caseload;

import static cn.fuyuan.desk.ui.Cells.converter;
import static cn.fuyuan.desk.ui.Cells.withNull;

import cn.fuyuan.desk.caseload.CaseQueries.HearingRow;
import cn.fuyuan.desk.caseload.HearingGridViewModel.Entry;
import cn.fuyuan.desk.store.Problem;
import cn.fuyuan.desk.store.ValidationException;
import cn.fuyuan.desk.ui.DateFields;
import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.Dialogs;
import cn.fuyuan.desk.ui.Ui;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The case form: the case, its defendants and hearings, and each defendant's result at each hearing ({@link CaseFormViewModel}). */
final class CaseFormDialog {
    private final AppContext ctx;
    private final CaseScreens screens;

    CaseFormDialog(AppContext ctx, CaseScreens screens) {
        this.ctx = ctx;
        this.screens = screens;
    }

    /** Shows the form for {@code c} (null: a new case); true when it was saved. */
    boolean open(AdminCase c) {
        CaseFormViewModel form = new CaseFormViewModel();
        form.load(c);
        CaseReviewViewModel review = new CaseReviewViewModel();
        review.load(screens.review(c));
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(ctx.stage());
        d.setTitle(c == null ? Ui.t("caseload.new") : c.number().toString());
        d.setResizable(true);
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        TextField number = new TextField();
        number.setId("case.number");
        number.textProperty().bindBidirectional(form.number);
        number.setPromptText("（2025）内08行初12号");
        ComboBox<String> court = new ComboBox<>();
        court.getItems().setAll(screens.formCourts());
        String own = screens.ownCourt();
        court.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null || s.isEmpty() ? own : s;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        court.valueProperty().bindBidirectional(form.court);
        TextField plaintiffs = new TextField();
        plaintiffs.textProperty().bindBidirectional(form.plaintiffs);
        TextField defendants = new TextField();
        defendants.setId("case.defendants");
        defendants.setPromptText(Ui.t("caseload.defendants.prompt"));
        defendants.textProperty().bindBidirectional(form.defendants);
        org.controlsfx.control.textfield.TextFields.bindAutoCompletion(defendants, screens.directoryNames());
        TextField cause = new TextField();
        cause.textProperty().bindBidirectional(form.cause);
        ComboBox<ActType> act = new ComboBox<>(FXCollections.observableArrayList(withNull(List.of(ActType.values()))));
        act.setConverter(converter("caseload.all", ActType::label));
        act.valueProperty().bindBidirectional(form.actType);
        DatePicker filed = DateFields.picker("caseload.col.filed", null);
        filed.valueProperty().bindBidirectional(form.filed);
        DatePicker closed = DateFields.picker("caseload.col.closed", null);
        closed.valueProperty().bindBidirectional(form.closed);
        ComboBox<CaseResult> result = new ComboBox<>(FXCollections.observableArrayList(withNull(List.of(CaseResult.values()))));
        result.setConverter(converter("caseload.all", CaseResult::label));
        result.valueProperty().bindBidirectional(form.result);
        CheckBox major = new CheckBox(Ui.t("caseload.field.major"));
        major.selectedProperty().bindBidirectional(form.majorPublicInterest);
        CheckBox notice = new CheckBox(Ui.t("caseload.field.noticeRequired"));
        notice.selectedProperty().bindBidirectional(form.noticeRequired);
        int r = 0;
        g.addRow(r++, new Label(Ui.t("caseload.col.caseNumber")), number, new Label(Ui.t("caseload.col.court")), court);
        g.addRow(r++, new Label(Ui.t("caseload.col.plaintiffs")), plaintiffs, new Label(Ui.t("caseload.col.defendant")), defendants);
        g.addRow(r++, new Label(Ui.t("caseload.col.cause")), cause, new Label(Ui.t("caseload.col.actType")), act);
        g.addRow(r++, new Label(Ui.t("caseload.col.filed")), filed, new Label(Ui.t("caseload.col.closed")), closed);
        g.addRow(r++, new Label(Ui.t("caseload.col.result")), result, major, notice);

        // hearings: add by date/time/place; results in the grid below
        HearingGridViewModel caseGrid = new HearingGridViewModel();
        Runnable refreshGrid = () -> {
            List<HearingRow> rows = new ArrayList<>();
            for (Hearing h : form.hearings()) {
                for (Appearance a : h.appearances()) {
                    rows.add(new HearingRow(c == null ? 0 : c.id(), form.number.get(), form.courtOrNull(), h.id() == null ? 0 : h.id(), h.date(), h.time(), h.place(), a));
                }
            }
            caseGrid.load(null, rows);
        };
        refreshGrid.run();
        DatePicker hDate = DateFields.picker("caseload.col.hearingDate", null);
        TextField hTime = new TextField();
        hTime.setPromptText("09:30");
        hTime.setPrefColumnCount(5);
        TextField hPlace = new TextField();
        hPlace.setPromptText(Ui.t("caseload.col.place"));
        Label hearingsLabel = new Label();
        hearingsLabel.setId("case.hearings");
        hearingsLabel.setWrapText(true);
        // a hearing outside the case (after the 结案日期 …) is flagged here and can be removed before saving
        ComboBox<LocalDate> removable = new ComboBox<>();
        removable.setId("case.hearing.remove.choice");
        Runnable showHearings = () -> {
            List<String> flags = form.hearingProblems().stream().map(Problem::message).toList();
            hearingsLabel.setText(Ui.t("caseload.hearingsOfCase",
                    form.hearings().stream().map(h -> h.date() + (h.time() == null ? "" : " " + h.time())).collect(Collectors.joining("，")))
                    + (flags.isEmpty() ? "" : "  ⚠ " + String.join("；", flags)));
            hearingsLabel.setStyle(flags.isEmpty() ? "" : "-fx-text-fill: #b00020;");
            removable.getItems().setAll(form.hearings().stream().map(Hearing::date).filter(java.util.Objects::nonNull).toList());
        };
        showHearings.run();
        form.closed.addListener((o, a, b) -> showHearings.run());
        form.filed.addListener((o, a, b) -> showHearings.run());
        Button remove = Ui.button("caseload.removeHearing", () -> {
            if (form.removeHearing(removable.getValue())) {
                showHearings.run();
                refreshGrid.run();
            }
        });
        remove.setId("case.hearing.remove");
        Button add = Ui.button("caseload.addHearing", () -> {
            List<Problem> refused = form.checkNewHearing(hDate.getValue());
            if (!refused.isEmpty()) {
                Dialogs.problem(d.getDialogPane().getScene().getWindow(), refused.stream().map(Problem::message).collect(Collectors.joining("\n")));
                return;
            }
            LocalTime time = null;
            try {
                time = hTime.getText().isBlank() ? null : LocalTime.parse(hTime.getText().strip().length() == 4 ? "0" + hTime.getText().strip() : hTime.getText().strip());
            } catch (RuntimeException ex) {
                Dialogs.problem(d.getDialogPane().getScene().getWindow(), Ui.t("caseload.badTime", hTime.getText()));
                return;
            }
            form.addHearing(hDate.getValue(), time, hPlace.getText());
            showHearings.run();
        });
        TableView<Entry> appearances = HearingGridTable.create("case.grid", caseGrid.entries(), false, screens.lateDays());
        appearances.setPrefHeight(200);
        Button suggestion = Ui.button("caseload.draftSuggestion", () -> HearingDayView.followUp(ctx, appearances.getSelectionModel().getSelectedItem()));
        remove.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox content = new VBox(8, g, Ui.toolbar(new Label(Ui.t("caseload.tab.grid")), hDate, hTime, hPlace, add, removable, remove),
                hearingsLabel,
                appearances, Ui.toolbar(suggestion, new Label(Ui.t("caseload.gridHint"))), CaseReviewView.create(review));
        content.setPrefWidth(1000);
        d.getDialogPane().setContent(content);
        ButtonType okType = Dialogs.okCancel(d);
        Button ok = (Button) d.getDialogPane().lookupButton(okType);
        ok.setText(Ui.t("caseload.save"));
        boolean[] saved = {false};
        java.util.function.BooleanSupplier saveCase = () -> {
            try {
                // results edited in the grid go back into the hearings before the case is built
                for (int i = 0; i < form.hearings().size(); i++) {
                    Hearing h = form.hearings().get(i);
                    List<Appearance> edited = new ArrayList<>();
                    for (Appearance a : h.appearances()) {
                        edited.add(caseGrid.entries().stream().filter(x -> x.row.appearance() == a).findFirst().map(Entry::appearance).orElse(a));
                    }
                    form.setAppearances(i, edited);
                }
                screens.save(form, review);
                saved[0] = true;
                return true;
            } catch (ValidationException ex) {
                Dialogs.problem(d.getDialogPane().getScene().getWindow(), ex.problems().stream().map(Object::toString).collect(Collectors.joining("\n")));
                return false;
            }
        };
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (!saveCase.getAsBoolean()) {
                e.consume();
            }
        });
        // 取消, Esc or the window's close with unsaved changes: 保存 / 放弃 / 取消
        cn.fuyuan.desk.ui.DirtyForm unsaved = new cn.fuyuan.desk.ui.DirtyForm() {
            @Override
            public boolean isDirty() {
                return !saved[0] && (form.isDirty() || !caseGrid.changed().isEmpty());
            }

            @Override
            public boolean save() {
                return saveCase.getAsBoolean();
            }

            @Override
            public void discard() {
            }
        };
        d.setOnCloseRequest(e -> {
            if (d.getResult() != okType && !unsaved.mayLeave(d.getDialogPane().getScene().getWindow())) {
                e.consume();
            }
        });
        d.showAndWait();
        return saved[0];
    }
}
