package cn.fuyuan.desk.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.meeting.Meeting;
import cn.fuyuan.desk.meeting.MeetingRepository;
import cn.fuyuan.desk.meeting.MinutesReport;
import cn.fuyuan.desk.meeting.Unit;
import cn.fuyuan.desk.store.Database;
import java.time.LocalDate;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

/** Records a meeting with two agreed items through the window and prints its minutes. */
class MeetingUiTest extends AppUiTestBase {

    @Test
    void recordAMeetingWithTwoAgreedItemsAndPrintItsMinutes() throws Exception {
        withDemoData();
        startApp();
        showSection(Section.MEETINGS);
        clickOn(must("meeting.new"));
        clickOn(must("meeting.form.title")).write("专题联席会议");
        interact(() -> must("meeting.form.date", DatePicker.class).setValue(LocalDate.of(2026, 12, 30)));
        clickOn(must("meeting.form.place")).write("第一会议室");

        // the form scrolls: parts below the fold are driven through their controls
        fire("meeting.addPresent");
        type("meeting.attendee.person", "王建国");
        interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Unit> unit = must("meeting.attendee.unit", ComboBox.class);
            unit.setValue(unit.getItems().get(0));  // the court
        });
        fire("meeting.addTopic");
        type("meeting.topic.title", "执行联动");

        for (String text : new String[] {"建立查控专班", "每月通报执行进展"}) {
            fire("meeting.addItem");
            type("meeting.item.text", text);
            interact(() -> {
                @SuppressWarnings("unchecked")
                ComboBox<Unit> unit = must("meeting.item.unit", ComboBox.class);
                unit.setValue(unit.getItems().get(1));  // the first agency of the directory
                must("meeting.item.deadline", DatePicker.class).setValue(LocalDate.of(2027, 3, 31));
            });
        }
        clickOn(must("meeting.save"));
        assertThat(must("meeting.status", Label.class).getText()).doesNotContain("不能为空");
        try {
            waitUntil(() -> must("meeting.status", Label.class).getText().startsWith("已保存会议"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("status: " + must("meeting.status", Label.class).getText(), e);
        }

        try (Database db = Database.open(dataDir, Database.Mode.READ)) {
            Meeting m = new MeetingRepository(db).list().stream().filter(x -> x.title().equals("专题联席会议")).findFirst().orElseThrow();
            assertThat(m.items()).extracting(i -> i.text()).containsExactly("建立查控专班", "每月通报执行进展");
            assertThat(m.items()).allSatisfy(i -> assertThat(i.units()).hasSize(1));
            assertThat(m.attendees()).singleElement().satisfies(a -> assertThat(a.display()).endsWith("王建国"));
            assertThat(m.topics().get(m.topics().size() - 1).title()).isEqualTo("执行联动");
            // the demo's open items were carried into the new meeting's first topic
            assertThat(m.topics().get(0).title()).isEqualTo(MeetingRepository.FOLLOW_UP_TITLE);
            assertThat(m.carried()).isNotEmpty();
            assertThat(MinutesReport.lines(m, Map.of())).extracting(MinutesReport.Line::text)
                    .anyMatch(t -> t.contains("一、") && t.contains("建立查控专班"))
                    .anyMatch(t -> t.contains("二、") && t.contains("每月通报执行进展"));
        }

        clickOn(must("meeting.printMinutes"));
        waitUntil(() -> node("report.preview").isPresent());
    }

    private void fire(String id) {
        interact(() -> must(id, javafx.scene.control.Button.class).fire());
    }

    private void type(String id, String text) {
        interact(() -> must(id, javafx.scene.control.TextInputControl.class).setText(text));
    }
}
