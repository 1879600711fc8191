package cn.fuyuan.desk.caseload;

import cn.fuyuan.desk.app.DateFields;
import cn.fuyuan.desk.agency.AgencyRepository;
import cn.fuyuan.desk.app.AppContext;
import cn.fuyuan.desk.app.Dialogs;
import cn.fuyuan.desk.app.DocumentActions;
import cn.fuyuan.desk.app.SectionView;
import cn.fuyuan.desk.app.Ui;
import cn.fuyuan.desk.appearance.AppearanceStats;
import cn.fuyuan.desk.appearance.Bulletin;
import cn.fuyuan.desk.appearance.BulletinReport;
import cn.fuyuan.desk.appearance.Grouping;
import cn.fuyuan.desk.appearance.LossStats;
import cn.fuyuan.desk.appearance.Period;
import cn.fuyuan.desk.appearance.Rates;
import cn.fuyuan.desk.appearance.StatsData;
import cn.fuyuan.desk.caseload.CaseQueries.CaseRow;
import cn.fuyuan.desk.caseload.CaseQueries.HearingRow;
import cn.fuyuan.desk.caseload.HearingGridViewModel.Entry;
import cn.fuyuan.desk.importing.TabularFile;
import cn.fuyuan.desk.report.ReportService;
import cn.fuyuan.desk.settings.SettingKey;
import cn.fuyuan.desk.store.ValidationException;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * 案件与出庭: the case register (filters, search, case form with its hearings), the quick-entry grid of a hearing day,
 * the upcoming hearings with their notices, and the figures with the quarterly bulletin. Thin: state and rules are in
 * {@link CaseListViewModel}, {@link CaseFormViewModel}, {@link HearingGridViewModel} and the appearance package.
 */
public final class CaseView implements SectionView {
    private final AppContext ctx;
    private final CaseRepository cases;
    private final CaseQueries queries;
    private final BorderPane root = new BorderPane();
    private final CaseListViewModel list = new CaseListViewModel();
    private final HearingGridViewModel grid = new HearingGridViewModel();
    private final TableView<CaseRow> table = new TableView<>();
    private final Label count = new Label();
    private final TextField search = new TextField();
    private final DatePicker gridDate = DateFields.picker("caseload.grid.date", LocalDate.now());
    private final Label gridProblems = new Label();
    private final TableView<HearingRow> upcoming = new TableView<>();

