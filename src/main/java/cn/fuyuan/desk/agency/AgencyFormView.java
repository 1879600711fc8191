package cn.fuyuan.desk.agency;

import cn.fuyuan.desk.settings.RefItem;
import cn.fuyuan.desk.store.Problem;
import cn.fuyuan.desk.ui.Ui;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/** The agency form bound to an {@link AgencyFormViewModel}, validated as you type; its buttons run the view's actions. */
final class AgencyFormView {
    /** What the form's buttons do (the section view owns the list and the refusals). */
    interface Actions {
        void onNew();

        void onSave();

        void remove();

        void history();
    }

    private final AgencyFormViewModel form;
    final TextField name = new TextField();
    final ComboBox<RefItem> region = new ComboBox<>();
    final ComboBox<RefItem> field = new ComboBox<>();
    final Label status = new Label();
    final Button save;
    private final ValidationSupport validation = new ValidationSupport();
    private final VBox root;

    AgencyFormView(AgencyFormViewModel form, Actions actions) {
        this.form = form;
        name.setId("agency.form.name");
        name.textProperty().bindBidirectional(form.nameProperty());
        TextField shortName = text("agency.form.shortName", form.shortNameProperty());
        region.setId("agency.form.region");
        region.valueProperty().bindBidirectional(form.regionProperty());
        field.setId("agency.form.field");
        field.valueProperty().bindBidirectional(form.fieldProperty());
        ComboBox<AgencyLevel> level = new ComboBox<>();
        level.setId("agency.form.level");
        level.getItems().setAll(AgencyLevel.values());
        level.setConverter(new StringConverter<>() {
            @Override
            public String toString(AgencyLevel l) {
                return l == null ? "" : Ui.t(l.messageKey());
            }

            @Override
            public AgencyLevel fromString(String s) {
                return null;
            }
        });
        level.valueProperty().bindBidirectional(form.levelProperty());
        TextField head = text("agency.form.headName", form.headNameProperty());
        TextField title = text("agency.form.headTitle", form.headTitleProperty());
        TextField phone = text("agency.form.phone", form.phoneProperty());
        CheckBox active = new CheckBox(Ui.t("agency.active"));
        active.selectedProperty().bindBidirectional(form.activeProperty());
        for (ComboBox<?> c : List.of(region, field, level)) {
            c.setMaxWidth(Double.MAX_VALUE);
        }

        validate(name, "name");
        validate(level, "level");
        validate(phone, "phone");

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        // the labels take the width they need (English ones are longer), the fields the rest
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(labels, new ColumnConstraints(150, 210, Double.MAX_VALUE, Priority.ALWAYS, null, true));
        int r = 0;
        grid.addRow(r++, required("agency.name"), name);
        grid.addRow(r++, new Label(Ui.t("agency.shortName")), shortName);
        grid.addRow(r++, new Label(Ui.t("agency.region")), region);
        grid.addRow(r++, new Label(Ui.t("agency.field")), field);
        grid.addRow(r++, required("agency.level"), level);
        grid.addRow(r++, new Label(Ui.t("agency.headName")), head);
        grid.addRow(r++, new Label(Ui.t("agency.headTitle")), title);
        grid.addRow(r++, new Label(Ui.t("agency.phone")), phone);
        grid.addRow(r++, new Label(), active);

        Button newButton = Ui.button("action.new", "shortcut.new", actions::onNew);
        save = Ui.button("action.save", "shortcut.save", actions::onSave);
        save.disableProperty().bind(form.validProperty().not().or(form.dirtyProperty().not()));
        Button remove = Ui.button("agency.remove", actions::remove);
        remove.disableProperty().bind(form.idProperty().isNull());
        Button history = Ui.button("action.history", actions::history);
        history.disableProperty().bind(form.idProperty().isNull());
        status.setId("agency.form.status");
        status.setWrapText(true);
        Label problems = new Label();
        problems.setId("agency.form.problems");
        problems.setWrapText(true);
        problems.setStyle("-fx-text-fill: #b00020;");
        problems.visibleProperty().bind(form.dirtyProperty().or(form.idProperty().isNotNull()));
        problems.textProperty().bind(Bindings.createStringBinding(
                () -> form.problems().stream().map(Problem::message).collect(Collectors.joining("\n")), form.problems()));
        // the buttons wrap to a second line rather than shrink to "…" when the form is narrow
        FlowPane buttons = new FlowPane(8, 8, newButton, save, remove, history);
        buttons.setPadding(new Insets(0, 0, 8, 8));
        root = new VBox(8, Ui.title("agency.form.title"), grid, buttons, problems, status);
        root.setPadding(new Insets(0, 0, 0, 12));
    }

    Node node() {
        return root;
    }

    /** Shows the agency (or an empty form) with the regions and fields now offered; the status line cleared. */
    void load(Agency a) {
        form.load(a, region.getItems(), field.getItems());
        status.setText("");
    }

    private static Label required(String key) {
        return new Label(Ui.t(key) + " *");
    }

    private static TextField text(String id, StringProperty p) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(p);
        return t;
    }

    private void validate(Control c, String fieldId) {
        validation.registerValidator(c, false, (Control ctl, Object v) -> {
            form.validate();
            return form.problemOf(fieldId)
                    .map(m -> ValidationResult.fromMessageIf(ctl, m, Severity.ERROR, true))
                    .orElseGet(ValidationResult::new);
        });
    }
}
