package cn.fuyuan.desk.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fuyuan.desk.TestDb;
import cn.fuyuan.desk.agency.Agency;
import cn.fuyuan.desk.store.AuditRepository;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.store.Problem;
import cn.fuyuan.desk.store.ValidationException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestionRepositoryTest {
    @TempDir
    Path tmp;
    Database db;
    SuggestionRepository repo;
    Agency agency;

    @BeforeEach
    void open() {
        db = Database.open(tmp.resolve("data"), Database.Mode.WRITE);
        repo = new SuggestionRepository(db);
        agency = SuggestionFixtures.setUp(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    static List<String> fields(Runnable r) {
        try {
            r.run();
        } catch (ValidationException e) {
            return e.problems().stream().map(Problem::field).toList();
        }
        throw new AssertionError("not refused");
    }

    int signed(String title, LocalDate on) {
        int id = repo.saveDraft(SuggestionFixtures.draft(agency.id(), title));
        repo.submit(id);
        repo.sign(id, Approver.PRESIDENT, on);
        return id;
    }

    @Test
    void aDraftKeepsItsContentWithCaseNumbersNormalisedAndPairsInOrder() {
        int id = repo.saveDraft(SuggestionFixtures.draft(agency.id(), "关于规范土地征收程序的司法建议书"));
        Suggestion s = repo.find(id).orElseThrow();
        assertThat(s.status()).isEqualTo(SuggestionStatus.DRAFT);
        assertThat(s.number()).isNull();
        assertThat(s.recipientName()).isEqualTo("五原县自然资源局");
        assertThat(s.draft().caseNumbers()).containsExactly("（2025）内08行初12号");
        assertThat(s.draft().items()).extracting(LetterItem::problem).containsExactly("征收公告未依法公示。", "补偿标准未告知被征收人。");
        assertThat(s.draft().cc()).containsExactly(CcUnit.text("五原县人民政府"));
        assertThat(repo.forCase("（2025）内08行初12号")).extracting(Suggestion::id).containsExactly(id);

        // reorder the pairs: stored in the new order
        LetterDraft d = s.draft();
        List<LetterItem> items = new ArrayList<>(d.items());
        Collections.reverse(items);
        repo.saveDraft(new LetterDraft(id, d.title(), d.kind(), d.recipientId(), d.caseNumbers(), d.cc(), d.background(),
                items, 3, d.contactPerson(), d.contactPhone(), d.drafter(), "内部"));
        Suggestion again = repo.find(id).orElseThrow();
        assertThat(again.draft().items()).extracting(LetterItem::problem).containsExactly("补偿标准未告知被征收人。", "征收公告未依法公示。");
        assertThat(again.draft().replyMonths()).isEqualTo(3);
    }

    @Test
    void badContentIsRefusedNamingEachFieldAndNothingIsWritten() {
        LetterDraft bad = new LetterDraft(null, " ", SuggestionKind.INDIVIDUAL, agency.id(), List.of("2025行初12"),
                List.of(), null, List.of(new LetterItem("问题", " ")), 0, null, null, null, null);
        assertThat(fields(() -> repo.saveDraft(bad))).containsExactlyInAnyOrder("title", "caseNumbers", "items", "replyMonths");
        assertThat(TestDb.count(db, "suggestion")).isZero();
    }

    @Test
    void anIncompleteDraftCannotGoToApproval() {
        int id = repo.saveDraft(new LetterDraft(null, "关于某事的司法建议书", SuggestionKind.INDIVIDUAL, null, List.of(),
                List.of(), null, List.of(), 2, null, null, null, null));
        assertThat(fields(() -> repo.submit(id))).containsExactlyInAnyOrder("recipient", "items", "caseNumbers");
        assertThat(repo.find(id).orElseThrow().status()).isEqualTo(SuggestionStatus.DRAFT);
    }

    @Test
    void fromDraftToClosedEveryStepIsCheckedAndInTheHistory() {
        int id = repo.saveDraft(SuggestionFixtures.draft(agency.id(), "关于规范土地征收程序的司法建议书"));
        // cannot sign, deliver, reply or close a draft
        assertThat(fields(() -> repo.sign(id, Approver.PRESIDENT, d("2025-03-01")))).contains("status");
        assertThat(fields(() -> repo.deliver(id, d("2025-03-02"), "直接送达", true))).contains("status");
        assertThat(fields(() -> repo.reply(id, d("2025-04-01"), "已整改", Adoption.ADOPTED))).contains("status");
        assertThat(fields(() -> repo.close(id, d("2025-05-01"), null))).contains("status");

        repo.submit(id);
        assertThat(fields(() -> repo.sign(id, null, null))).containsExactlyInAnyOrder("approvedBy", "approvedOn");
        assertThat(fields(() -> repo.saveDraft(repo.find(id).orElseThrow().draft()))).as("no edits once submitted").contains("status");
        Suggestion s = repo.sign(id, Approver.COMMITTEE, d("2025-03-01"));
        assertThat(s.status()).isEqualTo(SuggestionStatus.SIGNED);
        assertThat(s.number()).isEqualTo("巴法建〔2025〕1号");
        assertThat(s.approvedBy()).isEqualTo(Approver.COMMITTEE);

        assertThat(fields(() -> repo.deliver(id, d("2025-02-28"), "直接送达", false))).containsExactly("issuedOn");
        assertThat(fields(() -> repo.deliver(id, d("2025-03-02"), " ", false))).containsExactly("deliveryMethod");
        s = repo.deliver(id, d("2025-03-31"), "直接送达", false);
        assertThat(s.issuedOn()).isEqualTo(d("2025-03-31"));
        assertThat(s.dueOn()).isEqualTo(d("2025-05-31"));
        s = repo.setReceiptReturned(id, true);
        assertThat(s.receiptReturned()).isTrue();

        assertThat(fields(() -> repo.reply(id, d("2025-03-30"), "x", Adoption.ADOPTED))).containsExactly("replyOn");
        assertThat(fields(() -> repo.reply(id, d("2025-04-30"), "x", null))).containsExactly("adoption");
        assertThat(fields(() -> repo.reply(id, d("2025-04-30"), "  ", Adoption.ADOPTED))).containsExactly("replyText");
        assertThat(SuggestionRules.checkReply(repo.find(id).orElseThrow(), d("2025-04-30"), null, Adoption.ADOPTED))
                .extracting(cn.fuyuan.desk.store.Problem::message).containsExactly("“回复内容”不能为空");
        s = repo.reply(id, d("2025-04-30"), "已按建议整改。", Adoption.PARTLY);
        assertThat(s.adoption()).isEqualTo(Adoption.PARTLY);
        assertThat(fields(() -> repo.withdraw(id, d("2025-05-01"), "误发"))).containsExactly("status");

        assertThat(fields(() -> repo.close(id, d("2025-04-29"), null))).containsExactly("archivedOn");
        s = repo.close(id, d("2025-06-30"), "回访：已完成整改。");
        assertThat(s.status()).isEqualTo(SuggestionStatus.CLOSED);

        List<String> statuses = new ArrayList<>(new AuditRepository(db).forRecord("suggestion", id).stream()
                .map(e -> String.valueOf(e.after().get("status"))).toList());
        Collections.reverse(statuses); // the history lists the newest first
        assertThat(statuses).containsSubsequence("DRAFT", "PENDING", "SIGNED", "DELIVERED", "REPLIED", "CLOSED");
        assertThat(TestDb.string(db, "SELECT after_json FROM audit_log WHERE table_name = 'suggestion_number'"))
                .contains("巴法建〔2025〕1号");
    }

    @Test
    void withdrawNeedsAReasonAndKeepsTheNumber() {
        int id = signed("关于甲的司法建议书", d("2025-03-01"));
        assertThat(fields(() -> repo.withdraw(id, d("2025-03-05"), " "))).containsExactly("withdrawReason");
        Suggestion s = repo.withdraw(id, d("2025-03-05"), "对方已主动整改");
        assertThat(s.status()).isEqualTo(SuggestionStatus.WITHDRAWN);
        assertThat(s.number()).isEqualTo("巴法建〔2025〕1号");
        assertThat(repo.find(signed("关于乙的司法建议书", d("2025-03-06"))).orElseThrow().number()).isEqualTo("巴法建〔2025〕2号");
    }

    @Test
    void oneSeriesPerYearAndVoidsAreRecordedAndSkipped() {
        assertThat(repo.find(signed("一", d("2025-01-10"))).orElseThrow().number()).isEqualTo("巴法建〔2025〕1号");
        assertThat(repo.find(signed("二", d("2025-12-31"))).orElseThrow().number()).isEqualTo("巴法建〔2025〕2号");
        assertThat(repo.find(signed("三", d("2026-01-01"))).orElseThrow().number()).isEqualTo("巴法建〔2026〕1号");
        assertThat(fields(() -> repo.voidNumber(2025, ""))).containsExactly("voidReason");
        assertThat(repo.voidNumber(2025, "手工编号已占用")).isEqualTo("巴法建〔2025〕3号");
        assertThat(repo.find(signed("四", d("2025-12-31"))).orElseThrow().number()).isEqualTo("巴法建〔2025〕4号");
        assertThat(repo.numbers(2025)).extracting(SuggestionRepository.NumberEntry::seq).containsExactly(1, 2, 3, 4);
        assertThat(repo.numbers(2025).get(2).voidReason()).isEqualTo("手工编号已占用");
        assertThat(repo.numbers(2025).get(2).suggestionId()).isNull();
        assertThat(repo.findByNumber("巴法建[2025]004号").orElseThrow().title()).isEqualTo("四");
    }

    @Test
    void twoThreadsSigningAtOnceNeverGetTheSameNumber() throws Exception {
        int perThread = 15;
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < 2 * perThread; i++) {
            int id = repo.saveDraft(SuggestionFixtures.draft(agency.id(), "建议" + i));
            repo.submit(id);
            ids.add(id);
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                List<Integer> mine = ids.subList(t * perThread, (t + 1) * perThread);
                results.add(pool.submit(() -> {
                    start.await();
                    List<String> numbers = new ArrayList<>();
                    for (int id : mine) {
                        numbers.add(repo.sign(id, Approver.PRESIDENT, d("2025-06-01")).number());
                    }
                    return numbers;
                }));
            }
            start.countDown();
            List<String> all = new ArrayList<>();
            for (Future<List<String>> f : results) {
                all.addAll(f.get());
            }
            assertThat(all).hasSize(2 * perThread).doesNotHaveDuplicates();
            assertThat(repo.numbers(2025)).extracting(SuggestionRepository.NumberEntry::seq)
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 2 * perThread).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSeriesRefusesADuplicateEvenFromOutsideTheApplication() {
        signed("一", d("2025-01-10"));
        assertThatThrownBy(() -> TestDb.execute(db,
                "INSERT INTO suggestion_number (year, seq, number_text, void_reason, taken_on) VALUES (2025, 1, 'x', 'dup', '2025-01-11')"))
                .hasStackTraceContaining("UNIQUE");
    }

    @Test
    void excellentOnlyForASignedLetterWithContestAndYear() {
        int draft = repo.saveDraft(SuggestionFixtures.draft(agency.id(), "草稿"));
        assertThat(fields(() -> repo.markExcellent(draft, true, "全区优秀司法建议评选", 2025))).containsExactly("excellent");
        int id = signed("关于甲的司法建议书", d("2025-03-01"));
        assertThat(fields(() -> repo.markExcellent(id, true, "", null))).containsExactlyInAnyOrder("excellentContest", "excellentYear");
        Suggestion s = repo.markExcellent(id, true, "全区优秀司法建议评选", 2025);
        assertThat(s.excellent()).isTrue();
        assertThat(s.excellentContest()).isEqualTo("全区优秀司法建议评选");
    }

    @Test
    void attachmentsAreStoredWithALimitAndAClearMessage() {
        int id = repo.saveDraft(SuggestionFixtures.draft(agency.id(), "甲"));
        int att = repo.addAttachment(id, "回复.pdf", new byte[] {1, 2, 3});
        assertThat(repo.attachments(id)).extracting(SuggestionRepository.AttachmentInfo::fileName).containsExactly("回复.pdf");
        assertThat(repo.attachmentContent(att)).containsExactly(1, 2, 3);
        byte[] big = new byte[(int) SuggestionRepository.MAX_ATTACHMENT_BYTES + 1];
        assertThatThrownBy(() -> repo.addAttachment(id, "扫描件.pdf", big)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("扫描件.pdf").hasMessageContaining("10 MB");
        assertThat(TestDb.string(db, "SELECT after_json FROM audit_log WHERE table_name = 'suggestion_attachment'"))
                .contains("回复.pdf").doesNotContain("content");
        repo.removeAttachment(att);
        assertThat(repo.attachments(id)).isEmpty();
    }
}
