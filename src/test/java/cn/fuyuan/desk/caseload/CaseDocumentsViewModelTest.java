package cn.fuyuan.desk.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.caseload.CaseQueries.HearingRow;
import cn.fuyuan.desk.demo.DemoData;
import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.store.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12 §10: the notice batch limited to the notices still to send, and one hearing's notice from its row. No window. */
class CaseDocumentsViewModelTest {
    static final LocalDate FROM = LocalDate.of(2023, 1, 1);
    static final LocalDate TO = LocalDate.of(2026, 12, 31);
    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        Messages.setLocale(Messages.CHINESE);
        db = Database.open(dir, Database.Mode.WRITE);
        DemoData.write(db, 1, DemoData.DEFAULT_SEED, null);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private CaseDocumentsViewModel batch() {
        CaseDocumentsViewModel vm = new CaseDocumentsViewModel(db, false, LocalDate.of(2026, 12, 2));
        vm.fromProperty().set(FROM);
        vm.toProperty().set(TO);
        return vm;
    }

    /** Makes the rows' notices: the first required and not served, the second 无须通知, the third served. */
    private void notices(List<HearingRow> rows) {
        db.dsl().execute("UPDATE hearing_appearance SET notice_required = 1, notice_served_date = NULL WHERE id = ?", rows.get(0).appearance().id());
        db.dsl().execute("UPDATE hearing_appearance SET notice_required = 0, notice_served_date = NULL WHERE id = ?", rows.get(1).appearance().id());
        db.dsl().execute("UPDATE hearing_appearance SET notice_required = 1, notice_served_date = '2023-01-01' WHERE id = ?",
                rows.get(2).appearance().id());
    }

    @Test
    void theBatchCanBeLimitedToRequiredNoticesNotYetServed() {
        notices(new CaseQueries(db).hearings(FROM, TO));
        List<HearingRow> rows = new CaseQueries(db).hearings(FROM, TO);
        List<String> unserved = rows.stream().filter(h -> h.appearance().noticeUnserved()).map(h -> h.appearance().agencyName() + "：").toList();
        long notRequired = rows.stream().filter(h -> !h.appearance().noticeRequired()).count();
        long served = rows.stream().filter(h -> h.appearance().noticeServed() != null).count();
        assertThat(unserved).as("the demo has notices still to send").isNotEmpty();
        assertThat(notRequired).as("the demo has hearings with 无须通知").isPositive();
        assertThat(served).as("the demo has notices served").isPositive();

        CaseDocumentsViewModel vm = batch();
        assertThat(vm.offersOnlyUnserved()).isTrue();
        assertThat(vm.onlyUnservedProperty().get()).as("proposed: only what is still to send").isTrue();
        assertThat(vm.letters(LocalDate.of(2026, 12, 2))).extracting(NoticeLetters.Letter::recipient).containsExactlyElementsOf(unserved);

        vm.onlyUnservedProperty().set(false);
        assertThat(vm.letters(LocalDate.of(2026, 12, 2))).hasSize(rows.size());
    }

    @Test
    void oneHearingRowGivesItsOneNotice() {
        HearingRow row = new CaseQueries(db).hearings(FROM, TO).get(3);
        List<NoticeLetters.Letter> letters = CaseDocumentsViewModel.noticeOf(db, row, LocalDate.of(2026, 12, 2));
        assertThat(letters).hasSize(1);
        assertThat(letters.get(0).recipient()).isEqualTo(row.appearance().agencyName() + "：");
        assertThat(letters.get(0).body()).contains(row.caseNumber());
    }

    @Test
    void datesTheWrongWayRoundAreRefusedNamingTheField() {
        CaseDocumentsViewModel vm = batch();
        assertThat(vm.problem()).isEmpty();
        vm.toProperty().set(FROM.minusDays(1));
        assertThat(vm.problem()).hasValue(Messages.get("caseload.badRange"));
        vm.toProperty().set(null);
        assertThat(vm.problem()).isPresent();
        CaseDocumentsViewModel reminders = new CaseDocumentsViewModel(db, true, LocalDate.of(2026, 12, 2));
        assertThat(reminders.offersOnlyUnserved()).isFalse();
        assertThat(reminders.titleKey()).isEqualTo("caseload.reminders");
    }
}
