package cn.fuyuan.desk.meeting;

import cn.fuyuan.desk.i18n.ChineseNumerals;
import cn.fuyuan.desk.agency.AgencyRepository;
import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.Dialogs;
import cn.fuyuan.desk.ui.DocumentActions;
import cn.fuyuan.desk.ui.SectionView;
import cn.fuyuan.desk.ui.Ui;
import cn.fuyuan.desk.ui.DateFields;
import cn.fuyuan.desk.history.HistoryDialog;
import cn.fuyuan.desk.report.ReportService;
import cn.fuyuan.desk.settings.SettingKey;
import cn.fuyuan.desk.store.Problem;
import cn.fuyuan.desk.store.ValidationException;
import java.io.File;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.Property;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;

/**
 * 联席会议: the meeting list (year, kind, unit, search) beside the meeting form (header, attendee groups,
 * topics, agreed items, the items carried from earlier meetings), and the open-items board by unit and
 * deadline. Thin: the rules live in the view models and the repository.
 */
public final class MeetingView implements SectionView {
    private final AppContext ctx;
    private final MeetingRepository repo;
    private final MeetingListViewModel list;
    private final MeetingFormViewModel form;
    private final TabPane tabs = new TabPane();
    private final BorderPane root = new BorderPane(tabs);
    private final TableView<Meeting> table = new TableView<>();
    private final TextField search = TextFields.createClearableTextField();
    private final Label status = new Label();
    private final List<Unit> unitChoices = new ArrayList<>();
    private final TableView<FollowUpTable.Row> board = new TableView<>();
    private final ListView<FollowUpTable.UnitCount> boardUnits = new ListView<>();
    private final ComboBox<Integer> yearFilter = new ComboBox<>();
    private final ComboBox<MeetingKind> kindFilter = new ComboBox<>();
    private final ComboBox<String> unitFilter = new ComboBox<>();

    // editors bound to the selected row
    private final TableView<MeetingFormViewModel.AttendeeRow> attendeeTable = new TableView<>();
    private final TableView<MeetingFormViewModel.TopicRow> topicTable = new TableView<>();
    private final TableView<MeetingFormViewModel.ItemRow> itemTable = new TableView<>();
    private final TableView<AgreedItem> carriedTable = new TableView<>();

    public MeetingView(AppContext ctx) {
        this.ctx = ctx;
        this.repo = new MeetingRepository(ctx.db());
        this.list = new MeetingListViewModel(repo);
        this.form = new MeetingFormViewModel(repo);
        loadUnits();
        Tab meetings = new Tab(Ui.t("meeting.tab.meetings"), buildMeetings());
        Tab open = new Tab(Ui.t("meeting.tab.board"), buildBoard());
        meetings.setClosable(false);
        open.setClosable(false);
        open.setOnSelectionChanged(e -> {
            if (open.isSelected()) {
                reloadBoard();
            }
        });
        tabs.getTabs().addAll(meetings, open);
        tabs.setId("meeting.tabs");
        Label title = Ui.title("nav.meetings");
        BorderPane.setMargin(title, new Insets(8, 8, 0, 8));
        root.setTop(title);
        quiet(attendeeTable, topicTable, itemTable, carriedTable);
        onShow();
        form.newMeeting(LocalDate.now());
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        loadUnits();
        Meeting keep = table.getSelectionModel().getSelectedItem();
        list.reload();
        yearFilter.getItems().setAll(list.years());
        unitFilter.getItems().setAll(list.units());
        if (keep != null) {
            list.shown().stream().filter(m -> m.id().equals(keep.id())).findFirst().ifPresent(m -> table.getSelectionModel().select(m));
        }
        reloadBoard();
    }

    private void loadUnits() {
        unitChoices.clear();
        String court = new SettingsRepository(ctx.db()).office().courtName();
        unitChoices.add(Unit.court(court == null || court.isBlank() ? Ui.t("meeting.court") : court));
        new AgencyRepository(ctx.db()).list(false).forEach(a -> unitChoices.add(Unit.agency(a.id(), a.name())));
    }

