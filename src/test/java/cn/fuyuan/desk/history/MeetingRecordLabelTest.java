package cn.fuyuan.desk.history;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.TestDb;
import cn.fuyuan.desk.agency.Agency;
import cn.fuyuan.desk.agency.AgencyRepository;
import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.meeting.AgreedItem;
import cn.fuyuan.desk.meeting.Attendee;
import cn.fuyuan.desk.meeting.AttendeeRole;
import cn.fuyuan.desk.meeting.ItemStatus;
import cn.fuyuan.desk.meeting.Meeting;
import cn.fuyuan.desk.meeting.MeetingKind;
import cn.fuyuan.desk.meeting.MeetingRepository;
import cn.fuyuan.desk.meeting.Topic;
import cn.fuyuan.desk.meeting.Unit;
import cn.fuyuan.desk.store.Audit;
import cn.fuyuan.desk.store.AuditRepository;
import cn.fuyuan.desk.store.AuditRepository.Entry;
import cn.fuyuan.desk.store.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history's 记录 column names a meeting's rows in words — the meeting's number, the item's text — never by an id
 * (issue 14 §4), on a real database, through the meeting feature's vocabulary.
 */
class MeetingRecordLabelTest {
    private static final String ITEM = "落实负责人出庭应诉提醒制度";
    @TempDir
    Path tmp;
    Database db;
    AuditRepository audit;
    MeetingRepository meetings;
    Agency police;

    @BeforeEach
    void open() {
        Messages.setLocale(Messages.CHINESE);
        db = Database.open(tmp.resolve("data"), Database.Mode.WRITE);
        audit = new AuditRepository(db);
        meetings = new MeetingRepository(db);
        police = new AgencyRepository(db).save(TestDb.agency("临河区公安局"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Meeting meeting(String title, LocalDateTime at) {
        return meetings.create(Meeting.draft(MeetingKind.JOINT, title, at, "第一会议室", "王建国",
                List.of(new Attendee(null, AttendeeRole.PRESENT, "张志强", Unit.agency(police.id(), police.name()))),
                List.of(new Topic(null, "出庭应诉工作", "会议通报了情况。", false)),
                List.of(AgreedItem.draft(ITEM, List.of(Unit.agency(police.id(), police.name())), LocalDate.of(2025, 5, 31)))));
    }

    private List<Entry> rows(String table) {
        return audit.list(new AuditRepository.Filter(table, null, null, null, null, null, null, 100));
    }

    private String label(Entry e) {
        return HistoryWords.recordLabel(e, HistoryWords.names(db));
    }

    @Test
    void aMeetingsRowsAreNamedByTheMeetingsNumberAndTheItemsText() {
        Meeting m = meeting("一季度联席会议", LocalDateTime.of(2025, 3, 20, 9, 0));
        int itemId = m.items().get(0).id();
        meetings.recordProgress(itemId, null, LocalDate.of(2025, 4, 1), "已印发通知", ItemStatus.IN_PROGRESS);

        assertThat(label(rows("meeting").get(0))).isEqualTo(m.number() + " · 一季度联席会议");
        assertThat(label(rows("agreed_item").get(0))).isEqualTo(m.number() + " " + ITEM);
        assertThat(label(rows("agreed_item_unit").get(0))).isEqualTo(m.number() + " " + ITEM + " · 临河区公安局");
        assertThat(label(rows("meeting_attendee").get(0))).isEqualTo(m.number() + " · 张志强");
        assertThat(label(rows("meeting_topic").get(0))).isEqualTo(m.number() + " · 出庭应诉工作");
        assertThat(label(rows("item_progress").get(0))).isEqualTo(m.number() + " " + ITEM + " · 2025-04-01");
        for (String table : List.of("meeting", "agreed_item", "agreed_item_unit", "meeting_attendee", "meeting_topic", "item_progress")) {
            Entry e = rows(table).get(0);
            assertThat(label(e)).as(table).doesNotStartWith(e.recordId() + " ");
        }
    }

    @Test
    void theRowsOfADeletedMeetingStillReadInWords() {
        Meeting m = meeting("二季度联席会议", LocalDateTime.of(2025, 6, 20, 9, 0));
        meetings.delete(m.id());

        Entry item = rows("agreed_item").stream().filter(e -> e.action() == Audit.Action.DELETE).findFirst().orElseThrow();
        assertThat(label(item)).isEqualTo(ITEM);
        Entry meeting = rows("meeting").stream().filter(e -> e.action() == Audit.Action.DELETE).findFirst().orElseThrow();
        assertThat(label(meeting)).isEqualTo(m.number() + " · 二季度联席会议");
        Entry attendee = rows("meeting_attendee").stream().filter(e -> e.action() == Audit.Action.DELETE).findFirst().orElseThrow();
        assertThat(label(attendee)).isEqualTo("张志强");
    }
}
