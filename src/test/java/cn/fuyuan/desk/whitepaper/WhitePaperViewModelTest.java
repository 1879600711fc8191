package cn.fuyuan.desk.whitepaper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fuyuan.desk.caseload.HearingImportTestSetup;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.store.ValidationException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 白皮书 section's state without a window: draft, edit chapter by chapter, save, regenerate, 定稿, reopen. */
class WhitePaperViewModelTest {
    @TempDir
    Path tmp;
    Database db;
    WhitePaperViewModel vm;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(tmp.resolve("data"), Database.Mode.WRITE);
        new HearingImportTestSetup(db).directoryAndTable(tmp);
        vm = new WhitePaperViewModel(new WhitePaperService(db), () -> LocalDate.of(2026, 1, 15));
        vm.year.set(2025);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void editsOfEachChapterAreKeptWhenMovingBetweenChaptersAndSavedTogether() {
        vm.load();
        assertThat(vm.paper().id()).isNull();
        assertThat(vm.status.get()).contains("尚未保存");
        assertThat(vm.text.get()).contains("⟦received=4⟧");
        assertThat(vm.dirty.get()).isFalse();

        vm.text.set("## （一）总体\n全年收案" + vm.markOf("received") + "件。");
        assertThat(vm.dirty.get()).isTrue();
        vm.chapter.set(Chapter.LOSS);
        assertThat(vm.text.get()).contains("⟦lossRate=50.00%⟧");
        vm.heading.set("三、行政机关败诉情况分析");
        vm.text.set("败诉率" + vm.markOf("lossRate") + "。");
        vm.save();

        WhitePaper saved = new WhitePaperService(db).find(2025).orElseThrow();
        assertThat(saved.part(Chapter.OVERVIEW).narrative()).isEqualTo("## （一）总体\n全年收案⟦received=4⟧件。");
        assertThat(saved.part(Chapter.LOSS).heading()).isEqualTo("三、行政机关败诉情况分析");
        assertThat(saved.part(Chapter.LOSS).narrative()).isEqualTo("败诉率⟦lossRate=50.00%⟧。");
        assertThat(vm.dirty.get()).isFalse();
        assertThat(vm.years()).contains(2025, 2026, 2021);
    }

    @Test
    void regenerateWithNothingChangedWarnsOfNothing() {
        vm.load();
        vm.save();
        assertThat(vm.regenerate()).isEmpty();
        assertThat(vm.warnings()).isEmpty();
        assertThat(vm.status.get()).contains("均未变化");
    }

    @Test
    void finalThenReopen() {
        vm.load();
        vm.finalizePaper();
        assertThat(vm.editable.get()).isFalse();
        assertThat(vm.status.get()).contains("定稿");
        assertThatThrownBy(vm::save).isInstanceOf(ValidationException.class);
        vm.reopen("补充典型案例");
        assertThat(vm.editable.get()).isTrue();
        assertThat(vm.paper().reopenReason()).isEqualTo("补充典型案例");
        assertThat(WhitePaperViewModel.describe(new Narrative.Change(Chapter.OVERVIEW, "closed", "审结", "3", "4")))
                .isEqualTo("一、总体情况：审结 由 3 变为 4，请核对该处文字");
    }
}
