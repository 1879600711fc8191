package cn.fuyuan.desk.caseload;

import static cn.fuyuan.desk.caseload.HearingImportTable.fitRows;
import static cn.fuyuan.desk.caseload.HearingImportTable.text;

import cn.fuyuan.desk.caseload.HearingImportTable.ComboCell;
import cn.fuyuan.desk.caseload.HearingImportViewModel.Column;
import cn.fuyuan.desk.importing.TabularFile;
import cn.fuyuan.desk.store.Problem;
import cn.fuyuan.desk.ui.Ui;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Page 1 of {@link HearingImportDialog}: the file's columns (header, sample, what it is imported as) and their problems. */
final class HearingImportColumnsView {
    private final HearingImportViewModel vm;
    private final TabularFile.Content content;

    HearingImportColumnsView(HearingImportViewModel vm, TabularFile.Content content) {
        this.vm = vm;
        this.content = content;
    }

    Node node() {
        Label what = new Label(Ui.t("caseload.mapping.columns", content.file() == null ? "" : content.file().getFileName(), vm.rowCount()));
        what.setWrapText(true);
        TableView<Column> table = new TableView<>(vm.columns());
        table.setId("import.mapping.columns");
        table.getColumns().add(text(Ui.t("caseload.mapping.col.header"), 200, c -> c.header));
        table.getColumns().add(text(Ui.t("caseload.mapping.col.sample"), 260, c -> c.sample));
        List<String> targets = new ArrayList<>();
        targets.add(null);
        targets.addAll(HearingImport.HEADERS);
        TableColumn<Column, Column> target = new TableColumn<>(Ui.t("caseload.mapping.col.target"));
        target.setPrefWidth(230);
        target.setSortable(false);
        target.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(x.getValue()));
        target.setCellFactory(col -> new ComboCell<Column, String>(c -> c.target, c -> targets, c -> "import.mapping.target-" + c.header,
                t -> t == null ? Ui.t("caseload.mapping.ignore") : HearingImport.REQUIRED_HEADERS.contains(t) ? t + " *" : t,
                Ui.t("caseload.mapping.ignore"), false) {
            private final ListChangeListener<Problem> restyle = ch -> style();
            private Column shown;

            @Override
            protected void updateItem(Column item, boolean empty) {
                super.updateItem(item, empty);
                if (shown != null) {
                    vm.problems().removeListener(restyle);
                }
                shown = empty ? null : item;
                if (shown != null) {
                    vm.problems().addListener(restyle);
                }
                style();
            }

            private void style() {
                String problem = shown == null ? null : vm.problemOf(shown.header).orElse(null);
                combo.setStyle(problem == null ? "" : "-fx-border-color: #b00020; -fx-border-width: 1.5;");
                combo.setTooltip(problem == null ? null : new Tooltip(problem));
            }
        });
        table.getColumns().add(target);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        fitRows(table, vm.columns().size());
        Label problems = new Label();
        problems.setId("import.mapping.problems");
        problems.setWrapText(true);
        problems.setStyle("-fx-text-fill: #b00020;");
        problems.textProperty().bind(Bindings.createStringBinding(
                () -> vm.problems().stream().map(Problem::message).distinct().collect(Collectors.joining("\n")), vm.problems()));
        problems.managedProperty().bind(problems.textProperty().isNotEmpty());
        problems.setMinHeight(Region.USE_PREF_SIZE); // the table gives way, not the message or the buttons
        VBox box = new VBox(8, what, table, problems);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }
}