    /** The meeting form: changes are saved, dropped or kept before another meeting, section or the window is shown. */
    private final cn.fuyuan.desk.ui.DirtyForm unsaved = new cn.fuyuan.desk.ui.DirtyForm() {
        @Override
        public boolean isDirty() {
            return form.isDirty();
        }

        @Override
        public boolean save() {
            List<Problem> problems = form.problems();
            if (!problems.isEmpty()) {
                String text = problems.stream().map(Problem::message).collect(Collectors.joining("\n"));
                status.setText(text.replace('\n', '；'));
                Dialogs.problem(ctx.stage(), text);
                return false;
            }
            try {
                Meeting m = form.save();
                status.setText(Ui.t("meeting.saved", m.number()));
                javafx.application.Platform.runLater(list::reload);
                return true;
            } catch (ValidationException e) {
                Dialogs.problem(ctx.stage(), e.getMessage());
                return false;
            }
        }

        @Override
        public void discard() {
            if (form.current() == null) {
                form.newMeeting(LocalDate.now());
            } else {
                form.reload();
            }
        }
    };

    @Override
    public cn.fuyuan.desk.ui.DirtyForm unsaved() {
        return unsaved;
    }

    @Override
    public void onNew() {
        if (!unsaved.mayLeave(ctx.stage())) {
            return;
        }
        table.getSelectionModel().clearSelection();
        form.newMeeting(LocalDate.now());
        status.setText("");
    }

    @Override
    public void onSave() {
        save();
    }

    @Override
    public void onSearch() {
        search.requestFocus();
    }

    @Override
    public void openRecord(int id) {
        if (list.shown().stream().noneMatch(m -> m.id() == id)) {
            search.clear();
            yearFilter.setValue(null);
            unitFilter.setValue(null);
        }
        list.shown().stream().filter(m -> m.id() == id).findFirst().ifPresent(m -> {
            table.getSelectionModel().select(m);
            table.scrollTo(m);
        });
    }

    // ------------------------------------------------------------------ meetings tab

