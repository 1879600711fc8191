package cn.fuyuan.desk.history;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.TestDb;
import cn.fuyuan.desk.agency.Agency;
import cn.fuyuan.desk.agency.AgencyRepository;
import cn.fuyuan.desk.caseload.ActType;
import cn.fuyuan.desk.caseload.CaseResult;
import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.meeting.AgreedItem;
import cn.fuyuan.desk.meeting.Attendee;
import cn.fuyuan.desk.meeting.AttendeeRole;
import cn.fuyuan.desk.meeting.Meeting;
import cn.fuyuan.desk.meeting.MeetingKind;
import cn.fuyuan.desk.meeting.MeetingRepository;
import cn.fuyuan.desk.meeting.Topic;
import cn.fuyuan.desk.meeting.Unit;
import cn.fuyuan.desk.settings.SettingKey;
import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.store.Audit;
import cn.fuyuan.desk.store.AuditRepository;
import cn.fuyuan.desk.store.AuditRepository.Entry;
import cn.fuyuan.desk.store.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * History reads in words for every feature (issue 12 point 8), on a real database: meetings, items, settings and cases
 * show their coded values, flags and referenced rows as the screens name them, never ALL_CLOSED, CASE, false or an id.
 */
class HistoryWordsTest {
    @TempDir
    Path tmp;
    Database db;
    AuditRepository audit;

    @BeforeEach
    void open() {
        Messages.setLocale(Messages.CHINESE);
        db = Database.open(tmp.resolve("data"), Database.Mode.WRITE);
        audit = new AuditRepository(db);
    }

    @AfterEach
    void close() {
        Messages.setLocale(Messages.CHINESE);
        db.close();
    }

    private String described(Entry e) {
        return HistoryWords.describe(e, HistoryWords.names(db));
    }

    private List<Entry> rows(String table) {
        return audit.list(new AuditRepository.Filter(table, null, null, null, null, null, null, 100));
    }

    @Test
    void aMeetingsItemsAndAttendeesNameTheirMeetingAndSayTheirCodesInWords() {
        Agency police = new AgencyRepository(db).save(TestDb.agency("临河区公安局"));
        Meeting m = new MeetingRepository(db).create(Meeting.draft(MeetingKind.JOINT, "一季度联席会议", LocalDateTime.of(2025, 3, 20, 9, 0),
                "第一会议室", "王建国",
                List.of(new Attendee(null, AttendeeRole.PRESENT, "张志强", Unit.agency(police.id(), police.name()))),
                List.of(new Topic(null, "出庭应诉工作", "会议通报了情况。", false)),
                List.of(AgreedItem.draft("落实负责人出庭应诉提醒制度", List.of(Unit.agency(police.id(), police.name())),
                        LocalDate.of(2025, 5, 31)))));

        String meeting = described(rows("meeting").get(0));
        assertThat(meeting).contains("类型: " + Messages.get("meeting.kind.JOINT"), "状态: " + Messages.get("meeting.state.PLANNED"))
                .doesNotContain("JOINT", "PLANNED");
        String item = described(rows("agreed_item").get(0));
        assertThat(item).contains("会议: " + m.number(), "状态: " + Messages.get("meeting.itemStatus.NOT_STARTED"))
                .doesNotContain("NOT_STARTED", "会议编号");
        String unit = described(rows("agreed_item_unit").get(0));
        assertThat(unit).contains("议定事项: " + m.number() + " 落实负责人出庭应诉提醒制度", "机关: 临河区公安局");
        String attendee = described(rows("meeting_attendee").get(0));
        assertThat(attendee).contains("会议: " + m.number(), Messages.get("meeting.role.PRESENT"), "单位类型: 机关")
                .doesNotContain("PRESENT", "AGENCY");

        Messages.setLocale(Locale.ENGLISH);
        assertThat(described(rows("agreed_item").get(0))).contains("Meeting: " + m.number()).doesNotContain("Meeting id");
    }

    @Test
    void aSettingsValueReadsAsTheSettingsScreenOffersIt() {
        SettingsRepository settings = new SettingsRepository(db);
        settings.put(SettingKey.LOSS_DENOMINATOR, "JUDGMENT_ONLY");
        settings.put(SettingKey.LOSS_DENOMINATOR, "ALL_CLOSED");
        settings.put(SettingKey.LOSS_INCLUDE_COMPENSATION, "true");
        List<Entry> rows = rows("setting");
        Entry denominator = rows.stream().filter(e -> e.recordId().equals("loss.denominator") && e.action() == Audit.Action.UPDATE)
                .findFirst().orElseThrow();
        assertThat(described(denominator)).isEqualTo("值: " + Messages.get("settings.loss.denominator.JUDGMENT_ONLY") + " → "
                + Messages.get("settings.loss.denominator.ALL_CLOSED")).doesNotContain("ALL_CLOSED");
        assertThat(HistoryWords.recordLabel(denominator)).isEqualTo(Messages.get("settings.loss.denominator"));
        Entry compensation = rows.stream().filter(e -> e.recordId().equals("loss.includeCompensation")).findFirst().orElseThrow();
        assertThat(described(compensation)).isEqualTo("值: 是").doesNotContain("true");
    }

    @Test
    void savingTheWholeSettingsPageWithOneChangeRecordsThatOneChange() {
        SettingsRepository settings = new SettingsRepository(db);
        Map<SettingKey, String> page = settings.all();
        page.put(SettingKey.APPEARANCE_UNIT, "HEARING");
        settings.saveAll(page);
        List<Entry> rows = rows("setting");
        assertThat(rows).extracting(Entry::recordId).containsExactly("appearance.unit");
        assertThat(described(rows.get(0))).isEqualTo("值: " + Messages.get("settings.appearance.unit.HEARING")).doesNotContain("HEARING");
        assertThat(settings.get(SettingKey.APPEARANCE_UNIT)).isEqualTo("HEARING");
        assertThat(settings.get(SettingKey.LOSS_DENOMINATOR)).isEqualTo("ALL_CLOSED");
    }

    @Test
    void aCasesCodesAndFlagsReadInWords() {
        Entry c = new Entry(1, "2026-11-22 05:03:17.123", "root", "admin_case", "4", Audit.Action.UPDATE,
                Map.of("act_type", "PENALTY", "result", "REVOKE", "notice_required", 1),
                Map.of("act_type", "LICENSING", "result", "WITHDRAWN", "notice_required", 0));
        assertThat(HistoryWords.describe(c)).contains(ActType.PENALTY.label() + " → " + ActType.LICENSING.label(),
                CaseResult.REVOKE.label() + " → " + CaseResult.WITHDRAWN.label(), "是 → 否")
                .doesNotContain("PENALTY", "WITHDRAWN");
        assertThat(List.of(HistoryWords.describe(c).split("; "))).hasSize(3);
    }
}
