package cn.fuyuan.desk.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.meeting.AgreedItem;
import cn.fuyuan.desk.meeting.Attendee;
import cn.fuyuan.desk.meeting.AttendeeRole;
import cn.fuyuan.desk.meeting.Meeting;
import cn.fuyuan.desk.meeting.MeetingRepository;
import cn.fuyuan.desk.meeting.Unit;
import cn.fuyuan.desk.store.Database;
import java.time.LocalDate;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.Test;

/**
 * The meeting editor as a clerk uses it (issue 12 §4): the person typed before + 出席 is the one added, the item's
 * 单位 stays shown after 保存 and 下一步, 新建 empties the item editor, and an item takes several units.
 */
class MeetingEditorUiTest extends AppUiTestBase {

    @Test
    void typedAttendeesAreAddedUnitsStayShownNewEmptiesAndAnItemHasSeveralUnits() throws Exception {
        withDemoData();
        startApp();
        showSection(Section.MEETINGS);
        clickOn(must("meeting.new"));
        clickOn(must("meeting.form.title")).write("府院联动专题会议");
        interact(() -> must("meeting.form.date", DatePicker.class).setValue(LocalDate.now()));
        ComboBox<Unit> attendeeUnit = combo("meeting.attendee.unit");
        ComboBox<Unit> lead = combo("meeting.item.unit");
        ComboBox<Unit> partner = combo("meeting.item.partner");
        waitUntil(() -> lead.getItems().size() > 2);

        // typed first, then + 出席 / + 请假: each person as typed, the fields empty again for the next one
        type("meeting.attendee.person", "王建国");
        interact(() -> attendeeUnit.getEditor().setText("市司法局"));
        fire("meeting.addPresent");
        type("meeting.attendee.person", "李丽娟");
        interact(() -> attendeeUnit.setValue(attendeeUnit.getItems().get(1)));
        fire("meeting.addAbsent");
        @SuppressWarnings("unchecked")
        TableView<Object> attendees = must("meeting.attendeeTable", TableView.class);
        assertThat(attendees.getItems()).hasSize(2);
        assertThat(must("meeting.attendee.person", TextField.class).getText()).isEmpty();

        // an item with a lead unit and two supporting units
        fire("meeting.addItem");
        type("meeting.item.text", "建立征收补偿争议会商机制");
        interact(() -> {
            lead.setValue(lead.getItems().get(1));
            partner.setValue(partner.getItems().get(2));
        });
        fire("meeting.item.addPartner");
        interact(() -> partner.setValue(partner.getItems().get(0)));   // the court
        fire("meeting.item.addPartner");
        interact(() -> must("meeting.item.deadline", DatePicker.class).setValue(LocalDate.now().plusMonths(3)));
        type("meeting.item.case", "（2025）内08行初12号");
        Unit leadUnit = lead.getValue();
        assertThat(leadUnit).isNotNull();
        @SuppressWarnings("unchecked")
        ListView<Unit> partners = must("meeting.item.partners", ListView.class);
        assertThat(partners.getItems()).containsExactly(partner.getItems().get(2), partner.getItems().get(0));
        @SuppressWarnings("unchecked")
        TableView<Object> items = must("meeting.itemTable", TableView.class);
        String shown = items.getColumns().get(2).getCellData(0).toString();
        assertThat(shown).isEqualTo(leadUnit.name() + "、" + partner.getItems().get(2).name() + "、" + partner.getItems().get(0).name());

        clickOn(must("meeting.save"));
        waitForStatus("已保存会议");
        assertThat(lead.getValue()).as("the item's 单位 after 保存").isEqualTo(leadUnit);
        assertThat(must("meeting.item.text", TextField.class).getText()).isEqualTo("建立征收补偿争议会商机制");
        assertThat(partners.getItems()).hasSize(2);

        clickOn(must("meeting.advance"));
        waitForStatus("现为");
        assertThat(lead.getValue()).as("the item's 单位 after 下一步").isEqualTo(leadUnit);
        assertThat(partners.getItems()).hasSize(2);

        try (Database db = Database.open(dataDir, Database.Mode.READ)) {
            Meeting m = new MeetingRepository(db).list().stream().filter(x -> x.title().equals("府院联动专题会议")).findFirst().orElseThrow();
            assertThat(m.attendees()).extracting(Attendee::role, Attendee::person, a -> a.unit().name())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(AttendeeRole.PRESENT, "王建国", "市司法局"),
                            org.assertj.core.groups.Tuple.tuple(AttendeeRole.ABSENT, "李丽娟", attendeeUnit.getItems().get(1).name()));
            AgreedItem item = m.items().get(0);
            assertThat(item.units()).extracting(Unit::name)
                    .containsExactly(leadUnit.name(), partner.getItems().get(2).name(), partner.getItems().get(0).name());
        }

        // 新建: nothing of the last meeting's item left in the editor
        clickOn(must("meeting.new"));
        waitUntil(() -> must("meeting.form.title", TextField.class).getText().isEmpty());
        assertThat(must("meeting.item.text", TextField.class).getText()).isEmpty();
        assertThat(must("meeting.item.deadline", DatePicker.class).getValue()).isNull();
        assertThat(must("meeting.item.deadline", DatePicker.class).getEditor().getText()).isEmpty();
        assertThat(must("meeting.item.case", TextField.class).getText()).isEmpty();
        assertThat(must("meeting.item.letter", TextField.class).getText()).isEmpty();
        assertThat(lead.getValue()).isNull();
        assertThat(partners.getItems()).isEmpty();
        assertThat(must("meeting.item.text", TextField.class).isDisabled()).as("no item to edit").isTrue();
    }

    @Test
    void aMeetingFoundByTheSearchIsShownInTheSectionOpenedForIt() throws Exception {
        withDemoData();
        startApp();
        // the meetings section is not built yet: its list is read in the background after the search asks for the meeting
        interact(() -> must("search.global", TextField.class).setText("2025年第三季度府院联席会议"));
        waitUntil(() -> node("search.results").map(n -> ((ListView<?>) n).getItems().stream()
                .anyMatch(r -> r.toString().contains("kind=MEETING"))).orElse(false));
        interact(() -> {
            ListView<?> results = must("search.results", ListView.class);
            int at = 0;
            while (!results.getItems().get(at).toString().contains("kind=MEETING")) {
                at++;
            }
            results.getSelectionModel().select(at);
            results.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                    javafx.scene.input.KeyCode.ENTER, false, false, false, false));
        });
        waitUntil(() -> node("meeting.table").map(n -> ((TableView<?>) n).getSelectionModel().getSelectedItem() != null).orElse(false));
        @SuppressWarnings("unchecked")
        TableView<Meeting> table = must("meeting.table", TableView.class);
        assertThat(table.getSelectionModel().getSelectedItem().title()).contains("2025年第三季度府院联席会议");
        waitUntil(() -> must("meeting.form.title", TextField.class).getText().contains("2025年第三季度府院联席会议"));
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Unit> combo(String id) {
        return must(id, ComboBox.class);
    }

    private void waitForStatus(String part) throws TimeoutException {
        try {
            waitUntil(() -> must("meeting.status", Label.class).getText().contains(part));
        } catch (TimeoutException e) {
            throw new AssertionError("status: " + must("meeting.status", Label.class).getText(), e);
        }
    }

    private void fire(String id) {
        interact(() -> must(id, Button.class).fire());
    }

    private void type(String id, String text) {
        interact(() -> must(id, TextInputControl.class).setText(text));
    }
}
