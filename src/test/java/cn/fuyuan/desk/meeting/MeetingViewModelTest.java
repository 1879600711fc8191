package cn.fuyuan.desk.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.store.Problem;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeetingViewModelTest {
    @TempDir
    Path tmp;
    Database db;
    MeetingRepository repo;
    MeetingFixtures fx;

    @BeforeEach
    void open() {
        Messages.setLocale(Messages.CHINESE);
        db = Database.open(tmp.resolve("data"), Database.Mode.WRITE);
        repo = new MeetingRepository(db);
        fx = new MeetingFixtures(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void listFiltersByYearKindUnitAndSearch() {
        repo.create(fx.meeting("一季度联席会议", LocalDateTime.of(2025, 3, 20, 9, 0), fx.item("建立会商机制", fx.housing, null)));
        Meeting forum = repo.create(Meeting.draft(MeetingKind.FORUM, "执行工作座谈会", LocalDateTime.of(2026, 5, 8, 9, 0), null, null,
                java.util.List.of(), java.util.List.of(), java.util.List.of(fx.item("查控专班", fx.police, null))));
        MeetingListViewModel vm = new MeetingListViewModel(repo);
        vm.reload();
        assertThat(vm.shown()).hasSize(2);
        assertThat(vm.years()).containsExactly(2026, 2025);
        vm.year.set(2025);
        assertThat(vm.shown()).extracting(Meeting::title).containsExactly("一季度联席会议");
        vm.year.set(null);
        vm.kind.set(MeetingKind.FORUM);
        assertThat(vm.shown()).extracting(Meeting::id).containsExactly(forum.id());
        vm.kind.set(null);
        vm.unit.set("临河区住房和城乡建设局");   // attended (请假) and responsible in the first meeting only
        assertThat(vm.shown()).extracting(Meeting::title).containsExactly("一季度联席会议");
        vm.unit.set("");
        vm.search.set("查控");
        assertThat(vm.shown()).extracting(Meeting::title).containsExactly("执行工作座谈会");
        vm.search.set("〔2025〕1号");
        assertThat(vm.shown()).extracting(Meeting::title).containsExactly("一季度联席会议");
    }

    @Test
    void formPreviewsTheCarryOverSavesAndBecomesReadOnlyWhenIssued() {
        Meeting first = repo.create(fx.meeting("一季度联席会议", LocalDateTime.of(2025, 3, 20, 9, 0),
                fx.item("建立会商机制", fx.housing, LocalDate.of(2025, 5, 31))));
        MeetingFormViewModel vm = new MeetingFormViewModel(repo);
        vm.newMeeting(LocalDate.of(2025, 6, 20));
        assertThat(vm.carried).extracting(AgreedItem::text).containsExactly("建立会商机制");
        vm.newMeeting(LocalDate.of(2025, 3, 1));
        assertThat(vm.carried).isEmpty();

        vm.date.set(LocalDate.of(2025, 6, 20));
        vm.refreshCarryPreview();
        assertThat(vm.problems()).extracting(Problem::field).contains("title");
        vm.title.set("二季度联席会议");
        vm.time.set("9点");
        assertThat(vm.problems()).extracting(Problem::message).contains("召开时间“9点”格式不正确，应为 09:30 的形式");
        vm.time.set("14:30");
        MeetingFormViewModel.ItemRow row = vm.addItem();
        row.text.set("每月通报");
        assertThat(vm.problems()).extracting(Problem::message).containsExactly("议定事项第 1 项：请至少指定一个承办单位");
        row.setFirstUnit(Unit.agency(fx.police.id(), fx.police.name()));
        assertThat(vm.problems()).isEmpty();
        Meeting saved = vm.save();
        assertThat(saved.number()).isEqualTo("〔2025〕2号");
        assertThat(vm.carried).extracting(AgreedItem::meetingNumber).containsExactly(first.number());

        vm.recordProgress(vm.carried.get(0).id(), LocalDate.of(2025, 6, 20), "已建立", ItemStatus.DONE);
        assertThat(vm.carried.get(0).status()).isEqualTo(ItemStatus.DONE);

        vm.advance();
        vm.advance();
        assertThat(vm.readOnly.get()).isTrue();
        assertThat(vm.problems()).singleElement().extracting(Problem::field).isEqualTo("state");
        vm.reopen();
        assertThat(vm.readOnly.get()).isFalse();
    }

    @Test
    void aMeetingAfterTodayCannotBeMarkedHeld() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        MeetingFormViewModel vm = new MeetingFormViewModel(repo);
        vm.setToday(() -> today);
        vm.newMeeting(today.plusDays(9));
        assertThat(vm.isDirty()).isFalse();
        vm.title.set("四季度联席会议");
        assertThat(vm.isDirty()).as("a title typed into the new meeting").isTrue();
        assertThat(vm.problems()).isEmpty();
        vm.save();
        assertThat(vm.isDirty()).as("saved").isFalse();
        assertThatThrownBy(vm::advance).isInstanceOfSatisfying(cn.fuyuan.desk.store.ValidationException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("heldAt");
                    assertThat(p.message()).isEqualTo("“召开时间”为 2026-12-10，在今天（2026-12-01）之后：尚未召开的会议不能标为“已召开”");
                }));
        vm.reload();
        assertThat(vm.state.get()).isEqualTo(MeetingState.PLANNED);

        // held on the day itself is fine; moving a held meeting into the future is refused as it is entered
        vm.date.set(today);
        vm.save();
        vm.advance();
        assertThat(vm.state.get()).isEqualTo(MeetingState.HELD);
        vm.date.set(today.plusDays(3));
        assertThat(vm.problems()).extracting(Problem::field).containsExactly("heldAt");
        assertThat(MeetingRules.checkHeld(MeetingState.PLANNED, today.plusDays(3).atTime(9, 0), today)).isEmpty();
    }
}
