package cn.fuyuan.desk.suggestion;

import cn.fuyuan.desk.TestDb;
import cn.fuyuan.desk.agency.Agency;
import cn.fuyuan.desk.agency.AgencyRepository;
import cn.fuyuan.desk.settings.SettingKey;
import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.store.Database;
import java.util.List;

/** A database with the office settings and an agency, and complete drafts. */
final class SuggestionFixtures {
    private SuggestionFixtures() {
    }

    static Agency setUp(Database db) {
        SettingsRepository s = new SettingsRepository(db);
        s.put(SettingKey.COURT_NAME, "巴彦淖尔市中级人民法院");
        s.put(SettingKey.SUGGESTION_PREFIX, "巴法建");
        return new AgencyRepository(db).save(TestDb.agency("五原县自然资源局"));
    }

    static LetterDraft draft(int recipientId, String title) {
        return new LetterDraft(null, title, SuggestionKind.INDIVIDUAL, recipientId, List.of("(2025)内08行初12号"),
                List.of(CcUnit.text("五原县人民政府")), "该局在土地征收中程序不规范。",
                List.of(new LetterItem("征收公告未依法公示。", "严格履行公告程序。"),
                        new LetterItem("补偿标准未告知被征收人。", "依法告知补偿标准。")),
                2, "李文静", "0478-8210000", "王法官", null);
    }
}
