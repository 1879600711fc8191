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

    @Test
    void anAttendeeTypedBeforeAddingIsTheOneAdded() {
        MeetingFormViewModel vm = new MeetingFormViewModel(repo);
        vm.newMeeting(LocalDate.of(2026, 12, 30));
        vm.attendeeEntry.person.set(" 王建国 ");
        vm.attendeeEntry.unit.set(Unit.agency(fx.police.id(), fx.police.name()));
        MeetingFormViewModel.AttendeeRow added = vm.addAttendee(AttendeeRole.ABSENT);
        assertThat(vm.attendees).containsExactly(added);
        assertThat(added.person.get()).isEqualTo("王建国");
        assertThat(added.unit.get()).isEqualTo(Unit.agency(fx.police.id(), fx.police.name()));
        assertThat(added.role.get()).isEqualTo(AttendeeRole.ABSENT);
        assertThat(vm.attendeeEntry.typed()).as("the entry empties for the next person").isFalse();

        // nothing typed: an empty row to fill in, as before
        MeetingFormViewModel.AttendeeRow empty = vm.addAttendee(AttendeeRole.PRESENT);
        assertThat(empty.person.get()).isEmpty();
        assertThat(empty.unit.get()).isNull();
        assertThat(vm.attendees).hasSize(2);
    }

    @Test
    void theItemEditorKeepsItsItemAndUnitsAcrossSaveAndStepAndEmptiesOnNew() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        MeetingFormViewModel vm = new MeetingFormViewModel(repo);
        vm.setToday(() -> today);
        vm.newMeeting(today);
        vm.title.set("四季度联席会议");
        vm.addItem().text.set("建立会商机制");
        vm.items.get(0).setFirstUnit(Unit.agency(fx.housing.id(), fx.housing.name()));
        MeetingFormViewModel.ItemRow second = vm.addItem();
        second.text.set("每月通报执行进展");
        second.setFirstUnit(Unit.agency(fx.police.id(), fx.police.name()));
        second.deadline.set(LocalDate.of(2027, 3, 31));
        second.linkedCase.set("（2025）内08行初12号");
        assertThat(vm.item.get()).isSameAs(second);

        vm.save();
        assertThat(vm.item.get()).as("after 保存 the editor shows the item it showed").isNotNull();
        assertThat(vm.item.get().text.get()).isEqualTo("每月通报执行进展");
        assertThat(vm.item.get().firstUnit()).isEqualTo(Unit.agency(fx.police.id(), fx.police.name()));
        vm.advance();
        assertThat(vm.state.get()).isEqualTo(MeetingState.HELD);
        assertThat(vm.item.get().firstUnit()).as("after 下一步").isEqualTo(Unit.agency(fx.police.id(), fx.police.name()));

        vm.newMeeting(today);
        assertThat(vm.item.get()).as("after 新建 no item is shown").isNull();
        assertThat(vm.items).isEmpty();
        assertThat(vm.attendeeEntry.typed()).isFalse();

        vm.load(repo.list().get(0));
        assertThat(vm.item.get()).as("another meeting shown: nothing chosen yet").isNull();
    }

    @Test
    void anItemHasALeadUnitAndPartnersStoredInOrderAndPrinted() {
        Unit police = Unit.agency(fx.police.id(), fx.police.name());
        Unit housing = Unit.agency(fx.housing.id(), fx.housing.name());
        Unit court = Unit.court("巴彦淖尔市中级人民法院");
        MeetingFormViewModel vm = new MeetingFormViewModel(repo);
        vm.newMeeting(LocalDate.of(2026, 11, 20));
        vm.title.set("四季度联席会议");
        MeetingFormViewModel.ItemRow row = vm.addItem();
        row.text.set("征收补偿争议实质性化解");
        row.setFirstUnit(housing);
        row.addPartner(police);
        row.addPartner(court);
        row.addPartner(police);          // already responsible: not twice
        row.addPartner(housing);
        assertThat(row.firstUnit()).isEqualTo(housing);
        assertThat(row.partners()).containsExactly(police, court);
        row.removePartner(court);
        row.addPartner(court);
        row.setFirstUnit(police);        // a partner made lead leaves the partners; the old lead is replaced
        assertThat(row.units.get()).containsExactly(police, court);
        row.addPartner(housing);
        Meeting saved = vm.save();

        AgreedItem stored = repo.find(saved.id()).orElseThrow().items().get(0);
        assertThat(stored.units()).extracting(Unit::name).containsExactly("临河区公安局", "巴彦淖尔市中级人民法院", "临河区住房和城乡建设局");
        assertThat(vm.item.get().partners()).extracting(Unit::name).containsExactly("巴彦淖尔市中级人民法院", "临河区住房和城乡建设局");
        assertThat(MinutesReport.lines(repo.find(saved.id()).orElseThrow(), java.util.Map.of())).extracting(MinutesReport.Line::text)
                .anyMatch(t -> t.contains("承办单位：临河区公安局、巴彦淖尔市中级人民法院、临河区住房和城乡建设局"));
        assertThat(FollowUpTable.rows(repo, LocalDate.of(2026, 12, 1), true, null)).extracting(FollowUpTable.Row::unit)
                .containsExactlyInAnyOrder("临河区公安局", "巴彦淖尔市中级人民法院", "临河区住房和城乡建设局");
    }
}