    public CaseView(AppContext ctx) {
        this.ctx = ctx;
        this.cases = new CaseRepository(ctx.db());
        this.queries = new CaseQueries(ctx.db());
        TabPane tabs = new TabPane(new Tab(Ui.t("caseload.tab.register"), register()), new Tab(Ui.t("caseload.tab.grid"), gridTab()),
                new Tab(Ui.t("caseload.tab.upcoming"), upcomingTab()), new Tab(Ui.t("caseload.tab.stats"), statsTab()));
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

    @Override
    public void onNew() {
        openCase(null);
    }

    @Override
    public void onSearch() {
        search.requestFocus();
    }

    int lateDays() {
        return ctx.settings().getInt(SettingKey.APPEARANCE_LATE_NOTICE_DAYS);
    }

    String ownCourt() {
        String c = ctx.settings().get(SettingKey.COURT_NAME);
        return c == null || c.isBlank() ? Ui.t("caseload.ownCourt") : c;
    }

    /** Loads the register in the background (a large register must not freeze the window). */
    void reload() {
        String own = ownCourt();
        ctx.jobs().run(Ui.t("caseload.loading"), new Task<List<CaseRow>>() {
            @Override
            protected List<CaseRow> call() {
                updateProgress(-1, 1);
                return queries.cases(own);
            }
        }, rows -> {
            list.load(rows);
            updateCount();
        }, t -> Dialogs.error(ctx.stage(), t));
        loadGrid();
        loadUpcoming();
    }

    private void updateCount() {
        count.setText(Ui.t("caseload.count", list.rows().size(), list.total()));
    }

    // ------------------------------------------------------------------ register

    private Node register() {
        search.setId("caseload.search");
        search.setPromptText(Ui.t("caseload.search.prompt"));
        search.setPrefColumnCount(22);
        search.textProperty().bindBidirectional(list.search);
        ComboBox<Integer> year = new ComboBox<>();
        year.setPromptText(Ui.t("caseload.filter.year"));
        year.setOnShowing(e -> year.getItems().setAll(withNull(list.years())));
        year.valueProperty().bindBidirectional(list.year);
        ComboBox<String> court = names("caseload.filter.court", () -> {
            List<String> l = new ArrayList<>(List.of(ownCourt()));
            l.addAll(queries.courtNames());
            return l;
        });
        court.valueProperty().bindBidirectional(list.court);
        ComboBox<String> agency = names("caseload.filter.agency", queries::agencyNames);
        agency.valueProperty().bindBidirectional(list.agency);
        ComboBox<String> region = names("caseload.filter.region", queries::regionNames);
        region.valueProperty().bindBidirectional(list.region);
        ComboBox<String> field = names("caseload.filter.field", queries::fieldNames);
        field.valueProperty().bindBidirectional(list.field);
        ComboBox<CaseResult> result = new ComboBox<>(FXCollections.observableArrayList(withNull(List.of(CaseResult.values()))));
        result.setPromptText(Ui.t("caseload.filter.result"));
        result.setConverter(converter(CaseResult::display));
        result.valueProperty().bindBidirectional(list.result);
        CheckBox absent = new CheckBox(Ui.t("caseload.filter.headAbsent"));
        absent.setId("caseload.filter.headAbsent");
        absent.selectedProperty().bindBidirectional(list.headAbsent);
        CheckBox missing = new CheckBox(Ui.t("caseload.filter.noticeMissing"));
        missing.selectedProperty().bindBidirectional(list.noticeMissing);
        Button clear = Ui.button("caseload.filter.clear", list::clearFilters);
        list.rows().addListener((javafx.collections.ListChangeListener<CaseRow>) c -> updateCount());

        FlowPane filters = new FlowPane(8, 6, year, court, agency, region, field, result, absent, missing, clear);
        Node bar = Ui.toolbar(search, Ui.button("caseload.new", () -> openCase(null)), Ui.button("caseload.import", this::importFile),
                Ui.spacer(), count);

        table.setId("caseload.table");
        table.setItems(list.rows());
        table.getColumns().add(col("caseload.col.caseNumber", 160, CaseRow::caseNumber));
        table.getColumns().add(col("caseload.col.court", 150, CaseRow::courtName));
        table.getColumns().add(col("caseload.col.plaintiffs", 140, CaseRow::plaintiffs));
        table.getColumns().add(col("caseload.col.defendant", 220, CaseRow::defendants));
        table.getColumns().add(col("caseload.col.cause", 110, CaseRow::cause));
        table.getColumns().add(col("caseload.col.result", 100, r -> r.result() == null ? "" : r.result().display()));
        table.getColumns().add(col("caseload.col.filed", 90, r -> str(r.filed())));
        table.getColumns().add(col("caseload.col.closed", 90, r -> str(r.closed())));
        table.getColumns().add(col("caseload.col.hearings", 60, r -> String.valueOf(r.hearings())));
        table.getColumns().add(col("caseload.col.lastHearing", 90, r -> str(r.lastHearing())));
        table.getColumns().add(col("caseload.col.flags", 140, r -> (r.headAbsent() ? Ui.t("caseload.flag.headAbsent") + " " : "")
                + (r.noticeMissing() ? Ui.t("caseload.flag.noticeMissing") : "")));
        table.setRowFactory(tv -> {
            TableRow<CaseRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    cases.find(row.getItem().id()).ifPresent(this::openCase);
                }
            });
            return row;
        });
        table.setPlaceholder(new Label(Ui.t("caseload.empty")));
        VBox box = new VBox(8, bar, filters, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private ComboBox<String> names(String promptKey, java.util.function.Supplier<List<String>> items) {
        ComboBox<String> c = new ComboBox<>();
        c.setPromptText(Ui.t(promptKey));
        c.setOnShowing(e -> c.getItems().setAll(withNull(items.get())));
        return c;
    }

    private static <T> List<T> withNull(List<T> items) {
        List<T> l = new ArrayList<>();
        l.add(null);
        l.addAll(items);
        return l;
    }

    private static <T> StringConverter<T> converter(Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? Ui.t("caseload.all") : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    static <R> TableColumn<R, String> col(String key, double width, Function<R, String> f) {
        TableColumn<R, String> c = new TableColumn<>(Ui.t(key));
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(f.apply(x.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private void importFile() {
        FileChooser fc = new FileChooser();
        fc.setTitle(Ui.t("caseload.import"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(Ui.t("import.fileTypes"), "*.xlsx", "*.csv"));
        File f = fc.showOpenDialog(ctx.stage());
        if (f != null) {
            importFile(f.toPath());
        }
    }

    /**
     * Reads the file in the background, then opens the mapping step ({@link HearingImportDialog}): the file's columns,
     * then any unknown agencies and courts; the import itself runs in the background with a progress bar.
     */
    public void importFile(Path file) {
        ctx.jobs().run(Ui.t("caseload.import.reading"), new Task<TabularFile.Content>() {
            @Override
            protected TabularFile.Content call() throws Exception {
                updateProgress(-1, 1);
                return TabularFile.read(file);
            }
        }, content -> new HearingImportDialog(ctx, content, this::reload).show(), t -> Dialogs.error(ctx.stage(), t));
    }

    // ------------------------------------------------------------------ case form

    void openCase(AdminCase c) {
        CaseFormViewModel form = new CaseFormViewModel();
        form.load(c);
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
        List<String> courts = new ArrayList<>(List.of(CaseFormViewModel.OWN_COURT));
        courts.addAll(queries.courtNames());
        court.getItems().setAll(courts);
        String own = ownCourt();
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
        org.controlsfx.control.textfield.TextFields.bindAutoCompletion(defendants,
                ctx.agencies().list(false).stream().map(cn.fuyuan.desk.agency.Agency::name).toList());
        TextField cause = new TextField();
        cause.textProperty().bindBidirectional(form.cause);
        ComboBox<ActType> act = new ComboBox<>(FXCollections.observableArrayList(withNull(List.of(ActType.values()))));
        act.setConverter(converter(ActType::display));
        act.valueProperty().bindBidirectional(form.actType);
        DatePicker filed = DateFields.picker("caseload.col.filed", null);
        filed.valueProperty().bindBidirectional(form.filed);
        DatePicker closed = DateFields.picker("caseload.col.closed", null);
        closed.valueProperty().bindBidirectional(form.closed);
        ComboBox<CaseResult> result = new ComboBox<>(FXCollections.observableArrayList(withNull(List.of(CaseResult.values()))));
        result.setConverter(converter(CaseResult::display));
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
                    rows.add(new HearingRow(c == null ? 0 : c.id(), form.number.get(), h.id() == null ? 0 : h.id(), h.date(), h.time(), h.place(), a));
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
        Runnable showHearings = () -> hearingsLabel.setText(Ui.t("caseload.hearingsOfCase",
                form.hearings().stream().map(h -> h.date() + (h.time() == null ? "" : " " + h.time())).collect(Collectors.joining("，"))));
        showHearings.run();
        Button add = Ui.button("caseload.addHearing", () -> {
            if (hDate.getValue() == null) {
                Dialogs.problem(d.getDialogPane().getScene().getWindow(), Ui.t("caseload.rule.hearingDateRequired", form.hearings().size() + 1));
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
        TableView<Entry> appearances = HearingGridTable.create("case.grid", caseGrid.entries(), false, lateDays());
        appearances.setPrefHeight(200);
        Button suggestion = Ui.button("caseload.draftSuggestion", () -> followUp(appearances.getSelectionModel().getSelectedItem()));
        VBox content = new VBox(8, g, Ui.toolbar(new Label(Ui.t("caseload.tab.grid")), hDate, hTime, hPlace, add), hearingsLabel,
                appearances, Ui.toolbar(suggestion, new Label(Ui.t("caseload.gridHint"))));
        content.setPrefWidth(1000);
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) d.getDialogPane().lookupButton(ButtonType.OK);
        ok.setText(Ui.t("caseload.save"));
        ok.addEventFilter(ActionEvent.ACTION, e -> {
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
                AdminCase built = form.build(n -> AgencyRepository.findByName(ctx.db().dsl(), n),
                        n -> CaseRepository.findCourt(ctx.db().dsl(), n).map(CaseRepository.Court::id));
                cases.save(built);
            } catch (ValidationException ex) {
                e.consume();
                Dialogs.problem(d.getDialogPane().getScene().getWindow(), ex.problems().stream().map(Object::toString).collect(Collectors.joining("\n")));
            }
        });
        d.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> reload());
    }

    private void followUp(Entry e) {
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

    // ------------------------------------------------------------------ hearing-day grid

    private Node gridTab() {
        gridDate.setId("grid.date");
        gridDate.valueProperty().addListener((o, a, b) -> loadGrid());
        TableView<Entry> t = HearingGridTable.create("grid.table", grid.entries(), true, lateDays());
        Button save = Ui.button("caseload.grid.save", this::saveGrid);
        Button suggestion = Ui.button("caseload.draftSuggestion", () -> followUp(t.getSelectionModel().getSelectedItem()));
        gridProblems.setId("grid.problems");
        gridProblems.setWrapText(true);
        gridProblems.setStyle("-fx-text-fill: #b00020;");
        VBox box = new VBox(8, Ui.toolbar(new Label(Ui.t("caseload.grid.date")), gridDate, save, suggestion, Ui.spacer(),
                new Label(Ui.t("caseload.gridHint"))), t, gridProblems);
        VBox.setVgrow(t, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    void loadGrid() {
        LocalDate d = gridDate.getValue();
        if (d != null) {
            grid.load(d, queries.hearings(d, d));
            gridProblems.setText("");
        }
    }

    void saveGrid() {
        List<String> problems = grid.problems();
        if (!problems.isEmpty()) {
            gridProblems.setText(String.join("\n", problems));
            return;
        }
        try {
            int n = grid.save(cases);
            gridProblems.setText(Ui.t("caseload.grid.saved", n));
            loadGrid();
            gridProblems.setText(Ui.t("caseload.grid.saved", n));
        } catch (ValidationException ex) {
            gridProblems.setText(ex.problems().stream().map(Object::toString).collect(Collectors.joining("\n")));
        }
    }

    // ------------------------------------------------------------------ upcoming hearings

    private Node upcomingTab() {
        upcoming.setId("upcoming.table");
        int late = CaseRules.DEFAULT_LATE_NOTICE_DAYS;
        upcoming.getColumns().add(col("caseload.col.time", 120, h -> h.date() + (h.time() == null ? "" : " " + h.time())));
        upcoming.getColumns().add(col("caseload.col.caseNumber", 160, HearingRow::caseNumber));
        upcoming.getColumns().add(col("caseload.col.defendant", 220, h -> h.appearance().agencyName()));
        upcoming.getColumns().add(col("caseload.col.place", 120, HearingRow::place));
        upcoming.getColumns().add(col("caseload.col.notice", 200, h -> {
            Appearance a = h.appearance();
            if (a.noticeServed() == null) {
                return a.noticeRequired() ? Ui.t("caseload.notice.missing") : Ui.t("caseload.notice.notRequired");
            }
            return a.noticeServed() + (CaseRules.lateNotice(a.noticeServed(), h.date(), lateDaysSafe(late)) ? " " + Ui.t("caseload.notice.late") : "");
        }));
        upcoming.setPlaceholder(new Label(Ui.t("caseload.noUpcoming")));
        VBox box = new VBox(8, Ui.toolbar(new Label(Ui.t("caseload.upcoming.what")), Ui.spacer(),
                Ui.button("caseload.notices", () -> CaseDocuments.letters(ctx, false)),
                Ui.button("caseload.reminders", () -> CaseDocuments.letters(ctx, true))), upcoming);
        VBox.setVgrow(upcoming, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private int lateDaysSafe(int fallback) {
        try {
            return lateDays();
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    void loadUpcoming() {
        LocalDate today = LocalDate.now();
        upcoming.getItems().setAll(queries.hearings(today, today.plusDays(30)));
    }

    // ------------------------------------------------------------------ figures and bulletin

    private Node statsTab() {
        Period last = Period.quarterOf(LocalDate.now()).previous();
        TextField period = new TextField(last.toString());
        period.setId("stats.period");
        period.setPrefColumnCount(8);
        ComboBox<AppearanceStats.Unit> unit = new ComboBox<>(FXCollections.observableArrayList(AppearanceStats.Unit.values()));
        unit.setConverter(converter(u -> Ui.t(u == AppearanceStats.Unit.CASE ? "settings.appearance.unit.CASE" : "settings.appearance.unit.HEARING")));
        ComboBox<AppearanceStats.Scope> scope = new ComboBox<>(FXCollections.observableArrayList(AppearanceStats.Scope.values()));
        scope.setConverter(converter(s -> Ui.t(s == AppearanceStats.Scope.ALL ? "settings.appearance.scope.ALL" : "settings.appearance.scope.NOTIFIED")));
        ComboBox<Grouping> by = new ComboBox<>(FXCollections.observableArrayList(Grouping.values()));
        by.setConverter(converter(gr -> Ui.t(switch (gr) {
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
        figures.getColumns().add(col("caseload.col.group", 200, AppearanceStats.Figures::group));
        figures.getColumns().add(col("caseload.col.units", 80, f -> String.valueOf(f.units())));
        figures.getColumns().add(col("caseload.col.appearedCount", 80, f -> String.valueOf(f.appeared())));
        figures.getColumns().add(col("caseload.col.appearanceRate", 90, f -> Rates.show(f.appearanceRate())));
        figures.getColumns().add(col("caseload.col.spokeRate", 90, f -> Rates.show(f.spokeRate())));
        figures.getColumns().add(col("caseload.col.principalRate", 100, f -> Rates.show(f.principalRate())));
        figures.setPlaceholder(new Label(Ui.t("caseload.stats.none")));
        TableView<LossStats.Figures> loss = new TableView<>();
        loss.setPlaceholder(new Label(Ui.t("caseload.stats.none")));
        loss.getColumns().add(col("caseload.col.group", 200, LossStats.Figures::group));
        loss.getColumns().add(col("caseload.col.closedCount", 80, f -> String.valueOf(f.closed())));
        loss.getColumns().add(col("caseload.col.lost", 80, f -> String.valueOf(f.lost())));
        loss.getColumns().add(col("caseload.col.lossRate", 90, f -> Rates.show(f.lossRate())));
        loss.getColumns().add(col("caseload.col.settlementRate", 90, f -> Rates.show(f.settlementRate())));
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
        Button bulletin = Ui.button("caseload.bulletin", () -> previewBulletin(period.getText(), unit.getValue(), scope.getValue()));
        VBox box = new VBox(8, Ui.toolbar(new Label(Ui.t("caseload.stats.period")), period, unit, scope, by,
                Ui.button("caseload.stats.compute", compute), bulletin), figures, message, loss);
        VBox.setVgrow(figures, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    /** Computes the bulletin, lets the user edit its narrative, then opens the preview (PDF, DOCX, XLSX, printer). */
    void previewBulletin(String periodText, AppearanceStats.Unit unit, AppearanceStats.Scope scope) {
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
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.showAndWait().filter(x -> x == ButtonType.OK).ifPresent(x -> {
            Bulletin edited = b.withNarrative(text.getText());
            DocumentActions.preview(ctx, b.title(), b.title(), () -> BulletinReport.fill(ReportService.shared(), ctx.settings().office(),
                    edited, LocalDate.now()));
        });
    }

    static String percent(BigDecimal b) {
        return Rates.show(b);
    }
}
