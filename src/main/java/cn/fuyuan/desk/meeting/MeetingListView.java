package cn.fuyuan.desk.meeting;

import static cn.fuyuan.desk.meeting.EditorTable.converter;

import cn.fuyuan.desk.ui.Cells;
import cn.fuyuan.desk.ui.DirtyForm;
import cn.fuyuan.desk.ui.UnsavedChanges;
import cn.fuyuan.desk.ui.Ui;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.textfield.TextFields;

/** The meeting list: search, year / kind / unit filters, the meetings; choosing one asks the form first when it holds changes. */
final class MeetingListView {
    private final MeetingListViewModel list;
    private final TableView<Meeting> table = new TableView<>();
    private final TextField search = TextFields.createClearableTextField();
    private final ComboBox<Integer> yearFilter = new ComboBox<>();
    private final ComboBox<MeetingKind> kindFilter = new ComboBox<>();
    private final ComboBox<String> unitFilter = new ComboBox<>();
    private final Node root;
    /** A meeting asked for before the list was read (the section opened from the search): chosen once it is. */
    private Integer pending;

    MeetingListView(MeetingListViewModel list, DirtyForm unsaved, Supplier<Window> owner, Consumer<Meeting> load) {
        this.list = list;
        table.setId("meeting.table");
        table.getColumns().add(Cells.column("meeting.number", 90, Meeting::number));
        table.getColumns().add(Cells.column("meeting.heldAt", 90, m -> m.heldAt().toLocalDate().toString()));
        table.getColumns().add(Cells.column("meeting.title", 220, Meeting::title));
        table.getColumns().add(Cells.column("meeting.kind", 70, m -> m.kind().label()));
        table.getColumns().add(Cells.column("meeting.state", 80, m -> m.state().label()));
        table.setItems(list.shown());
        UnsavedChanges.guardSelection(table, unsaved, owner, load);
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
        root = left;
    }

    Node node() {
        return root;
    }

    /** The meetings as shown (the filters in words), for 文件→导出 / 打印. */
    cn.fuyuan.desk.ui.ListExport.Shown shown() {
        return new cn.fuyuan.desk.ui.ListExport.Shown(Ui.t("nav.meetings"), "meetings", table, this::filterInWords);
    }

    private String filterInWords() {
        return new cn.fuyuan.desk.ui.ListExport.FilterWords().searched(search.getText())
                .field(Ui.t("meeting.filter.year"), yearFilter.getValue())
                .field(Ui.t("meeting.kind"), kindFilter.getValue() == null ? null : kindFilter.getValue().label())
                .field(Ui.t("meeting.filter.unit"), unitFilter.getValue())
                .toString();
    }

    void focusSearch() {
        search.requestFocus();
    }

    Meeting selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    void clearSelection() {
        table.getSelectionModel().clearSelection();
    }

    /**
     * Lets go of the meetings when the section is left (1,700 with their attendees and items at a city's scale): the
     * filters stay as they are, and the meeting chosen is chosen again by the next {@link #show}.
     */
    void release() {
        Meeting keep = selected();
        if (keep != null) {
            released = keep.id();
        }
        list.show(List.of());
    }

    /** The meeting chosen when the list was let go, chosen again when it is read. */
    private Integer released;

    /** Shows the meetings read in the background; the meeting chosen before (or {@code choose}, if given) stays chosen. */
    void show(List<Meeting> meetings, Integer choose) {
        Meeting keep = selected();
        Integer id = choose != null ? choose : keep != null ? keep.id() : released;
        released = null;
        list.show(meetings);
        yearFilter.getItems().setAll(list.years());
        unitFilter.getItems().setAll(list.units());
        if (id != null) {
            list.shown().stream().filter(m -> m.id().equals(id)).findFirst().ifPresent(m -> table.getSelectionModel().select(m));
        }
        if (pending != null) {
            int asked = pending;
            pending = null;
            choose(asked);
        }
    }

    /** Shows meeting {@code id}, clearing filters that hide it; asked before the list is read, once it is. */
    void open(int id) {
        if (!choose(id)) {
            pending = id;
        }
    }

    private boolean choose(int id) {
        if (list.shown().stream().noneMatch(m -> m.id() == id)) {
            search.clear();
            yearFilter.setValue(null);
            kindFilter.setValue(null);
            unitFilter.setValue(null);
        }
        return list.shown().stream().filter(m -> m.id() == id).findFirst().map(m -> {
            table.getSelectionModel().select(m);
            table.scrollTo(m);
            return true;
        }).orElse(false);
    }
}
