package cn.fuyuan.desk.suggestion;

import cn.fuyuan.desk.ui.Cells;
import cn.fuyuan.desk.ui.Ui;
import java.time.LocalDate;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The letters' table columns: the register's (reply, adoption, flag) or the overdue list's (days overdue). */
final class SuggestionTable {
    private SuggestionTable() {
    }

    static void columns(TableView<Suggestion> t, SuggestionListViewModel list, boolean overdueView) {
        t.getColumns().add(Cells.column("suggestion.number", 150, s -> s.number() == null ? "" : s.number()));
        t.getColumns().add(Cells.column("suggestion.title", 260, Suggestion::title));
        t.getColumns().add(Cells.column("suggestion.recipient", 160, s -> s.recipientName() == null ? "" : s.recipientName()));
        t.getColumns().add(Cells.column("suggestion.status", 80, s -> s.status().label()));
        t.getColumns().add(Cells.column("suggestion.issuedOn", 90, s -> d(s.issuedOn())));
        t.getColumns().add(Cells.column("suggestion.dueOn", 90, s -> d(s.dueOn())));
        if (overdueView) {
            TableColumn<Suggestion, Long> days = new TableColumn<>(Ui.t("suggestion.daysOverdue"));
            days.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().daysOverdue(list.asOf())));
            days.setPrefWidth(80);
            t.getColumns().add(days);
        } else {
            t.getColumns().add(Cells.column("suggestion.replyOn", 90, s -> d(s.replyOn())));
            t.getColumns().add(Cells.column("suggestion.adoption", 80, s -> s.adoption() == null ? "" : s.adoption().label()));
            t.getColumns().add(Cells.column("suggestion.flag", 90, s -> flag(s, list)));
        }
    }

    private static String flag(Suggestion s, SuggestionListViewModel list) {
        if (s.overdue(list.asOf())) {
            return Ui.t("suggestion.flag.overdue", s.daysOverdue(list.asOf()));
        }
        if (s.dueSoon(list.asOf(), list.dueSoonDays())) {
            return Ui.t("suggestion.flag.dueSoon");
        }
        return s.excellent() ? Ui.t("suggestion.excellent") : "";
    }

    static String d(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
