package cn.fuyuan.desk.caseload;

import cn.fuyuan.desk.caseload.HearingGridViewModel.Entry;
import cn.fuyuan.desk.store.ValidationException;
import cn.fuyuan.desk.ui.DateFields;
import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.Dialogs;
import cn.fuyuan.desk.ui.Ui;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * 开庭情况录入: the quick-entry grid of one hearing day, edited in place and saved in one transaction
 * ({@link HearingGridViewModel}); 拟制司法建议… on an unjustified absence.
 */
final class HearingDayView {
    private final AppContext ctx;
    private final CaseScreens screens;
    private final HearingGridViewModel grid = new HearingGridViewModel();
    private final DatePicker gridDate = DateFields.picker("caseload.grid.date", LocalDate.now());
    private final Label gridProblems = new Label();
    private TableView<Entry> table;
    private final Node root;

    HearingDayView(AppContext ctx, CaseScreens screens) {
        this.ctx = ctx;
        this.screens = screens;
        this.root = gridTab();
    }

    Node node() {
        return root;
    }

    private Node gridTab() {
        gridDate.setId("grid.date");
        gridDate.valueProperty().addListener((o, a, b) -> loadGrid());
        TableView<Entry> t = HearingGridTable.create("grid.table", grid.entries(), true, screens.lateDays());
        table = t;
        Button save = Ui.button("caseload.grid.save", this::saveGrid);
        Button suggestion = Ui.button("caseload.draftSuggestion", () -> followUp(ctx, t.getSelectionModel().getSelectedItem()));
        gridProblems.setId("grid.problems");
        gridProblems.setWrapText(true);
        VBox box = new VBox(8, Ui.toolbar(new Label(Ui.t("caseload.grid.date")), gridDate, save, suggestion, Ui.spacer(),
                new Label(Ui.t("caseload.gridHint"))), t, gridProblems);
        VBox.setVgrow(t, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    /** The day's hearings as shown, for 文件→导出 / 打印. */
    cn.fuyuan.desk.ui.ListExport.Shown shown() {
        return new cn.fuyuan.desk.ui.ListExport.Shown(Ui.t("caseload.tab.grid"), "hearings-" + gridDate.getValue(), table,
                () -> Ui.t("export.list.field", Ui.t("caseload.grid.date"), gridDate.getValue()));
    }

    /** Reads the chosen day's hearings in the background; the grid shows them when the read ends. */
    void loadGrid() {
        loadGrid(null);
    }

    /** As {@link #loadGrid()}; {@code saved}, when not null, is the success message shown once the day is read again. */
    private void loadGrid(String saved) {
        LocalDate d = gridDate.getValue();
        if (d == null) {
            return;
        }
        ctx.jobs().read(Ui.t("caseload.grid.loading"), () -> screens.hearings(d, d), rows -> {
            if (!d.equals(gridDate.getValue())) {
                return; // another day was chosen meanwhile: its own read shows it
            }
            grid.load(d, rows);
            if (saved == null) {
                gridProblems.setText("");
            } else {
                Ui.status(gridProblems, Ui.Status.SUCCESS, saved);
            }
        }, e -> Dialogs.error(ctx.stage(), e));
    }

    void saveGrid() {
        List<String> problems = grid.problems();
        if (!problems.isEmpty()) {
            Ui.status(gridProblems, Ui.Status.PROBLEM, String.join("\n", problems));
            return;
        }
        try {
            int n = screens.save(grid);
            Ui.status(gridProblems, Ui.Status.SUCCESS, Ui.t("caseload.grid.saved", n));
            loadGrid(Ui.t("caseload.grid.saved", n));
        } catch (ValidationException ex) {
            Ui.status(gridProblems, Ui.Status.PROBLEM, ex.problems().stream().map(Object::toString).collect(Collectors.joining("\n")));
        }
    }

    /** 拟制司法建议…: hands an unjustified absence to the suggestion-letter feature, when one is registered. */
    static void followUp(AppContext ctx, Entry e) {
        if (e == null) {
            return;
        }
        Optional<AbsenceFollowUp.UnjustifiedAbsence> facts = HearingGridViewModel.unjustified(e);
        if (facts.isEmpty()) {
            Dialogs.info(ctx.stage(), Ui.t("caseload.suggestionOnlyUnjustified"));
            return;
        }
        AbsenceFollowUp.current().ifPresentOrElse(f -> f.draftSuggestion(ctx, facts.get()),
                () -> Dialogs.info(ctx.stage(), Ui.t("caseload.suggestionUnavailable")));
    }
}
