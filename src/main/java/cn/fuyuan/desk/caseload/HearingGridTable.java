package cn.fuyuan.desk.caseload;

import cn.fuyuan.desk.ui.Ui;
import cn.fuyuan.desk.caseload.HearingGridViewModel.Entry;
import java.util.Arrays;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.StringConverter;

/** The editable quick-entry grid of appearance results (one row per hearing × defendant), used by the hearing-day tab and the case form. */
final class HearingGridTable {
    private HearingGridTable() {
    }

    static TableView<Entry> create(String id, ObservableList<Entry> entries, boolean withDate, int lateDays) {
        TableView<Entry> t = new TableView<>(entries);
        t.setId(id);
        t.setEditable(true);
        t.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        if (withDate) {
            t.getColumns().add(readOnly("caseload.col.time", 125, e -> e.row.date() + (e.row.time() == null ? "" : " " + e.row.time())));
        } else {
            t.getColumns().add(readOnly("caseload.col.hearingDate", 90, e -> e.row.date().toString()));
        }
        t.getColumns().add(readOnly("caseload.col.caseNumber", 180, e -> e.row.caseNumber()));
        t.getColumns().add(readOnly("caseload.col.defendant", 170, e -> e.row.appearance().agencyName()));
        t.getColumns().add(readOnly("caseload.col.notice", 110, e -> notice(e, lateDays)));

        TableColumn<Entry, Boolean> appeared = new TableColumn<>(Ui.t("caseload.col.appeared"));
        appeared.setId("grid.appeared");
        appeared.setCellValueFactory(c -> c.getValue().appeared);
        appeared.setCellFactory(ComboBoxTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(Boolean b) {
                return b == null ? "—" : b ? Ui.t("caseload.yes") : Ui.t("caseload.no");
            }

            @Override
            public Boolean fromString(String s) {
                return Ui.t("caseload.yes").equals(s) ? Boolean.TRUE : Ui.t("caseload.no").equals(s) ? Boolean.FALSE : null;
            }
        }, Boolean.TRUE, Boolean.FALSE));
        appeared.setPrefWidth(80);
        t.getColumns().add(appeared);
        t.getColumns().add(text("caseload.col.headName", 80, e -> e.headName));
        t.getColumns().add(text("caseload.col.headTitle", 80, e -> e.headTitle));
        t.getColumns().add(choice("caseload.col.rank", 90, e -> e.rank, HeadRank.values(), HeadRank::label));
        t.getColumns().add(check("caseload.col.spoke", 50, e -> e.spoke));
        t.getColumns().add(text("caseload.col.staff", 120, e -> e.staff));
        t.getColumns().add(choice("caseload.col.reason", 150, e -> e.reason, AbsenceReason.values(), AbsenceReason::label));
        t.getColumns().add(check("caseload.col.explanation", 70, e -> e.explanation));
        t.getColumns().add(text("caseload.col.evaluation", 160, e -> e.evaluation));
        t.setPlaceholder(new javafx.scene.control.Label(Ui.t("caseload.noHearings")));
        return t;
    }

    static String notice(Entry e, int lateDays) {
        Appearance a = e.row.appearance();
        if (a.noticeServed() == null) {
            return a.noticeRequired() ? Ui.t("caseload.notice.missing") : "—";
        }
        return a.noticeServed() + (e.lateNotice(lateDays) ? " " + Ui.t("caseload.notice.late") : "");
    }

    private static TableColumn<Entry, String> readOnly(String key, double width, Function<Entry, String> f) {
        TableColumn<Entry, String> c = new TableColumn<>(Ui.t(key));
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(f.apply(x.getValue())));
        c.setEditable(false);
        c.setPrefWidth(width);
        return c;
    }

    private static TableColumn<Entry, String> text(String key, double width, Function<Entry, javafx.beans.property.StringProperty> f) {
        TableColumn<Entry, String> c = new TableColumn<>(Ui.t(key));
        c.setId("grid." + key.substring(key.lastIndexOf('.') + 1));
        c.setCellValueFactory(x -> f.apply(x.getValue()));
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setPrefWidth(width);
        return c;
    }

    private static TableColumn<Entry, Boolean> check(String key, double width, Function<Entry, javafx.beans.property.BooleanProperty> f) {
        TableColumn<Entry, Boolean> c = new TableColumn<>(Ui.t(key));
        c.setId("grid." + key.substring(key.lastIndexOf('.') + 1));
        c.setCellValueFactory(x -> f.apply(x.getValue()));
        c.setCellFactory(CheckBoxTableCell.forTableColumn(c));
        c.setPrefWidth(width);
        return c;
    }

    @SuppressWarnings("unchecked")
    private static <E> TableColumn<Entry, E> choice(String key, double width, Function<Entry, ObservableValue<E>> f, E[] values,
                                                    Function<E, String> label) {
        TableColumn<Entry, E> c = new TableColumn<>(Ui.t(key));
        c.setId("grid." + key.substring(key.lastIndexOf('.') + 1));
        c.setCellValueFactory(x -> f.apply(x.getValue()));
        ObservableList<E> items = FXCollections.observableArrayList(Arrays.asList(values));
        items.add(0, null);
        c.setCellFactory(ComboBoxTableCell.forTableColumn(new StringConverter<E>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : label.apply(e);
            }

            @Override
            public E fromString(String s) {
                return items.stream().filter(x -> x != null && label.apply(x).equals(s)).findFirst().orElse(null);
            }
        }, items));
        c.setPrefWidth(width);
        return c;
    }
}
