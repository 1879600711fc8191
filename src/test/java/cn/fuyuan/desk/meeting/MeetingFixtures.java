package cn.fuyuan.desk.meeting;

import cn.fuyuan.desk.TestDb;
import cn.fuyuan.desk.agency.Agency;
import cn.fuyuan.desk.agency.AgencyRepository;
import cn.fuyuan.desk.store.Database;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Small meetings for tests. */
final class MeetingFixtures {
    final Agency police;
    final Agency housing;

    MeetingFixtures(Database db) {
        new cn.fuyuan.desk.settings.SettingsRepository(db).put(cn.fuyuan.desk.settings.SettingKey.COURT_NAME, "巴彦淖尔市中级人民法院");
        AgencyRepository agencies = new AgencyRepository(db);
        police = agencies.save(TestDb.agency("临河区公安局"));
        housing = agencies.save(TestDb.agency("临河区住房和城乡建设局"));
    }

    Meeting meeting(String title, LocalDateTime at, AgreedItem... items) {
        return Meeting.draft(MeetingKind.JOINT, title, at, "市中级人民法院第一会议室", "王建国",
                List.of(new Attendee(null, AttendeeRole.PRESENT, "王建国", Unit.court("巴彦淖尔市中级人民法院")),
                        new Attendee(null, AttendeeRole.PRESENT, "张志强", Unit.agency(police.id(), police.name())),
                        new Attendee(null, AttendeeRole.ABSENT, "李丽娟", Unit.agency(housing.id(), housing.name())),
                        new Attendee(null, AttendeeRole.OBSERVER, "赵海军", Unit.text("市司法局"))),
                List.of(new Topic(null, "征地拆迁类行政争议实质性化解", "会议听取了临河区住建局关于征收补偿争议的汇报。", false),
                        new Topic(null, "行政机关负责人出庭应诉工作", "会议通报了一季度出庭应诉情况。", false)),
                List.of(items));
    }

    AgreedItem item(String text, Agency unit, LocalDate deadline) {
        return AgreedItem.draft(text, List.of(Unit.agency(unit.id(), unit.name())), deadline);
    }
}
