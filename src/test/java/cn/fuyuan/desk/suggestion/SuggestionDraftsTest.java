package cn.fuyuan.desk.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.agency.Agency;
import cn.fuyuan.desk.agency.AgencyLevel;
import cn.fuyuan.desk.agency.AgencyRepository;
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

        int id = SuggestionDrafts.fromAbsence(db, "(2025)内08行初12号", bureau.id(), LocalDate.of(2025, 5, 20),
                "该局局长以开会为由缺席，未提交情况说明。");
        Suggestion s = new SuggestionRepository(db).find(id).orElseThrow();
        assertThat(s.status()).isEqualTo(SuggestionStatus.DRAFT);
        assertThat(s.draft().recipientId()).isEqualTo(government.id());
        assertThat(s.title()).isEqualTo("关于五原县自然资源局负责人无正当理由不出庭应诉的司法建议书");
        assertThat(s.draft().caseNumbers()).containsExactly("（2025）内08行初12号");
        assertThat(s.draft().background()).contains("2025年5月20日", "五原县自然资源局", "该局局长以开会为由缺席");
        assertThat(s.draft().items()).hasSize(1);
        // complete enough to go to approval at once
        new SuggestionRepository(db).submit(id);
    }

    @Test
    void withoutAGovernmentInTheDirectoryTheRecipientIsLeftForTheUser() {
        Agency bureau = agency("五原县公安局", wuyuan, AgencyLevel.COUNTY);
        Agency noRegion = agency("某某管理站", null, AgencyLevel.COUNTY);
        int id = SuggestionDrafts.fromAbsence(db, "（2025）内08行初3号", bureau.id(), LocalDate.of(2025, 5, 20), null);
        assertThat(new SuggestionRepository(db).find(id).orElseThrow().draft().recipientId()).isNull();
        int id2 = SuggestionDrafts.fromAbsence(db, "（2025）内08行初4号", noRegion.id(), LocalDate.of(2025, 5, 20), "");
        assertThat(new SuggestionRepository(db).find(id2).orElseThrow().draft().recipientId()).isNull();
    }
}
