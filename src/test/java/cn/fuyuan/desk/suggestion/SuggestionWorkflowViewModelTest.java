package cn.fuyuan.desk.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fuyuan.desk.agency.Agency;
import cn.fuyuan.desk.agency.AgencyRepository;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.store.Problem;
import cn.fuyuan.desk.store.ValidationException;
import cn.fuyuan.desk.suggestion.SuggestionRules.Step;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which workflow buttons a letter's state allows, as the view binds them (no window), through a real database; and
 * the years typed into the 优秀 and 作废文号 dialogs.
 */
class SuggestionWorkflowViewModelTest {
    @TempDir
    Path tmp;
    Database db;
    SuggestionRepository repo;
    Agency agency;
    SuggestionFormViewModel form;
    SuggestionWorkflowViewModel workflow;

    @BeforeEach
    void open() {
        db = Database.open(tmp.resolve("data"), Database.Mode.WRITE);
        repo = new SuggestionRepository(db);
        agency = SuggestionFixtures.setUp(db);
        form = new SuggestionFormViewModel(new AgencyRepository(db).list(false), 2);
        workflow = new SuggestionScreens(db).workflow(form);
    }

    @AfterEach
    void close() {
        db.close();
    }

    Set<Step> allowed() {
        return Stream.of(Step.values()).filter(s -> workflow.allowed(s).get()).collect(Collectors.toCollection(() -> EnumSet.noneOf(Step.class)));
    }

    void show(int id) {
        form.load(repo.find(id).orElseThrow());
    }

    @Test
    void eachStateAllowsItsStepsAndAWithdrawnLetterIsNotMarkedExcellent() {
        assertThat(allowed()).as("a new letter").containsExactly(Step.SAVE);
        assertThat(workflow.shown().get()).isFalse();
        int id = workflow.save(SuggestionFixtures.draft(agency.id(), "关于甲的司法建议书"));
        show(id);
        assertThat(workflow.shown().get()).isTrue();
        assertThat(allowed()).as("草稿").containsExactlyInAnyOrder(Step.SAVE, Step.SUBMIT, Step.WITHDRAW);
        workflow.submit(form.toDraft());
        show(id);
        assertThat(allowed()).as("待审批").containsExactlyInAnyOrder(Step.SEND_BACK, Step.SIGN, Step.WITHDRAW);
        workflow.sign(id, Approver.PRESIDENT, LocalDate.of(2026, 3, 2));
        show(id);
        assertThat(allowed()).as("已签发").containsExactlyInAnyOrder(Step.DELIVER, Step.WITHDRAW, Step.EXCELLENT);
        workflow.deliver(id, LocalDate.of(2026, 3, 3), "", "直接送达", false);
        show(id);
        assertThat(allowed()).as("已送达").containsExactlyInAnyOrder(Step.RECEIPT, Step.REPLY, Step.WITHDRAW, Step.EXCELLENT);
        workflow.withdraw(id, LocalDate.of(2026, 3, 4), "被告已自行纠正");
        show(id);
        assertThat(form.loadedProperty().get().number()).as("a withdrawn letter keeps its number").isNotNull();
        assertThat(allowed()).as("已撤回: nothing, 优秀 included (it was enabled for any numbered letter)").isEmpty();
        assertThat(SuggestionWorkflowViewModel.checkExcellent(form.loadedProperty().get(), true, "全区优秀司法建议", "2026"))
                .extracting(Problem::field).containsExactly("excellent");
    }

    @Test
    void aBadlyTypedYearIsRefusedNamingItNotTakenAsMissing() {
        int id = workflow.save(SuggestionFixtures.draft(agency.id(), "关于乙的司法建议书"));
        workflow.submit(repo.find(id).orElseThrow().draft());
        workflow.sign(id, Approver.PRESIDENT, LocalDate.of(2026, 3, 2));
        Suggestion signed = repo.find(id).orElseThrow();
        assertThat(SuggestionWorkflowViewModel.checkExcellent(signed, true, "全区优秀司法建议", "2026")).isEmpty();
        assertThat(SuggestionWorkflowViewModel.checkExcellent(signed, true, "全区优秀司法建议", "２０26年"))
                .extracting(Problem::message).containsExactly("“评选年度”应为四位数的年份，如 2026（填的是“２０26年”）");
        assertThat(SuggestionWorkflowViewModel.checkExcellent(signed, true, "全区优秀司法建议", " "))
                .extracting(Problem::message).containsExactly("“评选年度”不能为空");
        assertThat(SuggestionWorkflowViewModel.checkExcellent(signed, false, "", "abc")).as("unmarking needs no year").isEmpty();
        assertThatThrownBy(() -> workflow.markExcellent(id, true, "全区优秀司法建议", "20266"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("20266");
        assertThat(repo.find(id).orElseThrow().excellent()).isFalse();
        workflow.markExcellent(id, true, "全区优秀司法建议", " 2026 ");
        assertThat(repo.find(id).orElseThrow().excellentYear()).isEqualTo(2026);

        assertThat(SuggestionWorkflowViewModel.checkVoid("26")).extracting(Problem::message)
                .containsExactly("“年度”应为四位数的年份，如 2026（填的是“26”）");
        assertThatThrownBy(() -> workflow.voidNumber("二〇二六", "误编")).isInstanceOf(ValidationException.class);
        assertThat(workflow.voidNumber("2026", "误编")).matches("巴法建〔2026〕\\d+号");
    }

    @Test
    void theStateLineSaysWhatTheLetterIs() {
        int id = workflow.save(SuggestionFixtures.draft(agency.id(), "关于丙的司法建议书"));
        workflow.submit(repo.find(id).orElseThrow().draft());
        workflow.sign(id, Approver.PRESIDENT, LocalDate.of(2026, 3, 2));
        Suggestion s = repo.find(id).orElseThrow();
        assertThat(SuggestionFormViewModel.stateLine(s, LocalDate.of(2026, 3, 5)))
                .startsWith(SuggestionStatus.SIGNED.label() + " · " + s.number()).contains("2026-03-02");
        form.load(s);
        assertThat(form.editableProperty().get()).as("a signed letter's fields are read-only").isFalse();
    }
}
