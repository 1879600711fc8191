package cn.fuyuan.desk.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fuyuan.desk.TestDb;
import cn.fuyuan.desk.agency.Agency;
import cn.fuyuan.desk.agency.AgencyRepository;
import cn.fuyuan.desk.importing.Sheets;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.store.Problem;
import cn.fuyuan.desk.store.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The register's filters, the case form and the hearing-day grid, without a window, on a real file. */
class CaseViewModelsTest {
    @TempDir
    java.nio.file.Path tmp;
    Database db;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(tmp.resolve("data"), Database.Mode.WRITE);
        new HearingImportTestSetup(db).directory();
        HearingImport.run(db, Sheets.csv(tmp.resolve("t.csv"), StandardCharsets.UTF_8, false, HearingImportTest.table()), false, false);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void registerFilters() {
        CaseListViewModel vm = new CaseListViewModel();
        vm.load(new CaseQueries(db).cases("本院"));
        assertThat(vm.rows()).hasSize(4);
        vm.agency.set("五原县公安局");
        assertThat(vm.rows()).extracting(CaseQueries.CaseRow::caseNumber).containsExactlyInAnyOrder("（2025）内08行初3号", "（2025）内08行初4号");
        vm.headAbsent.set(true); // both had a head absent at one hearing
        assertThat(vm.rows()).hasSize(2);
        vm.clearFilters();
        vm.search.set("(2025)内08行初1");
        assertThat(vm.rows()).extracting(CaseQueries.CaseRow::defendants).containsExactly("临河区公安局、临河区住房和城乡建设局");
        vm.clearFilters();
        vm.result.set(CaseResult.REVOKE);
        vm.region.set("临河区");
        assertThat(vm.rows()).hasSize(1);
        vm.region.set("五原县");
        assertThat(vm.rows()).isEmpty();
    }

    @Test
    void aReleasedRegisterKeepsItsFiltersAndShowsTheSameCasesWhenLoadedAgain() {
        CaseListViewModel vm = new CaseListViewModel();
        vm.load(new CaseQueries(db).cases("本院"));
        vm.agency.set("五原县公安局");
        vm.search.set("行初");
        List<String> before = vm.rows().stream().map(CaseQueries.CaseRow::caseNumber).toList();
        assertThat(before).hasSize(2);

        vm.release(); // the section is left
        assertThat(vm.total()).isZero();
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.agency.get()).isEqualTo("五原县公安局");
        assertThat(vm.search.get()).isEqualTo("行初");

