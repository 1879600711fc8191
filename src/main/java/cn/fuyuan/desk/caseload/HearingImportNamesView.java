package cn.fuyuan.desk.caseload;

import static cn.fuyuan.desk.caseload.HearingImportTable.fitRows;
import static cn.fuyuan.desk.caseload.HearingImportTable.text;

import cn.fuyuan.desk.caseload.HearingImportTable.ComboCell;
import cn.fuyuan.desk.caseload.HearingImportViewModel.Choice;
import cn.fuyuan.desk.caseload.HearingImportViewModel.UnknownName;
import cn.fuyuan.desk.ui.Ui;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Page 2 of {@link HearingImportDialog}: the unknown agencies and courts (name, kind, existing name or 新增). */
final class HearingImportNamesView {
    private final HearingImportViewModel vm;

    HearingImportNamesView(HearingImportViewModel vm) {
        this.vm = vm;
    }

    Node node() {
        Label what = new Label(Ui.t("caseload.mapping.names"));
        what.setWrapText(true);
        TableView<UnknownName> table = new TableView<>(vm.unknownNames());
        table.setId("import.mapping.names");
        table.getColumns().add(text(Ui.t("caseload.mapping.col.name"), 240, u -> u.name));
        table.getColumns().add(text(Ui.t("caseload.mapping.col.kind"), 100, u -> Ui.t(u.kind.equals(HearingImport.COURT)
                ? "caseload.mapping.kind.court" : "caseload.mapping.kind.agency")));
        TableColumn<UnknownName, UnknownName> choice = new TableColumn<>(Ui.t("caseload.mapping.col.choice"));
        choice.setPrefWidth(320);
        choice.setSortable(false);
        choice.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(x.getValue()));
        choice.setCellFactory(col -> new ComboCell<UnknownName, Choice>(u -> u.choice, u -> u.choices,
                u -> "import.mapping.choice-" + u.name, c -> c == null ? "" : c.add() ? Ui.t("caseload.mapping.add", c.name()) : c.name(), null,
                true)); // the whole directory to choose from: typing filters it
        table.getColumns().add(choice);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        vm.unknownNames().addListener((ListChangeListener<UnknownName>) ch -> fitRows(table, vm.unknownNames().size()));
        VBox box = new VBox(8, what, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }
}
