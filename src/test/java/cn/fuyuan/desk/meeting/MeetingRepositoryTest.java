package cn.fuyuan.desk.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fuyuan.desk.TestDb;
import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.settings.SettingKey;
import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.store.ValidationException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeetingRepositoryTest {
    @TempDir
    Path tmp;
    Database db;
    MeetingRepository repo;
    MeetingFixtures fx;

    @BeforeEach
    void open() {
        Messages.setLocale(Messages.CHINESE);
        db = Database.open(tmp.resolve("data"), Database.Mode.WRITE);
        repo = new MeetingRepository(db);
        fx = new MeetingFixtures(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void numbersRunPerYearInTheFormatOfTheSetting() {
        Meeting a = repo.create(fx.meeting("一季度联席会议", LocalDateTime.of(2025, 3, 20, 9, 0)));
        Meeting b = repo.create(fx.meeting("二季度联席会议", LocalDateTime.of(2025, 6, 20, 9, 0)));
        new SettingsRepository(db).put(SettingKey.MEETING_NUMBER_FORMAT, "府院纪〔{year}〕{n}号");
        Meeting c = repo.create(fx.meeting("一季度联席会议", LocalDateTime.of(2026, 3, 20, 9, 0)));
        assertThat(List.of(a.number(), b.number(), c.number())).containsExactly("〔2025〕1号", "〔2025〕2号", "府院纪〔2026〕1号");
        assertThat(repo.findByIdOrNumber("〔2025〕2号")).get().extracting(Meeting::id).isEqualTo(b.id());
        assertThat(repo.findByIdOrNumber(String.valueOf(a.id()))).get().extracting(Meeting::number).isEqualTo("〔2025〕1号");
    }

    @Test
    void savedMeetingReadsBackWithGroupsTopicsAndItemsInOrder() {
        Meeting m = repo.create(fx.meeting("一季度联席会议", LocalDateTime.of(2025, 3, 20, 9, 30),
                fx.item("建立征收补偿争议诉前会商机制", fx.housing, LocalDate.of(2025, 6, 30)),
                fx.item("落实负责人出庭应诉提醒制度", fx.police, LocalDate.of(2025, 5, 31))));
        Meeting back = repo.find(m.id()).orElseThrow();
        assertThat(back.attendees(AttendeeRole.PRESENT)).extracting(Attendee::display)
                .containsExactly("巴彦淖尔市中级人民法院 王建国", "临河区公安局 张志强");
        assertThat(back.attendees(AttendeeRole.ABSENT)).extracting(Attendee::display).containsExactly("临河区住房和城乡建设局 李丽娟");
        assertThat(back.attendees(AttendeeRole.OBSERVER)).extracting(Attendee::display).containsExactly("市司法局 赵海军");
        assertThat(back.topics()).extracting(Topic::title).containsExactly("征地拆迁类行政争议实质性化解", "行政机关负责人出庭应诉工作");
        assertThat(back.items()).extracting(AgreedItem::text).containsExactly("建立征收补偿争议诉前会商机制", "落实负责人出庭应诉提醒制度");
        assertThat(back.items().get(0).unitNames()).isEqualTo("临河区住房和城乡建设局");
        assertThat(back.heldAt()).isEqualTo(LocalDateTime.of(2025, 3, 20, 9, 30));
        assertThat(back.carried()).isEmpty();
        // every row written through the app has its history row
        for (String table : List.of("meeting", "meeting_attendee", "meeting_topic", "agreed_item", "agreed_item_unit")) {
            assertThat(TestDb.longValue(db, "SELECT count(*) FROM audit_log WHERE action='INSERT' AND table_name='" + table + "'"))
                    .as(table).isEqualTo(TestDb.count(db, table));
        }
    }

    @Test
    void nextMeetingCarriesExactlyTheOpenItemsAndProgressThereClosesThem() {
        Meeting first = repo.create(fx.meeting("一季度联席会议", LocalDateTime.of(2025, 3, 20, 9, 0),
                fx.item("事项甲", fx.housing, LocalDate.of(2025, 6, 30)),
                fx.item("事项乙", fx.police, LocalDate.of(2025, 5, 31)),
                fx.item("事项丙", fx.police, LocalDate.of(2025, 4, 30))));
        int a = first.items().get(0).id();
        int b = first.items().get(1).id();
        int c = first.items().get(2).id();
        repo.recordProgress(c, null, LocalDate.of(2025, 4, 20), "已办结，印发通知", ItemStatus.DONE);

        Meeting second = repo.create(fx.meeting("二季度联席会议", LocalDateTime.of(2025, 6, 25, 9, 0),
                fx.item("事项丁", fx.housing, LocalDate.of(2025, 9, 30))));
        assertThat(second.topics().get(0)).satisfies(t -> {
            assertThat(t.title()).isEqualTo("前次议定事项落实情况");
            assertThat(t.followUp()).isTrue();
        });
        assertThat(second.topics()).hasSize(3);
        assertThat(second.carried()).extracting(AgreedItem::id).containsExactly(a, b);
        assertThat(second.carried()).extracting(AgreedItem::meetingNumber).containsOnly(first.number());

        // completing one there closes it; progress on the other updates it
        repo.recordProgress(a, second.id(), LocalDate.of(2025, 6, 25), "诉前会商机制已建立", ItemStatus.DONE);
        repo.recordProgress(b, second.id(), LocalDate.of(2025, 6, 25), "已起草提醒制度", ItemStatus.IN_PROGRESS);
        AgreedItem doneA = repo.find(first.id()).orElseThrow().items().get(0);
        assertThat(doneA.status()).isEqualTo(ItemStatus.DONE);
        assertThat(doneA.completedOn()).isEqualTo(LocalDate.of(2025, 6, 25));
        assertThat(repo.progress(a)).singleElement().satisfies(p -> assertThat(p.meetingId()).isEqualTo(second.id()));

        // the third meeting carries 乙 (still open) and 丁, not 甲 or 丙
        Meeting third = repo.create(fx.meeting("三季度联席会议", LocalDateTime.of(2025, 9, 25, 9, 0)));
        assertThat(third.carried()).extracting(AgreedItem::text).containsExactly("事项乙", "事项丁");
        assertThat(third.carried().get(0).status()).isEqualTo(ItemStatus.IN_PROGRESS);

        // progress on an item at a meeting that does not carry it is refused
        assertThatThrownBy(() -> repo.recordProgress(c, third.id(), LocalDate.of(2025, 9, 25), "x", ItemStatus.DONE))
                .isInstanceOf(ValidationException.class).hasMessageContaining("事项丙");
    }

    @Test
    void aMeetingWithoutOpenEarlierItemsHasNoFollowUpTopic() {
        Meeting first = repo.create(fx.meeting("一季度", LocalDateTime.of(2025, 3, 20, 9, 0)));
        Meeting second = repo.create(fx.meeting("二季度", LocalDateTime.of(2025, 6, 20, 9, 0)));
        assertThat(second.topics()).noneMatch(Topic::followUp);
        assertThat(first.topics()).hasSize(2);
    }

    @Test
    void issuedMinutesAreReadOnlyExceptProgressUntilReopened() {
        Meeting m = repo.create(fx.meeting("一季度联席会议", LocalDateTime.of(2025, 3, 20, 9, 0),
                fx.item("事项甲", fx.housing, LocalDate.of(2025, 6, 30))));
        assertThat(repo.advance(m.id(), LocalDate.of(2025, 3, 20)).state()).isEqualTo(MeetingState.HELD);
        Meeting issued = repo.advance(m.id(), LocalDate.of(2025, 3, 25));
        assertThat(issued.state()).isEqualTo(MeetingState.ISSUED);
        assertThat(issued.issuedOn()).isEqualTo(LocalDate.of(2025, 3, 25));

        Meeting edited = issued.withContent("改过的名称", issued.kind(), issued.heldAt(), issued.place(), issued.host(),
                issued.attendees(), issued.topics(), issued.items());
        long historyBefore = TestDb.count(db, "audit_log");
        assertThatThrownBy(() -> repo.save(edited)).isInstanceOf(ValidationException.class)
                .hasMessage("会议 〔2025〕1号 的纪要已印发，不能再修改（只能登记议定事项进展）；如需更正，请先“重新打开”");
        assertThatThrownBy(() -> repo.advance(m.id(), LocalDate.of(2025, 3, 26))).isInstanceOf(ValidationException.class);
        assertThat(TestDb.count(db, "audit_log")).isEqualTo(historyBefore);
        assertThat(repo.find(m.id()).orElseThrow().title()).isEqualTo("一季度联席会议");

        // progress is still taken
        repo.recordProgress(issued.items().get(0).id(), null, LocalDate.of(2025, 4, 1), "已部署", ItemStatus.IN_PROGRESS);
        assertThat(repo.find(m.id()).orElseThrow().items().get(0).status()).isEqualTo(ItemStatus.IN_PROGRESS);

        // reopening is explicit and in the history
        Meeting reopened = repo.reopen(m.id());
        assertThat(reopened.state()).isEqualTo(MeetingState.HELD);
        assertThat(TestDb.string(db, "SELECT before_json || ' -> ' || after_json FROM audit_log WHERE table_name='meeting' "
                + "AND action='UPDATE' ORDER BY id DESC LIMIT 1")).contains("\"state\":\"ISSUED\"").contains("\"state\":\"HELD\"");
        assertThat(repo.save(reopened.withContent("改过的名称", reopened.kind(), reopened.heldAt(), reopened.place(), reopened.host(),
                reopened.attendees(), reopened.topics(), reopened.items())).title()).isEqualTo("改过的名称");
    }

    @Test
    void badItemsAreRefusedNamingTheRowAndNothingIsWritten() {
        AgreedItem noUnit = AgreedItem.draft("事项甲", List.of(), LocalDate.of(2025, 6, 30));
        AgreedItem badCase = new AgreedItem(null, null, null, "事项乙", List.of(Unit.agency(fx.police.id(), fx.police.name())),
                null, ItemStatus.NOT_STARTED, null, null, "2025内08行初12", null);
        assertThatThrownBy(() -> repo.create(fx.meeting("一季度", LocalDateTime.of(2025, 3, 20, 9, 0), noUnit, badCase)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(p -> p.message()).containsExactly(
                        "议定事项第 1 项：请至少指定一个承办单位",
                        "议定事项第 2 项：关联案号“2025内08行初12”格式不正确，应为（2025）内08行初12号的形式"));
        assertThat(TestDb.count(db, "meeting")).isZero();
    }

    @Test
    void linkedCaseNumbersAreStoredNormalised() {
        AgreedItem linked = new AgreedItem(null, null, null, "事项乙", List.of(Unit.court("法院")),
                null, ItemStatus.NOT_STARTED, null, null, "(2025)内08行初12号", "巴法建〔2025〕3号");
        Meeting m = repo.create(fx.meeting("一季度", LocalDateTime.of(2025, 3, 20, 9, 0), linked));
        AgreedItem back = m.items().get(0);
        assertThat(back.linkedCaseNumber()).isEqualTo("（2025）内08行初12号");
        assertThat(back.linkedSuggestionNumber()).isEqualTo("巴法建〔2025〕3号");
        assertThat(back.units()).singleElement().satisfies(u -> assertThat(u.kind()).isEqualTo(Unit.Kind.COURT));
    }

    @Test
    void editingKeepsItemIdsAndAnItemWithProgressCannotBeDeleted() {
        Meeting m = repo.create(fx.meeting("一季度", LocalDateTime.of(2025, 3, 20, 9, 0),
                fx.item("事项甲", fx.housing, LocalDate.of(2025, 6, 30)), fx.item("事项乙", fx.police, null)));
        int idA = m.items().get(0).id();
        List<AgreedItem> items = new ArrayList<>(m.items());
        items.set(0, new AgreedItem(idA, m.id(), null, "事项甲（修改）", List.of(Unit.agency(fx.police.id(), null)),
                LocalDate.of(2025, 7, 31), ItemStatus.NOT_STARTED, null, null, null, null));
        Meeting saved = repo.save(m.withContent(m.title(), m.kind(), m.heldAt(), m.place(), m.host(), m.attendees(), m.topics(), items));
        assertThat(saved.items().get(0).id()).isEqualTo(idA);
        assertThat(saved.items().get(0).unitNames()).isEqualTo("临河区公安局");

        repo.recordProgress(idA, null, LocalDate.of(2025, 4, 1), "已部署", ItemStatus.IN_PROGRESS);
        Meeting withoutA = saved.withContent(m.title(), m.kind(), m.heldAt(), m.place(), m.host(), m.attendees(), m.topics(),
                List.of(saved.items().get(1)));
        assertThatThrownBy(() -> repo.save(withoutA)).isInstanceOf(ValidationException.class).hasMessageContaining("事项甲（修改）");
        assertThat(repo.find(m.id()).orElseThrow().items()).hasSize(2);
    }

    @Test
    void overdueMeansOpenAndDeadlinePassed() {
        // deadline 2025-06-30: on 06-30 not yet overdue, on 07-01 overdue by 1 day, on 07-31 by 31 days
        LocalDate deadline = LocalDate.of(2025, 6, 30);
        assertThat(ItemRules.overdue(ItemStatus.NOT_STARTED, deadline, LocalDate.of(2025, 6, 30))).isFalse();
        assertThat(ItemRules.overdue(ItemStatus.NOT_STARTED, deadline, LocalDate.of(2025, 7, 1))).isTrue();
        assertThat(ItemRules.daysOverdue(ItemStatus.IN_PROGRESS, deadline, LocalDate.of(2025, 7, 31))).isEqualTo(31);
        assertThat(ItemRules.overdue(ItemStatus.DONE, deadline, LocalDate.of(2025, 7, 1))).isFalse();
        assertThat(ItemRules.overdue(ItemStatus.CANCELLED, deadline, LocalDate.of(2025, 7, 1))).isFalse();
        assertThat(ItemRules.overdue(ItemStatus.IN_PROGRESS, null, LocalDate.of(2030, 1, 1))).isFalse();
        assertThat(ItemRules.daysOverdue(ItemStatus.DONE, deadline, LocalDate.of(2025, 7, 31))).isZero();
    }
}
