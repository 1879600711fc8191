package cn.fuyuan.desk.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.agency.Agency;
import cn.fuyuan.desk.agency.AgencyRepository;
import cn.fuyuan.desk.caseload.AdminCase;
import cn.fuyuan.desk.caseload.Appearance;
import cn.fuyuan.desk.caseload.CaseNumber;
import cn.fuyuan.desk.caseload.CaseQueries;
import cn.fuyuan.desk.caseload.CaseRepository;
import cn.fuyuan.desk.caseload.Defendant;
import cn.fuyuan.desk.caseload.Hearing;
import cn.fuyuan.desk.caseload.HearingImportTestSetup;
import cn.fuyuan.desk.cli.Cli;
import cn.fuyuan.desk.settings.SettingKey;
import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.suggestion.Adoption;
import cn.fuyuan.desk.suggestion.Approver;
import cn.fuyuan.desk.suggestion.CcUnit;
import cn.fuyuan.desk.suggestion.ChaseLetterReport;
import cn.fuyuan.desk.suggestion.ChaseLogRepository;
import cn.fuyuan.desk.suggestion.LetterDraft;
import cn.fuyuan.desk.suggestion.LetterItem;
import cn.fuyuan.desk.suggestion.Suggestion;
import cn.fuyuan.desk.suggestion.SuggestionKind;
import cn.fuyuan.desk.suggestion.SuggestionRepository;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reminders worked by hand, as of Monday 2026-03-02 looking 7 days ahead (to 2026-03-09 inclusive), with the notice
 * setting at 3 days and the letters' due-soon setting at 14 days.
 *
 * <pre>
 * case  defendant  hearing           notice                      reminder
 * 1     A          2026-03-04 09:30  required, not served        NOTICE_LATE (2 days before &lt; 3)
 * 1     B          2026-03-04 09:30  required, served 02-27      —
 * 2     C          2026-03-08        required, not served        NOTICE_UNSERVED (6 days before)
 * 3     A          2026-03-06        无须通知, not served          — (not a required notice)
 * 4     B          2026-03-20        required, not served        — (beyond 7 days; listed with --days 30)
 * 5     C          2026-02-27        required, not served        — (past)
 * 6     A          2026-03-09        required, not served        NOTICE_UNSERVED (the last day counts)
 *
 * letter  issued      due         reply        status      reminder
 * L1      2025-12-01  2026-02-01  —            已送达       LETTER_OVERDUE, 29 days
 * L2      2026-01-02  2026-03-02  —            已送达       LETTER_DUE_SOON (due today is not overdue)
 * L3      2025-11-15  2026-01-15  2026-01-10   已回复       LETTER_NOT_VISITED; archive by 2026-04-10 (not within 7 days)
 * L4      2025-12-31  2026-02-28  —            已送达       LETTER_OVERDUE, 2 days
 * L5      2025-11-01  2026-01-01  —            已撤回       — (withdrawn)
 * </pre>
 */
class RemindersTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 3, 2);

    @TempDir
    Path tmp;
    Path dir;
    Database db;
    Map<String, Agency> agencies;
    int[] cases = new int[7];
    int[] letters = new int[6];

    @BeforeEach
    void open() {
        dir = tmp.resolve("data");
        db = Database.open(dir, Database.Mode.WRITE);
        SettingsRepository settings = new SettingsRepository(db);
        settings.put(SettingKey.COURT_NAME, "巴彦淖尔市中级人民法院");
        settings.put(SettingKey.SUGGESTION_PREFIX, "巴法建");
        new HearingImportTestSetup(db).directory();
        agencies = new AgencyRepository(db).list(true).stream().collect(Collectors.toMap(Agency::name, Function.identity()));
        cases[1] = hearingCase(1, "2026-03-04", LocalTime.of(9, 30), ap("临河区公安局", true, null),
                ap("临河区住房和城乡建设局", true, LocalDate.of(2026, 2, 27)));
        cases[2] = hearingCase(2, "2026-03-08", null, ap("五原县公安局", true, null));
        cases[3] = hearingCase(3, "2026-03-06", null, ap("临河区公安局", false, null));
        cases[4] = hearingCase(4, "2026-03-20", null, ap("临河区住房和城乡建设局", true, null));
        cases[5] = hearingCase(5, "2026-02-27", null, ap("五原县公安局", true, null));
        cases[6] = hearingCase(6, "2026-03-09", null, ap("临河区公安局", true, null));
        letters[1] = delivered("关于规范行政处罚程序的司法建议书", "2025-12-01");
        letters[2] = delivered("关于加强政府信息公开的司法建议书", "2026-01-02");
        letters[3] = delivered("关于规范土地征收的司法建议书", "2025-11-15");
        new SuggestionRepository(db).reply(letters[3], LocalDate.of(2026, 1, 10), "已整改", Adoption.ADOPTED);
        letters[4] = delivered("关于规范行政许可的司法建议书", "2025-12-31");
        letters[5] = delivered("关于规范行政强制的司法建议书", "2025-11-01");
        new SuggestionRepository(db).withdraw(letters[5], LocalDate.of(2025, 12, 1), "情况已变化");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Appearance ap(String agency, boolean required, LocalDate served) {
        Agency a = agencies.get(agency);
        return Appearance.blank(a.id(), a.name(), required).withNotice(required, served);
    }

    private int hearingCase(int seq, String date, LocalTime time, Appearance... appearances) {
        List<Defendant> defendants = new ArrayList<>();
        for (Appearance a : appearances) {
            defendants.add(new Defendant(a.agencyId(), a.agencyName(), null, null));
        }
        AdminCase c = new AdminCase(null, CaseNumber.parse("（2026）内08行初" + seq + "号").orElseThrow(), null, null, "原告" + seq,
                "行政处罚", null, null, null, LocalDate.of(2026, 1, 5), null, null, false, false, defendants,
                List.of(new Hearing(null, LocalDate.parse(date), time, null, List.of(appearances))));
        return new CaseRepository(db).save(c).id();
    }

    private int delivered(String title, String issued) {
        SuggestionRepository repo = new SuggestionRepository(db);
        int id = repo.saveDraft(new LetterDraft(null, title, SuggestionKind.INDIVIDUAL, agencies.get("临河区公安局").id(),
                List.of("（2026）内08行初1号"), List.of(CcUnit.text("临河区人民政府")), "背景",
                List.of(new LetterItem("问题。", "建议。")), 2, "李文静", "0478-8210000", "王法官", null));
        repo.submit(id);
        LocalDate on = LocalDate.parse(issued);
        repo.sign(id, Approver.PRESIDENT, on);
        repo.deliver(id, on, "直接送达", true);
        return id;
    }

    private static List<String> of(List<Reminder> all, ReminderKind... kinds) {
        List<ReminderKind> ks = List.of(kinds);
        return all.stream().filter(r -> ks.contains(r.kind())).map(r -> r.kind() + " " + r.recordId() + " " + r.date()).toList();
    }

    @Test
    void everyUnservedRequiredNoticeAndEveryOverdueLetterAsWorkedByHand() {
        List<Reminder> all = Reminders.compute(db, AS_OF, 7);
        assertThat(of(all, ReminderKind.NOTICE_UNSERVED, ReminderKind.NOTICE_LATE)).containsExactly(
                "NOTICE_LATE " + cases[1] + " 2026-03-04",
                "NOTICE_UNSERVED " + cases[2] + " 2026-03-08",
                "NOTICE_UNSERVED " + cases[6] + " 2026-03-09");
        assertThat(of(all, ReminderKind.LETTER_OVERDUE)).containsExactly(
                "LETTER_OVERDUE " + letters[1] + " 2026-02-01",
                "LETTER_OVERDUE " + letters[4] + " 2026-02-28");
        assertThat(of(all, ReminderKind.LETTER_DUE_SOON)).containsExactly("LETTER_DUE_SOON " + letters[2] + " 2026-03-02");
        assertThat(of(all, ReminderKind.LETTER_NOT_VISITED)).containsExactly("LETTER_NOT_VISITED " + letters[3] + " 2026-01-10");
        assertThat(of(all, ReminderKind.LETTER_ARCHIVE_DUE)).isEmpty();
        Reminder l1 = all.stream().filter(r -> r.kind() == ReminderKind.LETTER_OVERDUE && r.recordId() == letters[1]).findFirst().orElseThrow();
        assertThat(l1.detail()).contains("已过 29 日");
        Reminder late = all.stream().filter(r -> r.kind() == ReminderKind.NOTICE_LATE).findFirst().orElseThrow();
        assertThat(late.title()).isEqualTo("（2026）内08行初1号");
        assertThat(late.detail()).contains("2026-03-04 09:30").contains("临河区公安局");

        // exactly as the sections count them: the 近期开庭 list's 未送达 rows and the overdue letters' list (催办函)
        long unserved = new CaseQueries(db).hearings(AS_OF, AS_OF.plusDays(7)).stream().filter(h -> h.appearance().noticeUnserved()).count();
        assertThat(of(all, ReminderKind.NOTICE_UNSERVED, ReminderKind.NOTICE_LATE)).hasSize((int) unserved);
        assertThat(all.stream().filter(r -> r.kind() == ReminderKind.LETTER_OVERDUE).map(Reminder::recordId).toList())
                .isEqualTo(ChaseLetterReport.overdue(new SuggestionRepository(db).list(), AS_OF).stream().map(Suggestion::id).toList());

        // further ahead: case 4's hearing, and L3's archiving by 2026-04-10
        List<Reminder> month = Reminders.compute(db, AS_OF, 40);
        assertThat(of(month, ReminderKind.NOTICE_UNSERVED)).contains("NOTICE_UNSERVED " + cases[4] + " 2026-03-20");
        assertThat(of(month, ReminderKind.LETTER_ARCHIVE_DUE)).containsExactly("LETTER_ARCHIVE_DUE " + letters[3] + " 2026-04-10");
    }

    @Test
    void doneAndPutOffAreKeptAndAChaseLetterIsKnown() {
        ReminderStateRepository states = new ReminderStateRepository(db);
        List<Reminder> all = Reminders.compute(db, AS_OF, 7);
        Reminder l1 = all.stream().filter(r -> r.kind() == ReminderKind.LETTER_OVERDUE && r.recordId() == letters[1]).findFirst().orElseThrow();
        Reminder l4 = all.stream().filter(r -> r.kind() == ReminderKind.LETTER_OVERDUE && r.recordId() == letters[4]).findFirst().orElseThrow();
        new ChaseLogRepository(db).record(List.of(letters[1]), AS_OF, "邮寄");
        assertThat(Reminders.compute(db, AS_OF, 7)).filteredOn(r -> r.key().equals(l1.key())).singleElement()
                .satisfies(r -> assertThat(r.detail()).contains("已发催办函 1 次，最近 2026-03-02（邮寄）"));
        states.markDone(l1.key(), AS_OF);
        states.putOff(l4.key(), AS_OF.plusDays(3));
        List<String> keys = Reminders.compute(db, AS_OF, 7).stream().map(Reminder::key).toList();
        assertThat(keys).doesNotContain(l1.key(), l4.key()).hasSize(all.size() - 2);
        assertThat(Reminders.compute(db, AS_OF.plusDays(3), 7).stream().map(Reminder::key)).contains(l4.key()).doesNotContain(l1.key());
        assertThat(Reminders.all(db, AS_OF, 7)).hasSize(all.size());
        states.clear(l1.key());
        assertThat(Reminders.compute(db, AS_OF, 7).stream().map(Reminder::key)).contains(l1.key());
        // the history shows the chase letter and the reminder's state
        assertThat(cn.fuyuan.desk.TestDb.longValue(db, "SELECT count(*) FROM audit_log WHERE table_name = 'suggestion_chase'")).isEqualTo(1);
        assertThat(cn.fuyuan.desk.TestDb.longValue(db, "SELECT count(*) FROM audit_log WHERE table_name = 'reminder_state'")).isEqualTo(3);
    }

    @Test
    void theCommandLineListsTheSame() throws Exception {
        List<Reminder> all = Reminders.compute(db, AS_OF, 7);
        db.close();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"--data", dir.toString(), "reminders", "--as-of", "2026-03-02", "--days", "7"},
                (d, b) -> 2, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        List<String> keys = new ArrayList<>();
        json.forEach(n -> keys.add(n.get("key").asText()));
        assertThat(keys).isEqualTo(all.stream().map(Reminder::key).toList());
        assertThat(json.get(0).get("record").asText()).isIn("case", "letter", "meeting");
        StringWriter csv = new StringWriter();
        assertThat(Cli.run(new String[] {"--data", dir.toString(), "reminders", "--as-of", "2026-03-02", "--format", "csv"},
                (d, b) -> 2, new PrintWriter(csv, true), new PrintWriter(err, true))).isZero();
        assertThat(csv.toString()).startsWith("kind,date,record,id,title,detail,key\r\n").contains("NOTICE_LATE,2026-03-04,case,");
        db = Database.open(dir, Database.Mode.WRITE);
    }

    @Test
    void printingTheChaseLettersWithRecordSentTellsTheNextReminders() throws Exception {
        db.close();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"--data", dir.toString(), "report", "chase", "--overdue", "--as-of", "2026-03-02",
            "--out", tmp.resolve("催办函.pdf").toString(), "--record-sent", "邮寄"}, (d, b) -> 2, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("已记录 2 件建议书");
        db = Database.open(dir, Database.Mode.WRITE);
        assertThat(Reminders.compute(db, AS_OF, 7)).filteredOn(r -> r.kind() == ReminderKind.LETTER_OVERDUE)
                .hasSize(2).allSatisfy(r -> assertThat(r.detail()).contains("已发催办函 1 次，最近 2026-03-02（邮寄）"));
        assertThat(new ChaseLogRepository(db).byLetter().keySet()).containsExactlyInAnyOrder(letters[1], letters[4]);
    }
}
