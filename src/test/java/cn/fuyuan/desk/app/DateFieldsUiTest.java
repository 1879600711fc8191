package cn.fuyuan.desk.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.ui.DateFields;
import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 12 §1 through the real window on a real database: typing a date in any of the forms clerks use and pressing
 * Tab takes it, shows it as 2026-12-05 whatever the OS locale, and an unreadable text is refused in the field (named,
 * with the forms, ControlsFX's decoration) without the error dialog, keeping what is typed next; the field then holds
 * no date, never the old one behind the refused text.
 */
class DateFieldsUiTest extends AppUiTestBase {

    private void typeInto(DatePicker picker, String text) {
        clickOn(picker.getEditor());
        interact(() -> picker.getEditor().selectAll());
        write(text);
        push(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aDateTypedInTheHearingGridWithSlashesIsTakenOnTab() throws Exception {
        withDemoData();
        startApp();
        showSection(Section.CASES);
        TabPane tabs = must("caseload.tabs", TabPane.class);
        interact(() -> tabs.getSelectionModel().select(1));
        DatePicker picker = must("grid.date", DatePicker.class);

        typeInto(picker, "2026/12/5");

        assertThat(picker.getValue()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(picker.getEditor().getText()).isEqualTo("2026-12-05");
        assertThat(dialog()).as("no error dialog").isEmpty();

        typeInto(picker, "2026.12.6");
        assertThat(picker.getValue()).isEqualTo(LocalDate.of(2026, 12, 6));
        typeInto(picker, "20261207");
        assertThat(picker.getValue()).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void theMeetingDateTakesChineseDatesRefusesOthersInTheFieldAndKeepsWhatIsTypedNext() throws Exception {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.US); // an OS whose pickers would show 12/10/2026
        try {
            withDemoData();
            startApp();
            showSection(Section.MEETINGS);
            clickOn(must("meeting.new"));
            DatePicker date = must("meeting.form.date", DatePicker.class);

            typeInto(date, "2026年12月10日");
            write("09:30"); // Tab went on to the time of day
            assertThat(date.getValue()).isEqualTo(LocalDate.of(2026, 12, 10));
            assertThat(date.getEditor().getText()).isEqualTo("2026-12-10");
            assertThat(must("meeting.form.time", TextField.class).getText()).isEqualTo("09:30");

            typeInto(date, "12/11/2026");
            assertThat(dialog()).as("no error dialog").isEmpty();
            assertThat(date.getValue()).as("not the old date behind the refused text").isNull();
            assertThat(date.getEditor().getText()).as("the refused text, to correct").isEqualTo("12/11/2026");
            assertThat(DateFields.decorated(date)).as("ControlsFX's error decoration").isTrue();
            assertThat(DateFields.error(date)).contains("召开时间").contains("12/11/2026")
                    .contains("2026-12-05、2026/12/5、2026.12.5、2026年12月5日、20261205");
            assertThat(date.getStyleClass()).contains(DateFields.ERROR_CLASS);
            clickOn(must("meeting.form.place")).write("第一会议室");
            assertThat(must("meeting.form.place", TextField.class).getText()).isEqualTo("第一会议室");

            typeInto(date, "2026-12-11");
            assertThat(date.getValue()).isEqualTo(LocalDate.of(2026, 12, 11));
            assertThat(DateFields.error(date)).isNull();
            assertThat(date.getStyleClass()).doesNotContain(DateFields.ERROR_CLASS);
            assertThat(DateFields.decorated(date)).isFalse();
        } finally {
            Locale.setDefault(before);
        }
    }
}
