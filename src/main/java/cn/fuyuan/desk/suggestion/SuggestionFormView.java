package cn.fuyuan.desk.suggestion;

import cn.fuyuan.desk.agency.Agency;
import cn.fuyuan.desk.store.Problem;
import cn.fuyuan.desk.ui.ReadOnlyLook;
import cn.fuyuan.desk.ui.Ui;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The letter form bound to a {@link SuggestionFormViewModel}: the state line, the fields, the problem ↔ suggestion
 * pairs and the live problems. Past 起草 the fields are read-only and look so.
 */
final class SuggestionFormView {
    private final SuggestionFormViewModel form;
    private final GridPane grid = new GridPane();
    private final Label status = new Label();
    private final Label problems = new Label();
    private final VBox pairsBox = new VBox(6);
    private int row;

    SuggestionFormView(SuggestionFormViewModel form) {
        this.form = form;
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        status.setId("suggestion.form.status");
        status.setWrapText(true);
        grid.add(status, 0, row++, 2, 1);
        TextField title = text("suggestion.form.title", form.titleProperty());
        title.setPromptText(Ui.t("suggestion.title.prompt"));
        GridPane.setHgrow(title, Priority.ALWAYS);
        addRow("suggestion.title", title);
        ComboBox<SuggestionKind> kind = new ComboBox<>();
        kind.setId("suggestion.form.kind");
        kind.getItems().addAll(SuggestionKind.values());
        kind.setConverter(converter(SuggestionKind::label));
        kind.valueProperty().bindBidirectional(form.kindProperty());
        addRow("suggestion.kind", kind);
        ComboBox<Agency> recipient = new ComboBox<>(form.directory());
        recipient.setId("suggestion.form.recipient");
        recipient.setConverter(converter(Agency::name));
        recipient.valueProperty().bindBidirectional(form.recipientProperty());
        recipient.setMaxWidth(Double.MAX_VALUE);
        addRow("suggestion.recipient", recipient);
        TextField cases = text("suggestion.form.cases", form.casesProperty());
        cases.setPromptText(Ui.t("suggestion.cases.prompt"));
        addRow("suggestion.caseNumbers", cases);
        TextField cc = text("suggestion.form.cc", form.ccProperty());
        cc.setPromptText(Ui.t("suggestion.cc.prompt"));
        addRow("suggestion.cc", cc);
        TextArea background = area("suggestion.form.background", form.backgroundProperty(), 3);
        background.setPromptText(Ui.t("suggestion.background.prompt"));
        addRow("suggestion.background", background);
        pairsBox.setId("suggestion.form.pairs");
        form.pairs().addListener((ListChangeListener<SuggestionFormViewModel.Pair>) c -> rebuildPairs());
        Button addPair = Ui.button("suggestion.form.addPair", form::addPair);
        addPair.disableProperty().bind(form.editableProperty().not());
        addRow("suggestion.items", new VBox(6, pairsBox, addPair));
        Spinner<Integer> months = new Spinner<>(SuggestionRules.MIN_MONTHS, SuggestionRules.MAX_MONTHS, 2);
        months.setId("suggestion.form.months");
        months.getValueFactory().valueProperty().addListener((o, a, b) -> form.replyMonthsProperty().set(b));
        form.replyMonthsProperty().addListener((o, a, b) -> months.getValueFactory().setValue(b.intValue()));
        addRow("suggestion.replyMonths", months);
        addRow("suggestion.contactPerson", text("suggestion.form.contactPerson", form.contactPersonProperty()));
        addRow("suggestion.contactPhone", text("suggestion.form.contactPhone", form.contactPhoneProperty()));
        addRow("suggestion.drafter", text("suggestion.form.drafter", form.drafterProperty()));
        addRow("suggestion.notes", text("suggestion.form.notes", form.notesProperty()));
        for (Control c : List.of(kind, recipient, months)) {
            c.disableProperty().bind(form.editableProperty().not());
        }
        problems.setId("suggestion.form.problems");
        problems.setWrapText(true);
        problems.setStyle("-fx-text-fill: #b00020;");
        grid.add(problems, 0, row++, 2, 1);
        for (Observable o : List.of(form.titleProperty(), form.casesProperty(), form.ccProperty(), form.kindProperty(),
                form.replyMonthsProperty())) {
            o.addListener(x -> showProblems(form.problems()));
        }
        rebuildPairs();
    }

    Node node() {
        return grid;
    }

    /** Adds a part below the fields (the workflow's buttons, the attachments), across the form or beside a label. */
    void addBelow(String labelKey, Node part) {
        if (labelKey == null) {
            grid.add(part, 0, row++, 2, 1);
        } else {
            addRow(labelKey, part);
        }
    }

    /** The state line of the letter shown (or 新建), the problems cleared. */
    void showLetter(Suggestion s, LocalDate asOf) {
        status.setText(s == null ? Ui.t("suggestion.form.new") : SuggestionFormViewModel.stateLine(s, asOf));
        problems.setText("");
    }

    void showProblems(String text) {
        problems.setText(text);
    }

    private void showProblems(List<Problem> found) {
        problems.setText(found.stream().map(Problem::message).collect(Collectors.joining("\n")));
    }

    private void addRow(String labelKey, Node field) {
        Label l = new Label(Ui.t(labelKey));
        l.setMinWidth(Control.USE_PREF_SIZE);
        grid.addRow(row++, l, field);
    }

    private TextField text(String id, StringProperty p) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(p);
        ReadOnlyLook.bind(form.editableProperty(), t);
        return t;
    }

    private TextArea area(String id, StringProperty p, int rows) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        a.textProperty().bindBidirectional(p);
        ReadOnlyLook.bind(form.editableProperty(), a);
        return a;
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
            TextArea problem = area("suggestion.form.problem." + (i + 1), p.problemProperty(), 2);
            problem.setPromptText(Ui.t("suggestion.problem"));
            TextArea advice = area("suggestion.form.advice." + (i + 1), p.adviceProperty(), 2);
            advice.setPromptText(Ui.t("suggestion.advice"));
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
}