    private Node buildMeetings() {
        table.setId("meeting.table");
        table.getColumns().add(col("meeting.number", Meeting::number, 90));
        table.getColumns().add(col("meeting.heldAt", m -> m.heldAt().toLocalDate().toString(), 90));
        table.getColumns().add(col("meeting.title", Meeting::title, 220));
        table.getColumns().add(col("meeting.kind", m -> m.kind().label(), 70));
        table.getColumns().add(col("meeting.state", m -> m.state().label(), 80));
        table.setItems(list.shown());
        cn.fuyuan.desk.ui.UnsavedChanges.guardSelection(table, unsaved, ctx::stage, m -> {
            form.load(m);
            status.setText("");
        });
        search.setId("meeting.search");
        search.setPromptText(Ui.t("meeting.searchPrompt"));
        list.search.bind(search.textProperty());
        yearFilter.setId("meeting.filter.year");
        yearFilter.setPromptText(Ui.t("meeting.filter.year"));
        yearFilter.valueProperty().bindBidirectional(list.year);
        kindFilter.setId("meeting.filter.kind");
        kindFilter.setPromptText(Ui.t("meeting.kind"));
        kindFilter.getItems().setAll(MeetingKind.values());
        kindFilter.setConverter(converter(MeetingKind::label));
        kindFilter.valueProperty().bindBidirectional(list.kind);
        unitFilter.setId("meeting.filter.unit");
        unitFilter.setPromptText(Ui.t("meeting.filter.unit"));
        unitFilter.valueProperty().addListener((o, a, b) -> list.unit.set(b == null ? "" : b));
        Button clear = Ui.button("meeting.filter.clear", () -> {
            yearFilter.setValue(null);
            kindFilter.setValue(null);
            unitFilter.setValue(null);
            search.clear();
        });
        yearFilter.setMinWidth(90);
        kindFilter.setMinWidth(110);
        unitFilter.setPrefWidth(200);
        clear.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane filters = new FlowPane(6, 6, yearFilter, kindFilter, unitFilter, clear);
        VBox left = new VBox(6, search, filters, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        left.setPadding(new Insets(8));

        SplitPane split = new SplitPane(left, buildForm());
        split.setDividerPositions(0.42);
        BorderPane pane = new BorderPane(split);
        pane.setTop(Ui.toolbar(
                id(Ui.button("action.new", this::onNew), "meeting.new"),
                id(Ui.button("action.save", this::save), "meeting.save"),
                Ui.button("meeting.advance", this::advance),
                Ui.button("meeting.reopen", this::reopen),
                Ui.button("meeting.delete", this::delete),
                Ui.button("meeting.printMinutes", this::printMinutes),
                Ui.button("meeting.history", this::history)));
        pane.setBottom(status);
        status.setId("meeting.status");
        status.setPadding(new Insets(4, 8, 4, 8));
        return pane;
    }

    private Node buildForm() {
        GridPane head = new GridPane();
        head.setHgap(8);
        head.setVgap(6);
        Label number = new Label();
        number.textProperty().bind(form.number);
        Label state = new Label();
        state.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> form.state.get() == null ? "" : form.state.get().label(), form.state));
        state.setId("meeting.stateLabel");
        TextField title = field("meeting.form.title", form.title);
        ComboBox<MeetingKind> kind = new ComboBox<>();
        kind.getItems().setAll(MeetingKind.values());
        kind.setConverter(converter(MeetingKind::label));
        kind.valueProperty().bindBidirectional(form.kind);
        DatePicker date = DateFields.picker("meeting.heldAt", null);
        date.setId("meeting.form.date");
        date.valueProperty().bindBidirectional(form.date);
        date.valueProperty().addListener((o, a, b) -> form.refreshCarryPreview());
        TextField time = field("meeting.form.time", form.time);
        time.setPrefColumnCount(5);
        TextField place = field("meeting.form.place", form.place);
        TextField host = field("meeting.form.host", form.host);
        int r = 0;
        head.addRow(r++, label("meeting.number"), number, label("meeting.state"), state);
        head.addRow(r++, label("meeting.title"), title);
        GridPane.setColumnSpan(title, 3);
        head.addRow(r++, label("meeting.kind"), kind, label("meeting.heldAt"), new HBox(4, date, time));
        head.addRow(r++, label("meeting.place"), place, label("meeting.host"), host);

