package cn.fuyuan.desk.agency;

import cn.fuyuan.desk.ui.Cells;
import cn.fuyuan.desk.ui.Ui;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.controlsfx.control.table.TableFilter;

/** The directory's table: the agencies' columns (在用 only while inactive ones are shown) and the column filters. */
final class AgencyTable {
    private AgencyTable() {
    }

    static TableView<Agency> create(AgencyListViewModel list, ObservableBooleanValue showInactive) {
        TableView<Agency> table = new TableView<>();
        table.setId("agency.table");
        table.getColumns().add(Cells.column("agency.name", 205, Agency::name));
        table.getColumns().add(Cells.column("agency.shortName", 110, Agency::shortName));
        table.getColumns().add(Cells.column("agency.region", 80, Agency::regionName));
        table.getColumns().add(Cells.column("agency.field", 72, Agency::fieldName));
        table.getColumns().add(Cells.column("agency.level", 56, a -> Ui.t(a.level().messageKey())));
        table.getColumns().add(Cells.column("agency.headName", 85, Agency::headName));
        table.getColumns().add(Cells.column("agency.phone", 105, Agency::phone));
        TableColumn<Agency, String> active = Cells.column("agency.active", 48, a -> a.active() ? Ui.t("common.yes") : Ui.t("common.no"));
        // every row is in use unless inactive ones are shown: the column only says something then
        active.visibleProperty().bind(showInactive);
        table.getColumns().add(active);
        table.setItems(list.shown());
        table.setPlaceholder(new Label(Ui.t("agency.none")));
        TableFilter.forTableView(table).lazy(true).apply();
        return table;
    }
}
