package cn.fuyuan.desk.suggestion;

import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.Cells;
import cn.fuyuan.desk.ui.DirtyForm;
import cn.fuyuan.desk.ui.Ui;
import cn.fuyuan.desk.ui.UnsavedChanges;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The 登记 tab: the filters and the search, the year's figures, the letters' table beside the letter form. */
final class SuggestionRegisterView {
    private final AppContext ctx;
    private final SuggestionListViewModel list;
    private final TableView<Suggestion> table = new TableView<>();
    private final ComboBox<Integer> yearBox = new ComboBox<>();
    private final ComboBox<String> fieldBox = new ComboBox<>();
    private final Label figures = new Label();
    private final VBox root;

    SuggestionRegisterView(AppContext ctx, SuggestionListViewModel list, DirtyForm unsaved, Node formPane,
            Runnable newLetter, Consumer<Suggestion> select, Function<Suggestion, Boolean> shownInForm) {
        this.ctx = ctx;
        this.list = list;
        TextField search = new TextField();
        search.setId("suggestion.search");
        search.setPromptText(Ui.t("suggestion.search.prompt"));
        search.textProperty().bindBidirectional(list.searchProperty());
        yearBox.setId("suggestion.filter.year");
        yearBox.setPromptText(Ui.t("suggestion.filter.year"));
        yearBox.valueProperty().bindBidirectional(list.yearProperty());
        ComboBox<SuggestionStatus> statusBox = choice("suggestion.filter.status", List.of(SuggestionStatus.values()), SuggestionStatus::label);
        statusBox.valueProperty().bindBidirectional(list.statusProperty());
        ComboBox<Adoption> adoptionBox = choice("suggestion.filter.adoption", List.of(Adoption.values()), Adoption::label);
        adoptionBox.valueProperty().bindBidirectional(list.adoptionProperty());
        TextField recipient = new TextField();
        recipient.setPromptText(Ui.t("suggestion.recipient"));
        recipient.setPrefColumnCount(8);
        recipient.textProperty().bindBidirectional(list.recipientProperty());
        fieldBox.setPromptText(Ui.t("suggestion.filter.field"));
        fieldBox.valueProperty().addListener((o, a, b) -> list.fieldProperty().set(b == null ? "" : b));
        CheckBox overdue = new CheckBox(Ui.t("suggestion.filter.overdue"));
        overdue.setId("suggestion.filter.overdue");
        overdue.selectedProperty().bindBidirectional(list.overdueOnlyProperty());
        CheckBox soon = new CheckBox(Ui.t("suggestion.filter.dueSoon"));
        soon.selectedProperty().bindBidirectional(list.dueSoonOnlyProperty());
        javafx.scene.control.Button clearFilters = Ui.button("suggestion.filter.clear", () -> {
            yearBox.setValue(null);
            statusBox.setValue(null);
            adoptionBox.setValue(null);
            recipient.setText("");
            fieldBox.setValue(null);
            overdue.setSelected(false);
            soon.setSelected(false);
            search.setText("");
        });
        FlowPane filters = new FlowPane(8, 6, Ui.button("suggestion.new", newLetter), search, yearBox, statusBox,
                adoptionBox, recipient, fieldBox, overdue, soon, clearFilters,
                Ui.button("suggestion.print.register", () -> SuggestionDocuments.previewRegister(ctx, year())));
        figures.setId("suggestion.figures");
        list.shown().addListener((ListChangeListener<Suggestion>) c -> showFigures());
        list.yearProperty().addListener(o -> showFigures());

        table.setId("suggestion.table");
        table.setItems(list.shown());
        SuggestionTable.columns(table, list, false);
        UnsavedChanges.guardSelection(table, unsaved, ctx::stage, s -> {
            if (!shownInForm.apply(s)) {
                select.accept(s);
            }
        });
        table.setPlaceholder(new Label(Ui.t("suggestion.none")));
        SplitPane split = new SplitPane(table, formPane);
        split.setDividerPositions(0.5);
        VBox.setVgrow(split, Priority.ALWAYS);
        root = new VBox(8, filters, figures, split);
        root.setPadding(new Insets(8, 0, 0, 0));
    }

    Node node() {
        return root;
    }

    /** After the letters are read again: the years and fields offered (the choices kept), the figures. */
    void loaded(List<String> fields) {
        Integer keep = yearBox.getValue();
        yearBox.getItems().setAll(Cells.withNull(list.years()));
        yearBox.setValue(keep);
        String keepField = fieldBox.getValue();
        fieldBox.getItems().setAll(fields);
        fieldBox.getItems().add(0, "");
        fieldBox.setValue(keepField);
        showFigures();
    }

    /** The letters as shown (the filters in words), for 文件→导出 / 打印. */
    cn.fuyuan.desk.ui.ListExport.Shown shown() {
        return new cn.fuyuan.desk.ui.ListExport.Shown(Ui.t("suggestion.tab.register"), "suggestions", table, this::filterInWords);
    }

    private String filterInWords() {
        return new cn.fuyuan.desk.ui.ListExport.FilterWords().searched(list.searchProperty().get())
                .field(Ui.t("suggestion.filter.year"), list.yearProperty().get())
                .field(Ui.t("suggestion.filter.status"), list.statusProperty().get() == null ? null : list.statusProperty().get().label())
                .field(Ui.t("suggestion.filter.adoption"), list.adoptionProperty().get() == null ? null : list.adoptionProperty().get().label())
                .field(Ui.t("suggestion.recipient"), list.recipientProperty().get())
                .field(Ui.t("suggestion.filter.field"), list.fieldProperty().get())
                .flag(list.overdueOnlyProperty().get(), Ui.t("suggestion.filter.overdue"))
                .flag(list.dueSoonOnlyProperty().get(), Ui.t("suggestion.filter.dueSoon"))
                .toString();
    }

    /** Marks the letter in the table (or nothing, for a new letter). */
    void showSelected(Suggestion s) {
        if (s == null) {
            table.getSelectionModel().clearSelection();
        } else {
            list.shown().stream().filter(x -> x.id() == s.id()).findFirst().ifPresent(x -> table.getSelectionModel().select(x));
        }
    }

    private int year() {
        return list.yearProperty().get() == null ? LocalDate.now().getYear() : list.yearProperty().get();
    }

    private void showFigures() {
        SuggestionStats.Figures f = list.figures();
        int y = list.yearProperty().get() == null ? list.asOf().getYear() : list.yearProperty().get();
        figures.setText(Ui.t("suggestion.figuresLine", String.valueOf(y), f.issued(), f.replied(), f.onTime(), f.overdue(),
                f.adopted(), f.partlyAdopted(), f.notAdopted(), f.replyRate() == null ? "—" : f.replyRate() + "%"));
    }

    private static <T> ComboBox<T> choice(String id, List<T> values, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(Cells.withNull(values));
        box.setPromptText(Ui.t(id));
        box.setConverter(Cells.converter("suggestion.filter.all", label));
        return box;
    }
}