        VBox box = new VBox(8, head,
                section("meeting.attendees", buildAttendees()),
                section("meeting.topics", buildTopics()),
                section("meeting.items", buildItems()),
                section("meeting.carried", buildCarried()));
        box.setPadding(new Insets(8));
        head.disableProperty().bind(form.readOnly);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node buildAttendees() {
        attendeeTable.setId("meeting.attendeeTable");
        attendeeTable.setPrefHeight(150);
        attendeeTable.getColumns().add(colP("meeting.role", r -> r.role.get() == null ? "" : r.role.get().label(), 60));
        attendeeTable.getColumns().add(colP("meeting.person", r -> r.person.get(), 90));
        attendeeTable.getColumns().add(colP("meeting.unit", r -> r.unit.get() == null ? "" : r.unit.get().name(), 240));
        attendeeTable.setItems(form.attendees);
        ComboBox<AttendeeRole> role = new ComboBox<>();
        role.getItems().setAll(AttendeeRole.values());
        role.setConverter(converter(AttendeeRole::label));
        role.setId("meeting.attendee.role");
        TextField person = new TextField();
        person.setId("meeting.attendee.person");
        person.setPromptText(Ui.t("meeting.person"));
        ComboBox<Unit> unit = unitBox("meeting.attendee.unit", true);
        attendeeTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (a != null) {
                role.valueProperty().unbindBidirectional(a.role);
                person.textProperty().unbindBidirectional(a.person);
                unit.valueProperty().unbindBidirectional(a.unit);
            }
            if (b != null) {
                role.valueProperty().bindBidirectional(b.role);
                person.textProperty().bindBidirectional(b.person);
                unit.valueProperty().bindBidirectional(b.unit);
            }
        });
        refreshOnEdit(attendeeTable, role.valueProperty(), person.textProperty(), unit.valueProperty());
        role.setMinWidth(80);
        FlowPane editor = new FlowPane(6, 6, role, person, unit,
                Ui.button("meeting.addPresent", () -> select(attendeeTable, form.addAttendee(AttendeeRole.PRESENT))),
                Ui.button("meeting.addAbsent", () -> select(attendeeTable, form.addAttendee(AttendeeRole.ABSENT))),
                Ui.button("meeting.addObserver", () -> select(attendeeTable, form.addAttendee(AttendeeRole.OBSERVER))),
                Ui.button("meeting.remove", () -> remove(attendeeTable, form.attendees)));
        VBox v = new VBox(4, attendeeTable, editor);
        v.disableProperty().bind(form.readOnly);
        return v;
    }

    private Node buildTopics() {
        topicTable.setId("meeting.topicTable");
        topicTable.setPrefHeight(110);
        topicTable.getColumns().add(colP("meeting.topic", r -> r.title.get(), 380));
        topicTable.setItems(form.topics);
        TextField title = new TextField();
        title.setId("meeting.topic.title");
        title.setPromptText(Ui.t("meeting.topic"));
        TextArea minutes = new TextArea();
        minutes.setId("meeting.topic.minutes");
        minutes.setPromptText(Ui.t("meeting.topic.minutes"));
        minutes.setPrefRowCount(3);
        minutes.setWrapText(true);
        topicTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (a != null) {
                title.textProperty().unbindBidirectional(a.title);
                minutes.textProperty().unbindBidirectional(a.minutes);
            }
            if (b != null) {
                title.textProperty().bindBidirectional(b.title);
                minutes.textProperty().bindBidirectional(b.minutes);
            }
            title.setDisable(b == null || b.followUp);
        });
        refreshOnEdit(topicTable, title.textProperty());
        HBox buttons = new HBox(6, Ui.button("meeting.addTopic", () -> select(topicTable, form.addTopic())),
                Ui.button("meeting.up", () -> move(topicTable, form.topics, -1)),
                Ui.button("meeting.down", () -> move(topicTable, form.topics, 1)),
                Ui.button("meeting.remove", () -> remove(topicTable, form.topics)));
        VBox v = new VBox(4, topicTable, title, minutes, buttons);
        v.disableProperty().bind(form.readOnly);
        return v;
    }

    private Node buildItems() {
        itemTable.setId("meeting.itemTable");
        itemTable.setPrefHeight(130);
        itemTable.getColumns().add(colP("meeting.item.no", r -> ChineseNumerals.of(form.items.indexOf(r) + 1), 36));
        itemTable.getColumns().add(colP("meeting.item.text", r -> r.text.get(), 220));
        itemTable.getColumns().add(colP("meeting.item.units", r -> r.units.get().stream().map(Unit::name).collect(Collectors.joining("、")), 150));
        itemTable.getColumns().add(colP("meeting.item.deadline", r -> r.deadline.get() == null ? "" : r.deadline.get().toString(), 86));
        itemTable.getColumns().add(colP("meeting.item.status", r -> r.status.get().label(), 60));
        itemTable.setItems(form.items);
        TextField text = new TextField();
        text.setId("meeting.item.text");
        text.setPromptText(Ui.t("meeting.item.text"));
        ComboBox<Unit> unit = unitBox("meeting.item.unit", false);
        DatePicker deadline = DateFields.picker("meeting.item.deadline", null);
        deadline.setId("meeting.item.deadline");
        deadline.setPromptText(Ui.t("meeting.item.deadline"));
        ComboBox<ItemStatus> status = new ComboBox<>();
        status.getItems().setAll(ItemStatus.values());
        status.setConverter(converter(ItemStatus::label));
        TextField linkedCase = new TextField();
        linkedCase.setPromptText(Ui.t("meeting.item.case"));
        TextField linkedLetter = new TextField();
        linkedLetter.setPromptText(Ui.t("meeting.item.letter"));
        javafx.beans.property.ObjectProperty<Unit> unitBridge = new javafx.beans.property.SimpleObjectProperty<>();
        itemTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (a != null) {
                text.textProperty().unbindBidirectional(a.text);
                deadline.valueProperty().unbindBidirectional(a.deadline);
                status.valueProperty().unbindBidirectional(a.status);
                linkedCase.textProperty().unbindBidirectional(a.linkedCase);
                linkedLetter.textProperty().unbindBidirectional(a.linkedSuggestion);
            }
            unitBridge.set(null);
            if (b != null) {
                text.textProperty().bindBidirectional(b.text);
                deadline.valueProperty().bindBidirectional(b.deadline);
                status.valueProperty().bindBidirectional(b.status);
                linkedCase.textProperty().bindBidirectional(b.linkedCase);
                linkedLetter.textProperty().bindBidirectional(b.linkedSuggestion);
                unit.setValue(b.firstUnit());
            } else {
                unit.setValue(null);
            }
        });
        unit.valueProperty().addListener((o, a, u) -> {
            MeetingFormViewModel.ItemRow row = itemTable.getSelectionModel().getSelectedItem();
            if (row != null && u != null && (row.firstUnit() == null || !u.sameAs(row.firstUnit()))) {
                row.setFirstUnit(u);
            }
        });
        refreshOnEdit(itemTable, text.textProperty(), unit.valueProperty(), deadline.valueProperty(), status.valueProperty());
        HBox line1 = new HBox(6, text, unit);
        HBox.setHgrow(text, Priority.ALWAYS);
        FlowPane line2 = new FlowPane(6, 6, deadline, status, linkedCase, linkedLetter);
        HBox buttons = new HBox(6, Ui.button("meeting.addItem", () -> select(itemTable, form.addItem())),
                Ui.button("meeting.remove", () -> remove(itemTable, form.items)));
        VBox editors = new VBox(4, line1, line2, buttons);
        editors.disableProperty().bind(form.readOnly);
        Button progress = Ui.button("meeting.recordProgress", () -> {
            MeetingFormViewModel.ItemRow row = itemTable.getSelectionModel().getSelectedItem();
            if (row != null && row.original != null) {
                progressDialog(row.original);
            }
        });
        progress.setId("meeting.item.progress");
        return new VBox(4, itemTable, editors, progress);
    }

    private Node buildCarried() {
        carriedTable.setId("meeting.carriedTable");
        carriedTable.setPrefHeight(120);
        carriedTable.getColumns().add(col("meeting.item.meeting", AgreedItem::meetingNumber, 80));
        carriedTable.getColumns().add(col("meeting.item.text", AgreedItem::text, 200));
        carriedTable.getColumns().add(col("meeting.item.units", AgreedItem::unitNames, 130));
        carriedTable.getColumns().add(col("meeting.item.deadline", i -> i.deadline() == null ? "" : i.deadline().toString(), 86));
        carriedTable.getColumns().add(col("meeting.item.status", i -> i.status().label()
                + (i.overdue(LocalDate.now()) ? Ui.t("meeting.overdueMark") : ""), 90));
        carriedTable.setItems(form.carried);
        Button progress = Ui.button("meeting.recordProgress", () -> {
            AgreedItem it = carriedTable.getSelectionModel().getSelectedItem();
            if (it != null && form.current() != null) {
                progressDialog(it);
            }
        });
        progress.setId("meeting.carried.progress");
        return new VBox(4, carriedTable, progress);
    }

    // ------------------------------------------------------------------ actions

    private void save() {
        List<Problem> problems = form.problems();
        if (!problems.isEmpty()) {
            status.setText(problems.stream().map(Problem::message).collect(Collectors.joining("；")));
            return;
        }
        try {
            Meeting m = form.save();
            onShow();
            list.shown().stream().filter(x -> x.id().equals(m.id())).findFirst().ifPresent(x -> table.getSelectionModel().select(x));
            status.setText(Ui.t("meeting.saved", m.number()));
        } catch (ValidationException e) {
            status.setText(e.getMessage().replace('\n', '；'));
        }
    }

    private void advance() {
        if (form.current() == null) {
            status.setText(Ui.t("meeting.saveFirst"));
            return;
        }
        if (form.state.get() == MeetingState.HELD && !Dialogs.confirm(ctx.stage(), Ui.t("meeting.confirmIssue", form.number.get()))) {
            return;
        }
        try {
            Meeting m = form.advance();
            onShow();
            status.setText(Ui.t("meeting.stateNow", m.number(), m.state().label()));
        } catch (ValidationException e) {
            status.setText(e.getMessage());
        }
    }

    private void reopen() {
        if (form.current() == null) {
            return;
        }
        if (!Dialogs.confirm(ctx.stage(), Ui.t("meeting.confirmReopen", form.number.get()))) {
            return;
        }
        try {
            Meeting m = form.reopen();
            onShow();
            status.setText(Ui.t("meeting.stateNow", m.number(), m.state().label()));
        } catch (ValidationException e) {
            status.setText(e.getMessage());
        }
    }

    private void delete() {
        Meeting m = form.current();
        if (m == null || !Dialogs.confirm(ctx.stage(), Ui.t("meeting.confirmDelete", m.number()))) {
            return;
        }
        try {
            repo.delete(m.id());
            onNew();
            onShow();
        } catch (ValidationException e) {
            status.setText(e.getMessage());
        }
    }

    private void printMinutes() {
        Meeting m = form.current();
        if (m == null) {
            status.setText(Ui.t("meeting.saveFirst"));
            return;
        }
        previewMinutes(ctx, m.id());
    }

    /** Preview of the 纪要 of a meeting (then PDF / DOCX / print). */
    public static void previewMinutes(AppContext ctx, int meetingId) {
        MeetingRepository repo = new MeetingRepository(ctx.db());
        Meeting m = repo.find(meetingId).orElseThrow();
        DocumentActions.preview(ctx, Ui.t("meeting.minutes"), "会议纪要" + m.number(),
                () -> MinutesReport.fill(ReportService.shared(), repo, m, new SettingsRepository(ctx.db()).get(SettingKey.MEETING_MINUTES_TITLE),
                        new SettingsRepository(ctx.db()).office().officeName()));
    }

    /** Preview of the 督办表 of the open items. */
    public static void previewFollowUp(AppContext ctx, String unit) {
        MeetingRepository repo = new MeetingRepository(ctx.db());
        LocalDate today = LocalDate.now();
        DocumentActions.preview(ctx, Ui.t("meeting.followUpTable"), "督办表",
                () -> FollowUpTable.fill(ReportService.shared(), new SettingsRepository(ctx.db()).office().courtName(),
                        FollowUpTable.rows(repo, today, true, unit), today, "未办结事项"));
    }

    /** Writes the .ics file of upcoming meetings and open item deadlines. */
    public static void exportIcs(AppContext ctx) {
        FileChooser fc = new FileChooser();
        fc.setInitialFileName("府院联席会议.ics");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("iCalendar", "*.ics"));
        File f = fc.showSaveDialog(ctx.stage());
        if (f == null) {
            return;
        }
        try {
            MeetingRepository repo = new MeetingRepository(ctx.db());
            String cal = IcsExport.calendar(repo.list(), repo.items(true), LocalDate.now(), IcsExport.nowUtc());
            IcsExport.write(f.toPath(), cal);
            Dialogs.info(ctx.stage(), Ui.t("meeting.icsWritten", f, cal.lines().filter("BEGIN:VEVENT"::equals).count()));
        } catch (Exception e) {
            Dialogs.error(ctx.stage(), e);
        }
    }

    private void history() {
        Meeting m = form.current();
        if (m != null) {
            HistoryDialog.show(ctx, "meeting", String.valueOf(m.id()), m.number());
        }
    }

    private void progressDialog(AgreedItem item) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(ctx.stage());
        d.setTitle(Ui.t("meeting.recordProgress"));
        DatePicker on = DateFields.picker("meeting.progress.date", LocalDate.now());
        ComboBox<ItemStatus> st = new ComboBox<>();
        st.getItems().setAll(ItemStatus.values());
        st.setConverter(converter(ItemStatus::label));
        st.setValue(item.status() == ItemStatus.NOT_STARTED ? ItemStatus.IN_PROGRESS : item.status());
        TextField note = new TextField();
        note.setId("meeting.progress.note");
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.addRow(0, new Label(Ui.t("meeting.item.text")), new Label(item.text()));
        g.addRow(1, new Label(Ui.t("meeting.progress.date")), on);
        g.addRow(2, new Label(Ui.t("meeting.item.status")), st);
        g.addRow(3, new Label(Ui.t("meeting.progress.note")), note);
        d.getDialogPane().setContent(g);
        ButtonType okType = Dialogs.okCancel(d);
        Optional<ButtonType> r = d.showAndWait();
        if (r.isPresent() && r.get() == okType) {
            try {
                form.recordProgress(item.id(), on.getValue(), note.getText(), st.getValue());
                status.setText(Ui.t("meeting.progressSaved"));
                list.reload();
            } catch (ValidationException e) {
                status.setText(e.getMessage().replace('\n', '；'));
            }
        }
    }

    // ------------------------------------------------------------------ board tab

    private Node buildBoard() {
        board.setId("meeting.board");
        board.getColumns().add(colRow("meeting.unit", FollowUpTable.Row::unit, 170));
        board.getColumns().add(colRow("meeting.item.deadline", FollowUpTable.Row::deadlineText, 86));
        board.getColumns().add(colRow("meeting.item.overdue", r -> r.overdueDays() == null ? "" : r.overdueDays().toString(), 60));
        board.getColumns().add(colRow("meeting.item.text", FollowUpTable.Row::text, 300));
        board.getColumns().add(colRow("meeting.item.meeting", FollowUpTable.Row::meetingNumber, 80));
        board.getColumns().add(colRow("meeting.item.status", FollowUpTable.Row::statusText, 60));
        board.getColumns().add(colRow("meeting.item.latest", FollowUpTable.Row::latestProgress, 220));
        board.setRowFactory(tv -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(FollowUpTable.Row item, boolean empty) {
                super.updateItem(item, empty);
                setStyle(!empty && item != null && item.overdue() ? "-fx-text-background-color: #b00000;" : "");
            }
        });
        boardUnits.setId("meeting.boardUnits");
        boardUnits.setCellFactory(lv -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(FollowUpTable.UnitCount c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.unit().isEmpty() ? Ui.t("meeting.allUnits")
                        : Ui.t("meeting.unitCount", c.unit(), c.open(), c.overdue()));
            }
        });
        boardUnits.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> reloadBoardRows());
        boardUnits.setPrefWidth(260);
        BorderPane pane = new BorderPane(board);
        pane.setLeft(boardUnits);
        pane.setTop(Ui.toolbar(
                Ui.button("meeting.printFollowUp", () -> {
                    FollowUpTable.UnitCount c = boardUnits.getSelectionModel().getSelectedItem();
                    previewFollowUp(ctx, c == null || c.unit().isEmpty() ? null : c.unit());
                }),
                Ui.button("meeting.exportIcs", () -> exportIcs(ctx))));
        return pane;
    }

    private void reloadBoard() {
        List<FollowUpTable.Row> rows = FollowUpTable.rows(repo, LocalDate.now(), true, null);
        List<FollowUpTable.UnitCount> counts = new ArrayList<>();
        counts.add(new FollowUpTable.UnitCount("", rows.size(), (int) rows.stream().filter(FollowUpTable.Row::overdue).count()));
        counts.addAll(FollowUpTable.counts(rows));
        boardUnits.getItems().setAll(counts);
        reloadBoardRows();
    }

    private void reloadBoardRows() {
        FollowUpTable.UnitCount c = boardUnits.getSelectionModel().getSelectedItem();
        List<FollowUpTable.Row> rows = new ArrayList<>(FollowUpTable.rows(repo, LocalDate.now(), true, null));
        if (c != null && !c.unit().isEmpty()) {
            rows.removeIf(r -> !r.unit().equals(c.unit()));
        }
        rows.sort(java.util.Comparator.comparing(FollowUpTable.Row::deadline, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                .thenComparing(FollowUpTable.Row::unit));
        board.getItems().setAll(rows);
    }

    // ------------------------------------------------------------------ helpers

    private ComboBox<Unit> unitBox(String id, boolean freeText) {
        ComboBox<Unit> box = new ComboBox<>();
        box.setId(id);
        box.setPromptText(Ui.t("meeting.unit"));
        box.setEditable(freeText);
        box.setPrefWidth(230);
        box.setOnShowing(e -> box.getItems().setAll(unitChoices));
        box.getItems().setAll(unitChoices);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Unit u) {
                return u == null ? "" : u.name();
            }

            @Override
            public Unit fromString(String s) {
                if (s == null || s.isBlank()) {
                    return null;
                }
                return unitChoices.stream().filter(u -> s.strip().equals(u.name())).findFirst()
                        .orElse(freeText ? Unit.text(s.strip()) : null);
            }
        });
        return box;
    }

    private static Label label(String key) {
        Label l = new Label(Ui.t(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Button id(Button b, String id) {
        b.setId(id);
        return b;
    }

    private static void quiet(TableView<?>... tables) {
        for (TableView<?> t : tables) {
            t.setPlaceholder(new Label(""));
        }
    }

    private static <T> void select(TableView<T> t, T row) {
        t.getSelectionModel().select(row);
        t.scrollTo(row);
    }

    private static <T> void remove(TableView<T> t, List<T> items) {
        T row = t.getSelectionModel().getSelectedItem();
        if (row != null) {
            items.remove(row);
        }
    }

    private static <T> void move(TableView<T> t, List<T> items, int by) {
        T row = t.getSelectionModel().getSelectedItem();
        int i = items.indexOf(row);
        int j = i + by;
        if (row == null || j < 0 || j >= items.size()) {
            return;
        }
        items.remove(i);
        items.add(j, row);
        t.getSelectionModel().select(row);
    }

    private static void refreshOnEdit(TableView<?> t, javafx.beans.value.ObservableValue<?>... values) {
        for (var v : values) {
            v.addListener((o, a, b) -> t.refresh());
        }
    }

    private static Node section(String key, Node content) {
        Label l = new Label(Ui.t(key));
        l.setStyle("-fx-font-weight: bold;");
        return new VBox(4, l, content);
    }

    private static TextField field(String id, Property<String> p) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    private static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private static <T> TableColumn<T, String> col(String key, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(Ui.t(key));
        c.setCellValueFactory(cd -> new SimpleStringProperty(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static <T> TableColumn<T, String> colP(String key, Function<T, String> value, double width) {
        return col(key, value, width);
    }

    private static TableColumn<FollowUpTable.Row, String> colRow(String key, Function<FollowUpTable.Row, String> value, double width) {
        return col(key, value, width);
    }
}