        vm.load(new CaseQueries(db).cases("本院")); // and shown again
        assertThat(vm.total()).isEqualTo(4);
        assertThat(vm.rows()).extracting(CaseQueries.CaseRow::caseNumber).containsExactlyElementsOf(before);
    }

    @Test
    void theRegisterHoldsEachRepeatedNameAndDateOnce() {
        List<CaseQueries.CaseRow> rows = new CaseQueries(db).cases("本院");
        java.util.IdentityHashMap<Object, Boolean> distinct = new java.util.IdentityHashMap<>();
        java.util.Set<Object> equal = new java.util.HashSet<>();
        for (CaseQueries.CaseRow r : rows) {
            for (Object o : java.util.Arrays.asList(r.courtName(), r.cause(), r.filed(), r.closed(), r.lastHearing())) {
                if (o != null) {
                    distinct.put(o, true);
                    equal.add(o);
                }
            }
        }
        // equal values are one instance: as many instances as distinct values
        assertThat(distinct).hasSize(equal.size());
    }

    @Test
    void caseFormNamesEachBadFieldAndSavesAGoodCase() {
        CaseFormViewModel form = new CaseFormViewModel();
        form.load(null);
        form.number.set("2025内08行初9号");
        form.defendants.set("临河区公安局、没有这个局");
        assertThatThrownBy(() -> form.build(n -> AgencyRepository.findByName(db.dsl(), n), n -> Optional.empty()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(Problem::field)
                        .containsExactly("number", "defendants"));

        form.number.set("(2025)内08行初9号");
        form.defendants.set("临河区公安局");
        form.addHearing(LocalDate.of(2025, 9, 1), LocalTime.of(9, 30), "第一审判庭");
        AdminCase saved = new CaseRepository(db).save(form.build(n -> AgencyRepository.findByName(db.dsl(), n), n -> Optional.empty()));
        assertThat(saved.number().toString()).isEqualTo("（2025）内08行初9号");
        assertThat(saved.hearings()).singleElement().satisfies(h -> assertThat(h.appearances()).singleElement()
                .satisfies(a -> assertThat(a.headAppeared()).isNull()));
        Agency police = new AgencyRepository(db).findByName("临河区公安局").orElseThrow();
        assertThat(saved.defendants()).extracting(Defendant::agencyId).containsExactly(police.id());
    }

    @Test
    void aHearingAfterTheClosingDateIsFlaggedWhereItIsEnteredAndCanBeRemoved() {
        CaseFormViewModel form = new CaseFormViewModel();
        form.load(new CaseRepository(db).find(caseId("（2025）内08行初2号")).orElseThrow());   // closed 2025-11-01
        assertThat(form.isDirty()).isFalse();
        assertThat(form.checkNewHearing(LocalDate.of(2025, 11, 20))).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("hearingDate");
            assertThat(p.message()).isEqualTo("开庭日期2025-11-20晚于结案日期2025-11-01");
        });
        assertThat(form.checkNewHearing(LocalDate.of(2025, 9, 25))).extracting(Problem::message).containsExactly("同一天（2025-09-25）有两次开庭");
        assertThat(form.checkNewHearing(LocalDate.of(2025, 10, 20))).isEmpty();
        assertThat(form.hearingProblems()).isEmpty();

        // a closing date moved before a hearing flags that hearing; removing it lets the case be saved
        form.closed.set(LocalDate.of(2025, 10, 1));
        assertThat(form.hearingProblems()).extracting(Problem::message).containsExactly("开庭日期2025-10-15晚于结案日期2025-10-01");
        assertThat(form.isDirty()).as("a changed closing date is unsaved").isTrue();
        assertThat(form.removeHearing(LocalDate.of(2025, 10, 15))).isTrue();
        assertThat(form.hearingProblems()).isEmpty();
        AdminCase saved = new CaseRepository(db).save(form.build(n -> AgencyRepository.findByName(db.dsl(), n), n -> Optional.empty()));
        assertThat(saved.hearings()).extracting(Hearing::date).containsExactly(LocalDate.of(2025, 9, 25));
    }

    int caseId(String number) {
        return (int) TestDb.longValue(db, "SELECT id FROM admin_case WHERE case_number = '" + number + "'");
    }

    @Test
    void gridSavesOnlyChangedRowsAndRefusesAMissingRank() {
        HearingGridViewModel grid = new HearingGridViewModel();
        CaseQueries q = new CaseQueries(db);
        LocalDate day = LocalDate.of(2025, 8, 1);
        grid.load(day, q.hearings(day, day));
        assertThat(grid.entries()).hasSize(1);
        HearingGridViewModel.Entry e = grid.entries().get(0);
        assertThat(HearingGridViewModel.unjustified(e)).get().satisfies(f -> {
            assertThat(f.caseNumber()).isEqualTo("（2025）内08行初4号");
            assertThat(f.agencyName()).isEqualTo("五原县公安局");
            assertThat(f.reason()).isEqualTo(AbsenceReason.UNJUSTIFIED);
            assertThat(f.courtName()).as("heard by the office's own court").isNull();
        });
        assertThat(grid.changed()).isEmpty();

        e.appeared.set(true);
        e.reason.set(null);
        assertThat(grid.problems()).singleElement().asString().contains("级别");
        e.rank.set(HeadRank.PRINCIPAL);
        e.headName.set("丙");
        long history = TestDb.count(db, "audit_log");
        assertThat(grid.save(new CaseRepository(db))).isEqualTo(1);
        assertThat(TestDb.count(db, "audit_log")).isEqualTo(history + 1);
        assertThat(TestDb.string(db, "SELECT head_rank FROM hearing_appearance a JOIN hearing h ON h.id = a.hearing_id WHERE h.hearing_date = '2025-08-01'"))
                .isEqualTo("PRINCIPAL");
    }

    @Test
    void followUpHookIsEmptyUntilRegistered() {
        AbsenceFollowUp.register(null);
        assertThat(AbsenceFollowUp.current()).isEmpty();
        AbsenceFollowUp hook = (ctx, facts) -> { };
        AbsenceFollowUp.register(hook);
        assertThat(AbsenceFollowUp.current()).containsSame(hook);
        AbsenceFollowUp.register(null);
    }
}
