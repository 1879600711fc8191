package cn.fuyuan.desk.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.agency.Agency;
import cn.fuyuan.desk.agency.AgencyLevel;
import cn.fuyuan.desk.agency.AgencyRepository;
import cn.fuyuan.desk.caseload.AbsenceFollowUp.UnjustifiedAbsence;
import cn.fuyuan.desk.caseload.AbsenceReason;
import cn.fuyuan.desk.settings.RefItem;
import cn.fuyuan.desk.settings.ReferenceList;
import cn.fuyuan.desk.store.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestionDraftsTest {
    @TempDir
    Path tmp;
    Database db;
    AgencyRepository agencies;
    RefItem wuyuan;

    @BeforeEach
    void open() {
        db = Database.open(tmp.resolve("data"), Database.Mode.WRITE);
        agencies = new AgencyRepository(db);
        wuyuan = new ReferenceList(db, ReferenceList.Kind.REGION).save(new RefItem(null, "五原县", 0, true));
    }

    @AfterEach
    void close() {
        db.close();
    }

    Agency agency(String name, RefItem region, AgencyLevel level) {
        return agencies.save(new Agency(null, name, null, region == null ? null : region.id(), null, null, null, level,
                null, null, null, true));
    }

    @Test
    void anUnjustifiedAbsenceDraftsALetterToTheRegionsGovernment() {
        Agency bureau = agency("五原县自然资源局", wuyuan, AgencyLevel.COUNTY);
        agency("五原县隆兴昌镇人民政府", wuyuan, AgencyLevel.TOWNSHIP);
        Agency government = agency("五原县人民政府", wuyuan, AgencyLevel.COUNTY);

        int id = SuggestionDrafts.fromAbsence(db, absence("(2025)内08行初12号", bureau, null, true, LocalDate.of(2025, 5, 14)));
        Suggestion s = new SuggestionRepository(db).find(id).orElseThrow();
        assertThat(s.status()).isEqualTo(SuggestionStatus.DRAFT);
        assertThat(s.draft().recipientId()).isEqualTo(government.id());
        assertThat(s.title()).isEqualTo("关于五原县自然资源局负责人无正当理由不出庭应诉的司法建议书");
        assertThat(s.draft().caseNumbers()).containsExactly("（2025）内08行初12号");
        assertThat(s.draft().background()).contains("本院于2025年5月20日开庭审理（2025）内08行初12号一案", "五原县自然资源局",
                "本院于2025年5月14日向该机关送达出庭应诉通知书", "到庭应诉人员：李四");
        assertThat(s.draft().items()).hasSize(1);
        // complete enough to go to approval at once
        new SuggestionRepository(db).submit(id);
    }

    @Test
    void withoutAGovernmentInTheDirectoryTheRecipientIsLeftForTheUser() {
        Agency bureau = agency("五原县公安局", wuyuan, AgencyLevel.COUNTY);
        Agency noRegion = agency("某某管理站", null, AgencyLevel.COUNTY);
        int id = SuggestionDrafts.fromAbsence(db, absence("（2025）内08行初3号", bureau, null, true, null));
        assertThat(new SuggestionRepository(db).find(id).orElseThrow().draft().recipientId()).isNull();
        int id2 = SuggestionDrafts.fromAbsence(db, absence("（2025）内08行初4号", noRegion, null, true, null));
        assertThat(new SuggestionRepository(db).find(id2).orElseThrow().draft().recipientId()).isNull();
    }

    @Test
    void aHearingOfABasicCourtWithoutNoticeIsDraftedAsRecorded() {
        Agency bureau = agency("五原县自然资源局", wuyuan, AgencyLevel.COUNTY);
        int id = SuggestionDrafts.fromAbsence(db, absence("（2025）内0821行初5号", bureau, "五原县人民法院", false, null));
        Suggestion s = new SuggestionRepository(db).find(id).orElseThrow();
        assertThat(s.draft().background()).startsWith("五原县人民法院于2025年5月20日开庭审理（2025）内0821行初5号一案")
                .doesNotContain("本院", "通知", "2025-05-20", "出庭人员");
        assertThat(s.draft().items()).singleElement().satisfies(i -> assertThat(i.problem()).doesNotContain("依法通知"));
    }

    static UnjustifiedAbsence absence(String caseNumber, Agency agency, String court, boolean required, LocalDate served) {
        return new UnjustifiedAbsence(caseNumber, court, agency.id(), agency.name(), LocalDate.of(2025, 5, 20), required, served,
                null, "局长", AbsenceReason.UNJUSTIFIED, false, "李四");
    }
}
