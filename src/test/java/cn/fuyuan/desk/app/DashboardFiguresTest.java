package cn.fuyuan.desk.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.appearance.AppearanceStats;
import cn.fuyuan.desk.appearance.Period;
import cn.fuyuan.desk.meeting.AgreedItem;
import cn.fuyuan.desk.meeting.Meeting;
import cn.fuyuan.desk.meeting.MeetingKind;
import cn.fuyuan.desk.meeting.MeetingRepository;
import cn.fuyuan.desk.meeting.Topic;
import cn.fuyuan.desk.meeting.Unit;
import cn.fuyuan.desk.settings.SettingKey;
import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.suggestion.Approver;
import cn.fuyuan.desk.suggestion.CcUnit;
import cn.fuyuan.desk.suggestion.LetterDraft;
import cn.fuyuan.desk.suggestion.LetterItem;
import cn.fuyuan.desk.suggestion.SuggestionKind;
import cn.fuyuan.desk.suggestion.SuggestionRepository;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 工作台 figures on a small store whose answers are worked by hand. */
class DashboardFiguresTest {
    @TempDir
    Path tmp;
    Database db;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(tmp.resolve("data"), Database.Mode.WRITE);
        SettingsRepository s = new SettingsRepository(db);
        s.put(SettingKey.COURT_NAME, "巴彦淖尔市中级人民法院");
        s.put(SettingKey.SUGGESTION_PREFIX, "巴法建");
        // the hand-worked hearings of AppearanceStatsTest: 2025Q3 by case 4 units, 3 appeared (75.00%)
        new cn.fuyuan.desk.caseload.HearingImportTestSetup(db).directoryAndTable(tmp);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private int letter(SuggestionRepository repo, int recipient, String title, LocalDate issued) {
        int id = repo.saveDraft(new LetterDraft(null, title, SuggestionKind.INDIVIDUAL, recipient, List.of("（2025）内08行初1号"),
                List.of(CcUnit.text("五原县人民政府")), "背景。", List.of(new LetterItem("问题。", "建议。")), 2, "李文静",
                "0478-8210000", "王法官", null));
        repo.submit(id);
        repo.sign(id, Approver.PRESIDENT, issued);
        repo.deliver(id, issued, "直接送达", true);
        return id;
    }

    @Test
    void figuresAsOfTheFifteenthOfAugust() {
        int police = (int) cn.fuyuan.desk.TestDb.longValue(db, "SELECT id FROM agency WHERE name = '临河区公安局'");
        SuggestionRepository letters = new SuggestionRepository(db);
        letter(letters, police, "关于规范行政处罚程序的司法建议书", LocalDate.of(2025, 6, 1));   // due 08-01: overdue on 08-15
        letter(letters, police, "关于规范行政强制程序的司法建议书", LocalDate.of(2025, 6, 20));  // due 08-20: due soon (14 days)
        int replied = letter(letters, police, "关于信息公开的司法建议书", LocalDate.of(2025, 5, 1)); // due 07-01, replied: neither
        letters.reply(replied, LocalDate.of(2025, 6, 30), "已整改。", cn.fuyuan.desk.suggestion.Adoption.ADOPTED);

        MeetingRepository meetings = new MeetingRepository(db);
        Unit unit = Unit.agency(police, "临河区公安局");
        meetings.create(Meeting.draft(MeetingKind.JOINT, "二季度联席会议", LocalDateTime.of(2025, 6, 20, 9, 0), "第一会议室", "王建国",
                List.of(), List.of(new Topic(null, "出庭应诉", "通报出庭情况。", false)),
                List.of(AgreedItem.draft("报送整改方案", List.of(unit), LocalDate.of(2025, 8, 14)),    // overdue on 08-15
                        AgreedItem.draft("组织旁听庭审", List.of(unit), LocalDate.of(2025, 8, 15)),    // due that day: not yet overdue
                        AgreedItem.draft("无期限事项", List.of(unit), null))));

        // of case 1's two defendants at the hearing of 08-20, the police's notice is required (the import made both
        // 无须通知, having no served date): one required notice missing, the other is not missing
        cn.fuyuan.desk.TestDb.execute(db, "UPDATE hearing_appearance SET notice_required = 1 WHERE agency_id = " + police
                + " AND hearing_id = (SELECT id FROM hearing WHERE hearing_date = '2025-08-20')");
        DashboardFigures f = DashboardFigures.of(db, LocalDate.of(2025, 8, 15));

        assertThat(f.quarter()).isEqualTo(Period.parse("2025Q3"));
        assertThat(f.appearance()).isEqualTo(new AppearanceStats.Figures("全部", 4, 3, 2, 2, new BigDecimal("75.00"),
                new BigDecimal("50.00"), new BigDecimal("50.00")));
        // 08-15 to 08-22: case 1's hearing of 08-20 with two defendants, neither notice served, one of them required
        assertThat(f.hearingsAhead()).isEqualTo(2);
        assertThat(f.noticesMissing()).isEqualTo(1);
        assertThat(f.lettersOverdue()).isEqualTo(1);
        assertThat(f.lettersDueSoon()).isEqualTo(1);
        assertThat(f.itemsOverdue()).isEqualTo(1);

        // a quarter with no hearing yet gives an empty rate, not 0
        DashboardFigures later = DashboardFigures.of(db, LocalDate.of(2026, 1, 5));
        assertThat(later.appearance().units()).isZero();
        assertThat(later.appearance().appearanceRate()).isNull();
        assertThat(later.hearingsAhead()).isZero();
    }
}
