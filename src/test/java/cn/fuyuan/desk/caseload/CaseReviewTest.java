package cn.fuyuan.desk.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fuyuan.desk.TestDb;
import cn.fuyuan.desk.importing.ImportRejected;
import cn.fuyuan.desk.importing.Sheets;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import cn.fuyuan.desk.store.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 败诉原因 and 典型案例 on a case (case_review): saved with history, listed for the white paper, checked in the form. */
class CaseReviewTest {
    @TempDir
    Path tmp;
    Database db;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(tmp.resolve("data"), Database.Mode.WRITE);
        new HearingImportTestSetup(db).directoryAndTable(tmp);
    }

    @AfterEach
    void close() {
        db.close();
    }

    int id(String number) {
        return new CaseRepository(db).findByNumber(number).orElseThrow().id();
    }

    @Test
    void groundsOfLostCasesAndTypicalCasesInTheOfficesOrder() {
        CaseReviewRepository reviews = new CaseReviewRepository(db);
        int lost = id("（2025）内08行初1号");      // 撤销, closed 2025-09-30
        int dismissed = id("（2025）内08行初4号"); // 驳回诉讼请求, closed 2025-12-01
        reviews.save(new CaseReview(lost, LossGround.PROCEDURE, true, 2, "案情甲", "撤销", "意义甲"));
        reviews.save(new CaseReview(dismissed, null, true, 1, "案情乙", "驳回", "意义乙"));

        assertThat(reviews.lost(2025, false)).containsExactly(new CaseReview.Lost("（2025）内08行初1号", "公安", LossGround.PROCEDURE));
        assertThat(reviews.typical(2025)).extracting(CaseReview.Typical::caseNumber)
                .containsExactly("（2025）内08行初4号", "（2025）内08行初1号");
        assertThat(reviews.typical(2024)).isEmpty();
        assertThat(reviews.find(lost).basicFacts()).isEqualTo("案情甲");

        long history = TestDb.count(db, "audit_log");
        reviews.save(reviews.find(lost));
        assertThat(TestDb.count(db, "audit_log")).as("saving the same review again writes no history").isEqualTo(history);
        reviews.save(new CaseReview(lost, LossGround.LAW, true, 2, "案情甲（改）", "撤销", "意义甲"));
        assertThat(TestDb.count(db, "audit_log")).isEqualTo(history + 1);
        assertThat(TestDb.string(db, "SELECT before_json FROM audit_log WHERE table_name = 'case_review' ORDER BY id DESC LIMIT 1"))
                .contains("PROCEDURE").contains("案情甲");

        reviews.save(CaseReview.none(dismissed));
        assertThat(reviews.typical(2025)).extracting(CaseReview.Typical::caseNumber).containsExactly("（2025）内08行初1号");
        new CaseRepository(db).delete(lost);
        assertThat(TestDb.count(db, "case_review")).isZero();
    }

    @Test
    void aGroundOnlyOnALostCase() {
        CaseReviewViewModel vm = new CaseReviewViewModel();
        vm.load(null);
        vm.lossGround.set(LossGround.FACTS);
        assertThat(vm.check(CaseResult.REVOKE, false)).isEmpty();
        assertThat(vm.check(CaseResult.DISMISS_CLAIM, false)).singleElement().extracting(Object::toString).asString()
                .contains("败诉原因").contains("驳回诉讼请求");
        vm.typicalOrder.set("第一");
        assertThat(vm.check(CaseResult.REVOKE, false)).singleElement().extracting(Object::toString).asString().contains("排序");
    }

    @Test
    void theHearingImportTakesTheGroundsColumn() throws Exception {
        List<List<String>> rows = new ArrayList<>(HearingImportTest.table());
        int col = HearingImport.HEADERS.indexOf(HearingImport.LOSS_GROUND);
        List<String> r1 = new ArrayList<>(rows.get(1));
        r1.set(col, "程序违法");          // 行初1, 撤销
        rows.set(1, r1);
        HearingImport.run(db, Sheets.csv(tmp.resolve("g.csv"), StandardCharsets.UTF_8, false, rows), false, false);
        assertThat(new CaseReviewRepository(db).find(id("（2025）内08行初1号")).lossGround()).isEqualTo(LossGround.PROCEDURE);
        long history = TestDb.count(db, "audit_log");
        HearingImport.run(db, Sheets.csv(tmp.resolve("g.csv"), StandardCharsets.UTF_8, false, rows), false, false);
        assertThat(TestDb.count(db, "audit_log")).as("importing the same file again changes nothing").isEqualTo(history);

        List<String> r9 = new ArrayList<>(rows.get(9));
        r9.set(col, "明显不当");          // 行初4, 驳回诉讼请求: not a loss
        rows.set(9, r9);
        assertThatThrownBy(() -> HearingImport.run(db, Sheets.csv(tmp.resolve("h.csv"), StandardCharsets.UTF_8, false, rows), false, false))
                .isInstanceOf(ImportRejected.class)
                .satisfies(e -> assertThat(((ImportRejected) e).problems()).singleElement()
                        .satisfies(p -> assertThat(p.toString()).contains("第 10 行").contains("败诉原因").contains("驳回诉讼请求")));
        assertThat(new CaseReviewRepository(db).find(id("（2025）内08行初4号")).lossGround()).isNull();
    }

    @Test
    void groundsParseFromTheirTerms() {
        assertThat(LossGround.parse("程序违法")).contains(LossGround.PROCEDURE);
        assertThat(LossGround.parse("滥用职权")).contains(LossGround.AUTHORITY);
        assertThat(LossGround.parse("事实不清，证据不足")).contains(LossGround.FACTS);
        assertThat(LossGround.parse("别的")).isEmpty();
    }
}
