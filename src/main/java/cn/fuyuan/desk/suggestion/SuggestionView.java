package cn.fuyuan.desk.suggestion;

import cn.fuyuan.desk.settings.ReferenceList;
import cn.fuyuan.desk.agency.AgencyRepository;
import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.ui.DateFields;
import cn.fuyuan.desk.agency.Agency;
import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.Dialogs;
import cn.fuyuan.desk.ui.DocumentActions;
import cn.fuyuan.desk.ui.SectionView;
import cn.fuyuan.desk.ui.Ui;
import cn.fuyuan.desk.history.HistoryDialog;
import cn.fuyuan.desk.report.ReportService;
import cn.fuyuan.desk.settings.SettingKey;
import cn.fuyuan.desk.store.Problem;
import cn.fuyuan.desk.store.ValidationException;
import java.io.File;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * 司法建议: the letter list with filters and search, the letter form with its pairs editor, the workflow
 * actions (each a small dialog), attachments and history; and the overdue letters sorted by days overdue.
 */
public final class SuggestionView implements SectionView {
    private final AppContext ctx;
    private final SuggestionRepository repo;
    private final SuggestionListViewModel list;
    private final SuggestionFormViewModel form;
    private final VBox root = new VBox(8);
    private final TableView<Suggestion> table = new TableView<>();
    private final TableView<Suggestion> overdueTable = new TableView<>();
    private final Label figures = new Label();
    private final Label status = new Label();
    private final Label problems = new Label();
    private final VBox pairsBox = new VBox(6);
    private final ListView<SuggestionRepository.AttachmentInfo> attachments = new ListView<>();
    private final Map<String, Button> actions = new LinkedHashMap<>();
    private final ComboBox<Integer> yearBox = new ComboBox<>();

