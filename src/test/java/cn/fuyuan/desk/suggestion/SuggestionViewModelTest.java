package cn.fuyuan.desk.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.agency.Agency;
import cn.fuyuan.desk.agency.AgencyRepository;
import cn.fuyuan.desk.store.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestionViewModelTest {
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

    @Test
    void thePairsEditorAddsRemovesAndReordersAndEmptyPairsAreDropped() {
        SuggestionFormViewModel form = new SuggestionFormViewModel(new AgencyRepository(db).list(false), 2);
        assertThat(form.pairs()).hasSize(1);
        assertThat(form.isDirty()).isFalse();
        form.titleProperty().set("关于甲的司法建议书");
        assertThat(form.isDirty()).as("a title typed into the new letter").isTrue();
        form.recipientProperty().set(agency);
        form.casesProperty().set("(2025)内08行初1号、（2025）内08行初2号");
        form.ccProperty().set("五原县自然资源局，五原县人民政府");
        form.pairs().get(0).problemProperty().set("问题一");
        form.pairs().get(0).adviceProperty().set("建议一");
        form.addPair();
        form.pairs().get(1).problemProperty().set("问题二");
        form.pairs().get(1).adviceProperty().set("建议二");
        form.addPair(); // left empty: dropped
        form.movePair(1, -1);
        form.movePair(0, -1); // cannot move above the top: nothing happens
        LetterDraft d = form.toDraft();
        assertThat(d.items()).containsExactly(new LetterItem("问题二", "建议二"), new LetterItem("问题一", "建议一"));
        assertThat(d.caseNumbers()).hasSize(2);
        assertThat(d.cc()).containsExactly(new CcUnit(agency.id(), "五原县自然资源局"), CcUnit.text("五原县人民政府"));
        assertThat(form.problems()).isEmpty();
        form.removePair(0);
        form.pairs().get(0).adviceProperty().set("");
        assertThat(form.problems()).extracting(cn.fuyuan.desk.store.Problem::field).containsExactly("items");

        form.pairs().get(0).adviceProperty().set("建议一");
        int id = repo.saveDraft(form.toDraft());
        repo.submit(id);
        form.load(repo.find(id).orElseThrow());
        assertThat(form.editableProperty().get()).as("only a draft is editable").isFalse();
        assertThat(form.recipientProperty().get()).isEqualTo(agency);
    }

    @Test
    void listFiltersBySearchStatusOverdueAndSortsTheOverdueList() {
        int a = repo.saveDraft(SuggestionFixtures.draft(agency.id(), "关于征收程序的司法建议书"));
        int b = repo.saveDraft(SuggestionFixtures.draft(agency.id(), "关于信息公开的司法建议书"));
        int c = repo.saveDraft(SuggestionFixtures.draft(agency.id(), "关于行政处罚的司法建议书"));
        for (int[] x : new int[][] {{a, 1}, {b, 3}}) {
            repo.submit(x[0]);
            repo.sign(x[0], Approver.PRESIDENT, LocalDate.of(2025, x[1], 1));
            repo.deliver(x[0], LocalDate.of(2025, x[1], 2), "直接送达", true);
        }
        SuggestionListViewModel list = new SuggestionListViewModel(repo, 14);
        list.reload();
        list.setAsOf(LocalDate.of(2025, 6, 1), 14);
        assertThat(list.shown()).hasSize(3);
        list.searchProperty().set("信息公开");
        assertThat(list.shown()).extracting(Suggestion::id).containsExactly(b);
        list.searchProperty().set("");
        list.statusProperty().set(SuggestionStatus.DRAFT);
        assertThat(list.shown()).extracting(Suggestion::id).containsExactly(c);
        list.statusProperty().set(null);
        // a due 2025-03-02 (91 days overdue on 06-01), b due 2025-05-02 (30 days)
        list.overdueOnlyProperty().set(true);
        assertThat(list.shown()).extracting(Suggestion::id).containsExactlyInAnyOrder(a, b);
        assertThat(list.overdue()).extracting(Suggestion::id).containsExactly(a, b);
        assertThat(list.overdue().get(0).daysOverdue(list.asOf())).isEqualTo(91);
        list.overdueOnlyProperty().set(false);
        list.setAsOf(LocalDate.of(2025, 4, 20), 14);
        list.dueSoonOnlyProperty().set(true);
        assertThat(list.shown()).extracting(Suggestion::id).containsExactly(b);
        list.dueSoonOnlyProperty().set(false);
        list.yearProperty().set(2025);
        assertThat(list.figures().issued()).isEqualTo(2);
        assertThat(list.years()).contains(2025);
        assertThat(List.copyOf(list.shown())).extracting(Suggestion::id).contains(a, b);
    }
}
