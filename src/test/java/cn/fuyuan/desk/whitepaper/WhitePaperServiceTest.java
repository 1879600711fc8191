package cn.fuyuan.desk.whitepaper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fuyuan.desk.TestDb;
import cn.fuyuan.desk.caseload.AdminCase;
import cn.fuyuan.desk.caseload.CaseRepository;
import cn.fuyuan.desk.caseload.CaseResult;
import cn.fuyuan.desk.caseload.CaseReview;
import cn.fuyuan.desk.caseload.CaseReviewRepository;
import cn.fuyuan.desk.caseload.HearingImportTestSetup;
import cn.fuyuan.desk.caseload.LossGround;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.store.ValidationException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The white paper's life on a real store: drafted from the hand-worked table of HearingImportTest (4 cases filed in
 * 2025, 3 closed; 行初1 撤销 with two defendants, 行初2 撤诉, 行初4 驳回), edited, regenerated, 定稿, reopened.
 */
class WhitePaperServiceTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);
    @TempDir
    Path tmp;
    Database db;
    WhitePaperService service;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(tmp.resolve("data"), Database.Mode.WRITE);
        new HearingImportTestSetup(db).directoryAndTable(tmp);
        service = new WhitePaperService(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void draftQuotesTheFiguresAndMarksThem() {
        WhitePaper p = service.draft(2025, AS_OF);
        assertThat(p.parts()).extracting(WhitePaper.Part::chapter).containsExactly(Chapter.values());
        ChapterFigures overview = p.part(Chapter.OVERVIEW).figures();
        // 4 cases filed in 2025 (行初1 2025-06-01, 2 2025-08-01, 3 2025-05-01, 4 2025-07-01); closed 1, 2, 4 → 75.00%
        assertThat(overview.value("received")).isEqualTo("4");
        assertThat(overview.value("closed")).isEqualTo("3");
        assertThat(overview.value("pending")).isEqualTo("1");
        assertThat(overview.value("closingRate")).isEqualTo("75.00%");
        assertThat(p.part(Chapter.OVERVIEW).narrative()).contains("⟦received=4⟧").contains("⟦closingRate=75.00%⟧");
        assertThat(Narrative.plain(p.part(Chapter.OVERVIEW).narrative())).contains("新收行政案件4件").doesNotContain("⟦");
        // loss: 4 units, 2 lost (行初1's two defendants) → 50.00%, 调撤 1 → 25.00%
        assertThat(p.part(Chapter.LOSS).figures().value("lossRate")).isEqualTo("50.00%");
        assertThat(p.part(Chapter.LOSS).figures().value("settlementRate")).isEqualTo("25.00%");
        assertThat(p.title()).contains("行政审判白皮书（2025年）");
    }

    @Test
    void problemsChapterCountsTheGroundsOfLostCases() {
        int lost = new CaseRepository(db).findByNumber("（2025）内08行初1号").orElseThrow().id();
        new CaseReviewRepository(db).save(new CaseReview(lost, LossGround.PROCEDURE, true, 1, "甲诉公安局", "撤销处罚决定", "程序正当"));
        WhitePaper p = service.draft(2025, AS_OF);
        ChapterFigures problems = p.part(Chapter.PROBLEMS).figures();
        assertThat(problems.value("lostCases")).isEqualTo("1");
        assertThat(problems.value("ground.PROCEDURE")).isEqualTo("1");
        assertThat(Narrative.plain(p.part(Chapter.PROBLEMS).narrative())).contains("败诉案件1件，其中程序违法1件");
        assertThat(p.part(Chapter.TYPICAL).figures().cases()).singleElement()
                .satisfies(c -> assertThat(c.caseNumber()).isEqualTo("（2025）内08行初1号"));
    }

    @Test
    void regeneratingKeepsTheWordsAndReportsTheQuotedFiguresThatChanged() {
        WhitePaper p = service.save(service.draft(2025, AS_OF));
        String edited = "## （一）收案\n本年度收案⟦received=4⟧件，较往年明显增多，审结⟦closed=3⟧件。\n这一句是办公室写的。";
        p = service.save(p.withPart(p.part(Chapter.OVERVIEW).withNarrative(edited)));

        CaseRepository cases = new CaseRepository(db);
        AdminCase c = cases.findByNumber("（2025）内08行初3号").orElseThrow();
        cases.save(new AdminCase(c.id(), c.number(), c.courtId(), c.courtName(), c.plaintiffs(), c.cause(), c.actType(), c.fieldId(),
                c.fieldName(), c.filingDate(), LocalDate.of(2025, 12, 20), CaseResult.DISMISS_CLAIM, c.majorPublicInterest(),
                c.noticeRequired(), c.defendants(), c.hearings()));

        WhitePaperService.Regenerated r = service.regenerate(p, AS_OF);
        String now = r.paper().part(Chapter.OVERVIEW).narrative();
        assertThat(now).isEqualTo("## （一）收案\n本年度收案⟦received=4⟧件，较往年明显增多，审结⟦closed=4⟧件。\n这一句是办公室写的。");
        // the office's overview quotes one figure that changed; the drafted loss chapter quotes three (行初3 now closed: 5 units, 2 lost)
        assertThat(r.changes()).containsExactly(new Narrative.Change(Chapter.OVERVIEW, "closed", "审结", "3", "4"),
                new Narrative.Change(Chapter.LOSS, "closed", "审结一审案件（机关次）", "4", "5"),
                new Narrative.Change(Chapter.LOSS, "lossRate", "败诉率", "50.00%", "40.00%"),
                new Narrative.Change(Chapter.LOSS, "settlementRate", "调撤率", "25.00%", "20.00%"));
        assertThat(r.paper().part(Chapter.OVERVIEW).figures().value("closingRate")).isEqualTo("100.00%");
        assertThat(Narrative.blocks(now)).containsExactly(new Narrative.Block(true, "（一）收案"),
                new Narrative.Block(false, "本年度收案4件，较往年明显增多，审结4件。"), new Narrative.Block(false, "这一句是办公室写的。"));
    }

    @Test
    void finalFreezesAndReopeningIsExplicitAndInTheHistory() {
        WhitePaper p = service.save(service.draft(2025, AS_OF));
        WhitePaper fin = service.finalizePaper(p, LocalDate.of(2026, 2, 1));
        assertThat(fin.isFinal()).isTrue();
        assertThat(service.find(2025).orElseThrow().finalizedOn()).isEqualTo(LocalDate.of(2026, 2, 1));

        assertThatThrownBy(() -> service.save(fin.withPart(fin.part(Chapter.OVERVIEW).withNarrative("改"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("已定稿");
        assertThatThrownBy(() -> service.regenerate(fin, AS_OF)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> service.reopen(2025, " ")).isInstanceOf(ValidationException.class).hasMessageContaining("理由");

        WhitePaper open = service.reopen(2025, "人大常委会要求补充数据");
        assertThat(open.isFinal()).isFalse();
        assertThat(open.reopenReason()).isEqualTo("人大常委会要求补充数据");
        assertThat(TestDb.string(db, "SELECT after_json FROM audit_log WHERE table_name = 'white_paper' ORDER BY id DESC LIMIT 1"))
                .contains("DRAFT").contains("人大常委会要求补充数据");
        assertThat(TestDb.count(db, "audit_log WHERE table_name = 'white_paper' AND action = 'UPDATE'")).isEqualTo(2);
        assertThat(service.savedYears()).isEqualTo(List.of(2025));
    }
}