    public SuggestionView(AppContext ctx) {
        this.ctx = ctx;
        this.repo = new SuggestionRepository(ctx.db());
        this.list = new SuggestionListViewModel(repo, new SettingsRepository(ctx.db()).getInt(SettingKey.SUGGESTION_DUE_SOON_DAYS));
        this.form = new SuggestionFormViewModel(new AgencyRepository(ctx.db()).list(false), new SettingsRepository(ctx.db()).getInt(SettingKey.SUGGESTION_REPLY_MONTHS));
        TabPane tabs = new TabPane(new Tab(Ui.t("suggestion.tab.register"), registerTab()), new Tab(Ui.t("suggestion.tab.overdue"), overdueTab()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("suggestion.tabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.getChildren().addAll(Ui.title("nav.suggestions"), tabs);
        root.setPadding(new Insets(12));
        reload(null);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        reload(form.idProperty().get());
    }

    @Override
    public void onNew() {
        if (unsaved.mayLeave(ctx.stage())) {
            select(null);
        }
    }

    /** The letter's draft: changes are saved, dropped or kept before another letter, section or the window is shown. */
    private final cn.fuyuan.desk.ui.DirtyForm unsaved = new cn.fuyuan.desk.ui.DirtyForm() {
        @Override
        public boolean isDirty() {
            return form.isDirty();
        }

        @Override
        public boolean save() {
            try {
                int id = repo.saveDraft(form.toDraft());
                form.load(repo.find(id).orElseThrow());
                // the list shows the saved draft once the choice that asked is made (keeping the letter then shown)
                javafx.application.Platform.runLater(() -> reload(form.idProperty().get()));
                return true;
            } catch (ValidationException e) {
                problems.setText(e.getMessage());
                Dialogs.problem(ctx.stage(), e.getMessage());
                return false;
            }
        }

        @Override
        public void discard() {
            Integer id = form.idProperty().get();
            select(id == null ? null : repo.find(id).orElse(null));
        }
    };

    @Override
    public cn.fuyuan.desk.ui.DirtyForm unsaved() {
        return unsaved;
    }

    /** Shows the letter with this id (e.g. a draft just made from an unjustified absence). */
    public void open(int id) {
        reload(id);
    }

    @Override
    public void openRecord(int id) {
        open(id);
    }

    @Override
    public void onSave() {
        save();
    }

    // ------------------------------------------------------------------ list

    private Node registerTab() {
        TextField search = new TextField();
        search.setId("suggestion.search");
        search.setPromptText(Ui.t("suggestion.search.prompt"));
        search.textProperty().bindBidirectional(list.searchProperty());
        yearBox.setId("suggestion.filter.year");
        yearBox.setPromptText(Ui.t("suggestion.filter.year"));
        yearBox.valueProperty().bindBidirectional(list.yearProperty());
        ComboBox<SuggestionStatus> statusBox = choice("suggestion.filter.status", SuggestionStatus.values(), SuggestionStatus::label);
        statusBox.valueProperty().bindBidirectional(list.statusProperty());
        ComboBox<Adoption> adoptionBox = choice("suggestion.filter.adoption", Adoption.values(), Adoption::label);
        adoptionBox.valueProperty().bindBidirectional(list.adoptionProperty());
        TextField recipient = new TextField();
        recipient.setPromptText(Ui.t("suggestion.recipient"));
        recipient.setPrefColumnCount(8);
        recipient.textProperty().bindBidirectional(list.recipientProperty());
        ComboBox<String> fieldBox = new ComboBox<>();
        fieldBox.setPromptText(Ui.t("suggestion.filter.field"));
        fieldBox.getItems().add("");
        new ReferenceList(ctx.db(), ReferenceList.Kind.FIELD).list(false).forEach(f -> fieldBox.getItems().add(f.name()));
        fieldBox.valueProperty().addListener((o, a, b) -> list.fieldProperty().set(b == null ? "" : b));
        CheckBox overdue = new CheckBox(Ui.t("suggestion.filter.overdue"));
        overdue.setId("suggestion.filter.overdue");
        overdue.selectedProperty().bindBidirectional(list.overdueOnlyProperty());
        CheckBox soon = new CheckBox(Ui.t("suggestion.filter.dueSoon"));
        soon.selectedProperty().bindBidirectional(list.dueSoonOnlyProperty());
        Button clearFilters = Ui.button("suggestion.filter.clear", () -> {
            yearBox.setValue(null);
            statusBox.setValue(null);
            adoptionBox.setValue(null);
            recipient.setText("");
            fieldBox.setValue(null);
            overdue.setSelected(false);
            soon.setSelected(false);
            search.setText("");
        });
        FlowPane filters = new FlowPane(8, 6, Ui.button("suggestion.new", () -> select(null)), search, yearBox, statusBox,
                adoptionBox, recipient, fieldBox, overdue, soon, clearFilters,
                Ui.button("suggestion.print.register", this::previewRegister));
        figures.setId("suggestion.figures");
        list.shown().addListener((javafx.collections.ListChangeListener<Suggestion>) c -> figures.setText(figuresText()));
        list.yearProperty().addListener(o -> figures.setText(figuresText()));

        table.setId("suggestion.table");
        table.setItems(list.shown());
        columns(table, false);
        cn.fuyuan.desk.ui.UnsavedChanges.guardSelection(table, unsaved, ctx::stage, s -> {
            if (!s.equals(form.loadedProperty().get())) {
                select(s);
            }
        });
        table.setPlaceholder(new Label(Ui.t("suggestion.none")));
        ScrollPane formPane = new ScrollPane(buildForm());
        formPane.setFitToWidth(true);
        SplitPane split = new SplitPane(table, formPane);
        split.setDividerPositions(0.5);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox box = new VBox(8, filters, figures, split);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private Node overdueTab() {
        overdueTable.setId("suggestion.overdueTable");
        columns(overdueTable, true);
        overdueTable.setPlaceholder(new Label(Ui.t("suggestion.noneOverdueNow")));
        Button chase = Ui.button("suggestion.print.chaseAll", () -> previewChase(list.overdue()));
        Button one = Ui.button("suggestion.print.chaseOne", () -> {
            Suggestion s = overdueTable.getSelectionModel().getSelectedItem();
            if (s != null) {
                previewChase(List.of(s));
            }
        });
        VBox.setVgrow(overdueTable, Priority.ALWAYS);
        VBox box = new VBox(8, Ui.toolbar(chase, one), overdueTable);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private void columns(TableView<Suggestion> t, boolean overdueView) {
        t.getColumns().add(col("suggestion.number", s -> s.number() == null ? "" : s.number(), 150));
        t.getColumns().add(col("suggestion.title", Suggestion::title, 260));
        t.getColumns().add(col("suggestion.recipient", s -> s.recipientName() == null ? "" : s.recipientName(), 160));
        t.getColumns().add(col("suggestion.status", s -> s.status().label(), 80));
        t.getColumns().add(col("suggestion.issuedOn", s -> d(s.issuedOn()), 90));
        t.getColumns().add(col("suggestion.dueOn", s -> d(s.dueOn()), 90));
        if (overdueView) {
            TableColumn<Suggestion, Long> days = new TableColumn<>(Ui.t("suggestion.daysOverdue"));
            days.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().daysOverdue(list.asOf())));
            days.setPrefWidth(80);
            t.getColumns().add(days);
        } else {
            t.getColumns().add(col("suggestion.replyOn", s -> d(s.replyOn()), 90));
            t.getColumns().add(col("suggestion.adoption", s -> s.adoption() == null ? "" : s.adoption().label(), 80));
            t.getColumns().add(col("suggestion.flag", this::flag, 90));
        }
    }

    private String flag(Suggestion s) {
        if (s.overdue(list.asOf())) {
            return Ui.t("suggestion.flag.overdue", s.daysOverdue(list.asOf()));
        }
        if (s.dueSoon(list.asOf(), new SettingsRepository(ctx.db()).getInt(SettingKey.SUGGESTION_DUE_SOON_DAYS))) {
            return Ui.t("suggestion.flag.dueSoon");
        }
        return s.excellent() ? Ui.t("suggestion.excellent") : "";
    }

    private static String d(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static TableColumn<Suggestion, String> col(String key, Function<Suggestion, String> value, double width) {
        TableColumn<Suggestion, String> c = new TableColumn<>(Ui.t(key));
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(value.apply(x.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static <T> ComboBox<T> choice(String id, T[] values, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().add(null);
        box.getItems().addAll(values);
        box.setPromptText(Ui.t(id));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T v) {
                return v == null ? Ui.t("suggestion.filter.all") : label.apply(v);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        return box;
    }

    private String figuresText() {
        SuggestionStats.Figures f = list.figures();
        int y = list.yearProperty().get() == null ? list.asOf().getYear() : list.yearProperty().get();
        return Ui.t("suggestion.figuresLine", String.valueOf(y), f.issued(), f.replied(), f.onTime(), f.overdue(), f.adopted(),
                f.partlyAdopted(), f.notAdopted(), f.replyRate() == null ? "—" : f.replyRate() + "%");
    }

    private void reload(Integer selectId) {
        list.setAsOf(LocalDate.now(), new SettingsRepository(ctx.db()).getInt(SettingKey.SUGGESTION_DUE_SOON_DAYS));
        list.reload();
        Integer keep = yearBox.getValue();
        yearBox.getItems().setAll(list.years());
        yearBox.getItems().add(0, null);
        yearBox.setValue(keep);
        overdueTable.getItems().setAll(list.overdue());
        figures.setText(figuresText());
        Suggestion s = selectId == null ? null : repo.find(selectId).orElse(null);
        select(s);
        if (s != null) {
            list.shown().stream().filter(x -> x.id() == s.id()).findFirst().ifPresent(x -> table.getSelectionModel().select(x));
        }
    }

    // ------------------------------------------------------------------ form

    private Node buildForm() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.setPadding(new Insets(8));
        int r = 0;
        status.setId("suggestion.form.status");
        status.setWrapText(true);
        g.add(status, 0, r++, 2, 1);
        TextField title = text("suggestion.form.title", form.titleProperty());
        title.setPromptText(Ui.t("suggestion.title.prompt"));
        g.addRow(r++, label("suggestion.title"), title);
        ComboBox<SuggestionKind> kind = new ComboBox<>();
        kind.setId("suggestion.form.kind");
        kind.getItems().addAll(SuggestionKind.values());
        kind.setConverter(converter(SuggestionKind::label));
        kind.valueProperty().bindBidirectional(form.kindProperty());
        g.addRow(r++, label("suggestion.kind"), kind);
        ComboBox<Agency> recipient = new ComboBox<>();
        recipient.setId("suggestion.form.recipient");
        recipient.getItems().addAll(form.directory());
        recipient.setConverter(converter(Agency::name));
        recipient.valueProperty().bindBidirectional(form.recipientProperty());
        recipient.setMaxWidth(Double.MAX_VALUE);
        g.addRow(r++, label("suggestion.recipient"), recipient);
        TextField cases = text("suggestion.form.cases", form.casesProperty());
        cases.setPromptText(Ui.t("suggestion.cases.prompt"));
        g.addRow(r++, label("suggestion.caseNumbers"), cases);
        TextField cc = text("suggestion.form.cc", form.ccProperty());
        cc.setPromptText(Ui.t("suggestion.cc.prompt"));
        g.addRow(r++, label("suggestion.cc"), cc);
        TextArea background = new TextArea();
        background.setId("suggestion.form.background");
        background.setWrapText(true);
        background.setPrefRowCount(3);
        background.setPromptText(Ui.t("suggestion.background.prompt"));
        background.textProperty().bindBidirectional(form.backgroundProperty());
        background.editableProperty().bind(form.editableProperty());
        g.addRow(r++, label("suggestion.background"), background);
        pairsBox.setId("suggestion.form.pairs");
        form.pairs().addListener((javafx.collections.ListChangeListener<SuggestionFormViewModel.Pair>) c -> rebuildPairs());
        Button addPair = Ui.button("suggestion.form.addPair", form::addPair);
        addPair.disableProperty().bind(form.editableProperty().not());
        g.addRow(r++, label("suggestion.items"), new VBox(6, pairsBox, addPair));
        Spinner<Integer> months = new Spinner<>(SuggestionRules.MIN_MONTHS, SuggestionRules.MAX_MONTHS, 2);
        months.setId("suggestion.form.months");
        months.getValueFactory().valueProperty().addListener((o, a, b) -> form.replyMonthsProperty().set(b));
        form.replyMonthsProperty().addListener((o, a, b) -> months.getValueFactory().setValue(b.intValue()));
        g.addRow(r++, label("suggestion.replyMonths"), months);
        g.addRow(r++, label("suggestion.contactPerson"), text("suggestion.form.contactPerson", form.contactPersonProperty()));
        g.addRow(r++, label("suggestion.contactPhone"), text("suggestion.form.contactPhone", form.contactPhoneProperty()));
        g.addRow(r++, label("suggestion.drafter"), text("suggestion.form.drafter", form.drafterProperty()));
        TextField notes = new TextField();
        notes.textProperty().bindBidirectional(form.notesProperty());
        g.addRow(r++, label("suggestion.notes"), notes);
        for (Control c : List.of(kind, recipient, months)) {
            c.disableProperty().bind(form.editableProperty().not());
        }
        problems.setId("suggestion.form.problems");
        problems.setWrapText(true);
        problems.setStyle("-fx-text-fill: #b00020;");
        g.add(problems, 0, r++, 2, 1);

        for (String key : List.of("suggestion.action.save", "suggestion.action.submit", "suggestion.action.sendBack",
                "suggestion.action.sign", "suggestion.action.deliver", "suggestion.action.receipt", "suggestion.action.reply",
                "suggestion.action.close", "suggestion.action.withdraw", "suggestion.action.excellent", "suggestion.action.void",
                "suggestion.action.print", "action.history")) {
            actions.put(key, Ui.button(key, () -> act(key)));
        }
        FlowPane buttons = new FlowPane(6, 6);
        buttons.getChildren().addAll(actions.values());
        g.add(buttons, 0, r++, 2, 1);

        attachments.setId("suggestion.attachments");
        attachments.setPrefHeight(90);
        attachments.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(SuggestionRepository.AttachmentInfo a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : a.fileName() + "（" + Math.max(1, a.sizeBytes() / 1024) + " KB）");
            }
        });
        HBox attButtons = new HBox(6, Ui.button("suggestion.attachment.add", this::addAttachment),
                Ui.button("suggestion.attachment.saveAs", this::saveAttachment),
                Ui.button("suggestion.attachment.remove", this::removeAttachment));
        g.addRow(r++, label("suggestion.attachments"), new VBox(6, attachments, attButtons));
        GridPane.setHgrow(title, Priority.ALWAYS);
        for (javafx.beans.Observable o : List.of(form.titleProperty(), form.casesProperty(), form.ccProperty(), form.kindProperty(),
                form.replyMonthsProperty())) {
            o.addListener(x -> showProblems());
        }
        rebuildPairs();
        return g;
    }

    private static Label label(String key) {
        Label l = new Label(Ui.t(key));
        l.setMinWidth(Control.USE_PREF_SIZE);
        return l;
    }

    private TextField text(String id, javafx.beans.property.StringProperty p) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(p);
        t.editableProperty().bind(form.editableProperty());
        return t;
    }

    private static <T> StringConverter<T> converter(Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T v) {
                return v == null ? "" : f.apply(v);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private void rebuildPairs() {
        pairsBox.getChildren().clear();
        for (int i = 0; i < form.pairs().size(); i++) {
            int index = i;
            SuggestionFormViewModel.Pair p = form.pairs().get(i);
            TextArea problem = new TextArea();
            problem.setId("suggestion.form.problem." + (i + 1));
            problem.setPromptText(Ui.t("suggestion.problem"));
            problem.setWrapText(true);
            problem.setPrefRowCount(2);
            problem.textProperty().bindBidirectional(p.problemProperty());
            TextArea advice = new TextArea();
            advice.setId("suggestion.form.advice." + (i + 1));
            advice.setPromptText(Ui.t("suggestion.advice"));
            advice.setWrapText(true);
            advice.setPrefRowCount(2);
            advice.textProperty().bindBidirectional(p.adviceProperty());
            problem.editableProperty().bind(form.editableProperty());
            advice.editableProperty().bind(form.editableProperty());
            Button up = new Button("↑");
            up.setOnAction(e -> form.movePair(index, -1));
            Button down = new Button("↓");
            down.setOnAction(e -> form.movePair(index, 1));
            Button remove = new Button("✕");
            remove.setId("suggestion.form.removePair." + (i + 1));
            remove.setOnAction(e -> form.removePair(index));
            for (Button b : List.of(up, down, remove)) {
                b.disableProperty().bind(form.editableProperty().not());
            }
            Label n = new Label(SuggestionText.chinese(i + 1) + "、");
            n.setMinWidth(Control.USE_PREF_SIZE);
            HBox.setHgrow(problem, Priority.ALWAYS);
            HBox.setHgrow(advice, Priority.ALWAYS);
            pairsBox.getChildren().add(new HBox(4, n, new VBox(4, problem, advice), new VBox(2, up, down, remove)));
        }
    }

    private void showProblems() {
        problems.setText(form.problems().stream().map(Problem::message).collect(Collectors.joining("\n")));
    }

    private void select(Suggestion s) {
        if (s == null) {
            form.clear();
            table.getSelectionModel().clearSelection();
        } else {
            form.load(s);
        }
        attachments.getItems().setAll(s == null ? List.of() : repo.attachments(s.id()));
        status.setText(s == null ? Ui.t("suggestion.form.new") : statusLine(s));
        problems.setText("");
        updateActions(s);
    }

    private String statusLine(Suggestion s) {
        StringBuilder sb = new StringBuilder(s.status().label());
        if (s.number() != null) {
            sb.append(" · ").append(s.number());
        }
        if (s.approvedBy() != null) {
            sb.append(" · ").append(Ui.t("suggestion.approvedBy")).append("：").append(s.approvedBy().label()).append(' ').append(d(s.approvedOn()));
        }
        if (s.dueOn() != null) {
            sb.append(" · ").append(Ui.t("suggestion.dueOn")).append("：").append(s.dueOn());
        }
        if (s.overdue(list.asOf())) {
            sb.append(" · ").append(Ui.t("suggestion.flag.overdue", s.daysOverdue(list.asOf())));
        }
        if (s.replyOn() != null) {
            sb.append(" · ").append(Ui.t("suggestion.replyOn")).append("：").append(s.replyOn()).append(' ').append(s.adoption().label());
        }
        if (s.excellent()) {
            sb.append(" · ").append(Ui.t("suggestion.excellent")).append("（").append(s.excellentContest()).append(' ').append(s.excellentYear()).append("）");
        }
        return sb.toString();
    }

    private void updateActions(Suggestion s) {
        SuggestionStatus st = s == null ? null : s.status();
        enable("suggestion.action.save", s == null || st == SuggestionStatus.DRAFT);
        enable("suggestion.action.submit", st == SuggestionStatus.DRAFT);
        enable("suggestion.action.sendBack", st == SuggestionStatus.PENDING);
        enable("suggestion.action.sign", st == SuggestionStatus.PENDING);
        enable("suggestion.action.deliver", st == SuggestionStatus.SIGNED);
        enable("suggestion.action.receipt", st == SuggestionStatus.DELIVERED || st == SuggestionStatus.REPLIED);
        enable("suggestion.action.reply", st == SuggestionStatus.DELIVERED);
        enable("suggestion.action.close", st == SuggestionStatus.REPLIED);
        enable("suggestion.action.withdraw", st != null && st.compareTo(SuggestionStatus.DELIVERED) <= 0);
        enable("suggestion.action.excellent", s != null && s.number() != null);
        enable("suggestion.action.void", true);
        enable("suggestion.action.print", s != null);
        enable("action.history", s != null);
    }

    private void enable(String key, boolean on) {
        actions.get(key).setDisable(!on);
    }

    // ------------------------------------------------------------------ actions

    private Integer currentId() {
        return form.idProperty().get();
    }

    /** Runs a write; a refusal shows its message and changes nothing. */
    private void attempt(Runnable write) {
        try {
            write.run();
            reload(currentId());
        } catch (ValidationException e) {
            Dialogs.problem(ctx.stage(), e.getMessage());
        }
    }

    private void save() {
        if (!form.editableProperty().get()) {
            return;
        }
        try {
            int id = repo.saveDraft(form.toDraft());
            reload(id);
        } catch (ValidationException e) {
            problems.setText(e.getMessage());
            Dialogs.problem(ctx.stage(), e.getMessage());
        }
    }

    private void act(String key) {
        Integer id = currentId();
        switch (key) {
            case "suggestion.action.save" -> save();
            case "suggestion.action.submit" -> attempt(() -> {
                repo.saveDraft(form.toDraft());
                repo.submit(id);
            });
            case "suggestion.action.sendBack" -> attempt(() -> repo.sendBack(id));
            case "suggestion.action.sign" -> {
                StepDialog d = new StepDialog("suggestion.action.sign");
                ComboBox<Approver> by = d.choice("suggestion.approvedBy", Approver.values(), Approver::label, Approver.PRESIDENT);
                DatePicker on = d.date("suggestion.approvedOn", LocalDate.now());
                if (d.ok()) {
                    attempt(() -> repo.sign(id, by.getValue(), on.getValue()));
                }
            }
            case "suggestion.action.deliver" -> {
                StepDialog d = new StepDialog("suggestion.action.deliver");
                DatePicker on = d.date("suggestion.issuedOn", LocalDate.now());
                ComboBox<String> method = d.choice("suggestion.deliveryMethod", new String[] {"直接送达", "邮寄送达", "电子送达", "委托送达"},
                        x -> x, "直接送达");
                method.setEditable(true);
                CheckBox receipt = d.check("suggestion.receiptReturned", false);
                if (d.ok()) {
                    attempt(() -> repo.deliver(id, on.getValue(), method.getEditor().getText().isBlank() ? method.getValue()
                            : method.getEditor().getText(), receipt.isSelected()));
                }
            }
            case "suggestion.action.receipt" -> attempt(() -> repo.setReceiptReturned(id, !form.loadedProperty().get().receiptReturned()));
            case "suggestion.action.reply" -> {
                StepDialog d = new StepDialog("suggestion.action.reply");
                DatePicker on = d.date("suggestion.replyOn", LocalDate.now());
                ComboBox<Adoption> adoption = d.choice("suggestion.adoption", Adoption.values(), Adoption::label, Adoption.ADOPTED);
                TextArea text = d.area("suggestion.replyText");
                if (d.ok(() -> SuggestionRules.checkReply(form.loadedProperty().get(), on.getValue(), text.getText(), adoption.getValue()))) {
                    attempt(() -> repo.reply(id, on.getValue(), text.getText(), adoption.getValue()));
                }
            }
            case "suggestion.action.close" -> {
                StepDialog d = new StepDialog("suggestion.action.close");
                DatePicker on = d.date("suggestion.archivedOn", LocalDate.now());
                TextArea visit = d.area("suggestion.visitNotes");
                if (d.ok()) {
                    attempt(() -> repo.close(id, on.getValue(), visit.getText()));
                }
            }
            case "suggestion.action.withdraw" -> {
                StepDialog d = new StepDialog("suggestion.action.withdraw");
                DatePicker on = d.date("suggestion.withdrawnOn", LocalDate.now());
                TextArea reason = d.area("suggestion.withdrawReason");
                if (d.ok()) {
                    attempt(() -> repo.withdraw(id, on.getValue(), reason.getText()));
                }
            }
            case "suggestion.action.excellent" -> {
                Suggestion s = form.loadedProperty().get();
                StepDialog d = new StepDialog("suggestion.action.excellent");
                CheckBox on = d.check("suggestion.excellent", true);
                TextField contest = d.text("suggestion.excellentContest", s.excellentContest() == null ? "" : s.excellentContest());
                TextField year = d.text("suggestion.excellentYear", String.valueOf(s.excellentYear() == null ? LocalDate.now().getYear() : s.excellentYear()));
                if (d.ok()) {
                    Integer y = year.getText().strip().matches("\\d{4}") ? Integer.valueOf(year.getText().strip()) : null;
                    attempt(() -> repo.markExcellent(id, on.isSelected(), contest.getText(), y));
                }
            }
            case "suggestion.action.void" -> {
                StepDialog d = new StepDialog("suggestion.action.void");
                TextField year = d.text("suggestion.filter.year", String.valueOf(LocalDate.now().getYear()));
                TextArea reason = d.area("suggestion.voidReason");
                if (d.ok() && year.getText().strip().matches("\\d{4}")) {
                    try {
                        String n = repo.voidNumber(Integer.parseInt(year.getText().strip()), reason.getText());
                        Dialogs.info(ctx.stage(), Ui.t("suggestion.voided", n));
                    } catch (ValidationException e) {
                        Dialogs.problem(ctx.stage(), e.getMessage());
                    }
                }
            }
            case "suggestion.action.print" -> previewLetter(form.loadedProperty().get());
            case "action.history" -> HistoryDialog.show(ctx, "suggestion", id, form.titleProperty().get());
            default -> throw new IllegalStateException(key);
        }
    }

    private void previewLetter(Suggestion s) {
        List<String> names = repo.attachments(s.id()).stream().map(SuggestionRepository.AttachmentInfo::fileName).toList();
        DocumentActions.preview(ctx, Ui.t("report.suggestionLetter"), s.number() == null ? "司法建议书" : s.number(),
                () -> SuggestionLetterReport.fill(ReportService.shared(), new SettingsRepository(ctx.db()).office(), s, names));
    }

    private void previewChase(List<Suggestion> letters) {
        if (letters.isEmpty()) {
            Dialogs.info(ctx.stage(), Ui.t("suggestion.noneOverdue", LocalDate.now()));
            return;
        }
        LocalDate day = LocalDate.now();
        DocumentActions.preview(ctx, Ui.t("report.suggestionChase"), "催办函",
                () -> ChaseLetterReport.fill(ReportService.shared(), new SettingsRepository(ctx.db()).office(), letters, day),
                () -> recordChase(letters, day));
    }

    /** Once the 催办函 are saved or printed: how they are sent, recorded on each letter (reminders and history show it). */
    private void recordChase(List<Suggestion> letters, LocalDate day) {
        javafx.scene.control.ChoiceDialog<String> d = new javafx.scene.control.ChoiceDialog<>(Ui.t("suggestion.chase.byPost"),
                Ui.t("suggestion.chase.byPost"), Ui.t("suggestion.chase.byHand"), Ui.t("suggestion.chase.byFax"));
        d.initOwner(ctx.stage());
        d.getDialogPane().getButtonTypes().setAll(Dialogs.okButton(), Dialogs.cancelButton());
        d.setTitle(Ui.t("suggestion.chase.recordTitle"));
        d.setHeaderText(Ui.t("suggestion.chase.recordQuestion", letters.size(), day));
        d.showAndWait().ifPresent(method -> {
            new ChaseLogRepository(ctx.db()).record(letters.stream().map(Suggestion::id).toList(), day, method);
            reload(currentId());
        });
    }

    private void previewRegister() {
        int year = list.yearProperty().get() == null ? LocalDate.now().getYear() : list.yearProperty().get();
        previewRegister(ctx, year);
    }

    /** The register of a year, previewed (also from the reports screen). */
    public static void previewRegister(AppContext ctx, int year) {
        DocumentActions.preview(ctx, Ui.t("report.suggestionRegister"), "司法建议台账" + year,
                () -> SuggestionRegisterReport.fill(ReportService.shared(), new SettingsRepository(ctx.db()).office(),
                        new SuggestionRepository(ctx.db()), year, LocalDate.now()));
    }

    /** Chase letters for every letter overdue today (from the reports screen). */
    public static void previewChaseAll(AppContext ctx) {
        LocalDate day = LocalDate.now();
        List<Suggestion> letters = ChaseLetterReport.overdue(new SuggestionRepository(ctx.db()).list(), day);
        if (letters.isEmpty()) {
            Dialogs.info(ctx.stage(), Ui.t("suggestion.noneOverdue", day));
            return;
        }
        DocumentActions.preview(ctx, Ui.t("report.suggestionChase"), "催办函",
                () -> ChaseLetterReport.fill(ReportService.shared(), new SettingsRepository(ctx.db()).office(), letters, day));
    }

    private void addAttachment() {
        Integer id = currentId();
        if (id == null) {
            Dialogs.problem(ctx.stage(), Ui.t("suggestion.attachment.saveFirst"));
            return;
        }
        File f = new FileChooser().showOpenDialog(ctx.stage());
        if (f == null) {
            return;
        }
        if (f.length() > SuggestionRepository.MAX_ATTACHMENT_BYTES) {
            Dialogs.problem(ctx.stage(), Ui.t("suggestion.attachmentTooLarge", f.getName(),
                    String.format(java.util.Locale.ROOT, "%.1f", f.length() / 1024.0 / 1024.0), SuggestionRepository.MAX_ATTACHMENT_BYTES / 1024 / 1024));
            return;
        }
        attempt(() -> {
            try {
                repo.addAttachment(id, f.getName(), Files.readAllBytes(f.toPath()));
            } catch (java.io.IOException e) {
                throw new ValidationException(Problem.ofField("attachments", e.getMessage()));
            }
        });
    }

    private void saveAttachment() {
        SuggestionRepository.AttachmentInfo a = attachments.getSelectionModel().getSelectedItem();
        if (a == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(a.fileName());
        File f = chooser.showSaveDialog(ctx.stage());
        if (f != null) {
            try {
                Files.write(f.toPath(), repo.attachmentContent(a.id()));
            } catch (java.io.IOException e) {
                Dialogs.error(ctx.stage(), e);
            }
        }
    }

    private void removeAttachment() {
        SuggestionRepository.AttachmentInfo a = attachments.getSelectionModel().getSelectedItem();
        if (a != null && Dialogs.confirm(ctx.stage(), Ui.t("suggestion.attachment.removeConfirm", a.fileName()))) {
            attempt(() -> repo.removeAttachment(a.id()));
        }
    }

    /** A small dialog of labelled fields with OK and Cancel; field ids are suggestion.dialog.&lt;key&gt;. */
    private final class StepDialog {
        private final Dialog<ButtonType> dialog = new Dialog<>();
        private final ButtonType okType;
        private final GridPane grid = new GridPane();
        private int row;

        StepDialog(String titleKey) {
            dialog.initOwner(ctx.stage());
            dialog.setTitle(Ui.t(titleKey));
            dialog.setHeaderText(Ui.t(titleKey));
            grid.setHgap(8);
            grid.setVgap(8);
            dialog.getDialogPane().setContent(grid);
            okType = Dialogs.okCancel(dialog);
            dialog.getDialogPane().lookupButton(okType).setId("suggestion.dialog.ok");
            dialog.getDialogPane().setId("suggestion.dialog");
        }

        private <T extends Node> T add(String key, T node) {
            node.setId("suggestion.dialog." + key.substring(key.indexOf('.') + 1));
            grid.addRow(row++, new Label(Ui.t(key)), node);
            return node;
        }

        DatePicker date(String key, LocalDate value) {
            return add(key, DateFields.picker(key, value));
        }

        <T> ComboBox<T> choice(String key, T[] values, Function<T, String> label, T value) {
            ComboBox<T> box = new ComboBox<>();
            box.getItems().addAll(values);
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(T v) {
                    return v == null ? "" : label.apply(v);
                }

                @Override
                public T fromString(String s) {
                    return box.getItems().stream().filter(v -> label.apply(v).equals(s)).findFirst().orElse(null);
                }
            });
            box.setValue(value);
            return add(key, box);
        }

        CheckBox check(String key, boolean value) {
            CheckBox c = new CheckBox();
            c.setSelected(value);
            return add(key, c);
        }

        TextField text(String key, String value) {
            return add(key, new TextField(value));
        }

        TextArea area(String key) {
            TextArea a = new TextArea();
            a.setPrefRowCount(3);
            a.setWrapText(true);
            return add(key, a);
        }

        boolean ok() {
            return ok(List::of);
        }

        /** Shows the dialog; OK is refused while {@code check} finds problems, shown in the dialog naming the field. */
        boolean ok(java.util.function.Supplier<List<Problem>> check) {
            Label problems = new Label();
            problems.setId("suggestion.dialog.problems");
            problems.setWrapText(true);
            problems.setStyle("-fx-text-fill: #b00020;");
            grid.add(problems, 0, row++, 2, 1);
            dialog.getDialogPane().lookupButton(okType).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
                List<Problem> found = check.get();
                if (!found.isEmpty()) {
                    problems.setText(found.stream().map(Problem::message).collect(java.util.stream.Collectors.joining("\n")));
                    e.consume();
                }
            });
            return dialog.showAndWait().filter(b -> b == okType).isPresent();
        }
    }
}
