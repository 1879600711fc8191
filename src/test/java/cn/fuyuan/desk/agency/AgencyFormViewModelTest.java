package cn.fuyuan.desk.agency;

import cn.fuyuan.desk.settings.RefItem;
import cn.fuyuan.desk.settings.ReferenceList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fuyuan.desk.demo.DemoData;
import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.store.Problem;
import cn.fuyuan.desk.store.ValidationException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agency form's rules against a real SQLite file with the demonstration data. No window. */
class AgencyFormViewModelTest {
    static final String EXISTING = "巴彦淖尔市公安局";

    @TempDir
    Path dir;
    Database db;
    AgencyRepository agencies;
    AgencyFormViewModel form;
    List<RefItem> regions;
    List<RefItem> fields;

    @BeforeEach
    void open() {
        Messages.setLocale(Messages.CHINESE);
        db = Database.open(dir, Database.Mode.WRITE);
        DemoData.write(db, 1, DemoData.DEFAULT_SEED, null);
        agencies = new AgencyRepository(db);
        regions = new ReferenceList(db, ReferenceList.Kind.REGION).list(false);
        fields = new ReferenceList(db, ReferenceList.Kind.FIELD).list(false);
        form = new AgencyFormViewModel(agencies);
        form.load(null, regions, fields);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void emptyNameIsAProblemOnTheNameFieldAndTheFormIsInvalid() {
        form.nameProperty().set("   ");

        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.problems()).extracting(Problem::field).contains("name");
        assertThat(form.problemOf("name")).hasValueSatisfying(m -> assertThat(m).contains("机关名称"));
    }

    @Test
    void theNameOfAnotherAgencyIsADuplicateThatNamesTheName() {
        form.nameProperty().set(" " + EXISTING + " ");

        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.problemOf("name")).hasValueSatisfying(m -> assertThat(m).contains(EXISTING).contains("已存在"));
    }

    @Test
    void editingALoadedAgencyAndKeepingItsNameIsValid() {
        int before = agencies.count();
        Agency police = agencies.findByName(EXISTING).orElseThrow();
        form.load(police, regions, fields);
        assertThat(form.dirtyProperty().get()).isFalse();
        assertThat(form.regionProperty().get()).extracting(RefItem::name).isEqualTo("市本级");

        form.phoneProperty().set("0478-1234567");

        assertThat(form.dirtyProperty().get()).isTrue();
        assertThat(form.problems()).isEmpty();
        assertThat(form.validProperty().get()).isTrue();
        Agency saved = form.save();
        assertThat(saved.id()).isEqualTo(police.id());
        assertThat(agencies.find(police.id()).orElseThrow().phone()).isEqualTo("0478-1234567");
        assertThat(agencies.count()).isEqualTo(before);
    }

    @Test
    void renamingALoadedAgencyToAnotherAgencysNameIsADuplicate() {
        Agency police = agencies.findByName(EXISTING).orElseThrow();
        form.load(police, regions, fields);

        form.nameProperty().set("巴彦淖尔市人民政府");

        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.problemOf("name")).hasValueSatisfying(m -> assertThat(m).contains("巴彦淖尔市人民政府"));
    }

    /** The form reads a name as the import does (TabularFile.clean): a no-break or ideographic space is no new agency. */
    @Test
    void aNameWithNoBreakOrIdeographicSpacesIsTheNameTheImportReads() {
        form.nameProperty().set("\u3000" + EXISTING + "\u00a0");
        form.levelProperty().set(AgencyLevel.CITY);
        assertThat(form.validProperty().get()).as("the same agency as " + EXISTING).isFalse();
        assertThat(form.problemOf("name")).hasValueSatisfying(m -> assertThat(m).contains(EXISTING).doesNotContain("\u00a0"));

        form.nameProperty().set("巴彦淖尔市\u00a0水务局\u200b\u3000");
        Agency saved = form.save();
        assertThat(agencies.find(saved.id()).orElseThrow().name()).isEqualTo("巴彦淖尔市 水务局");
        assertThat(agencies.findByName("巴彦淖尔市 水务局\u00a0")).isPresent();
    }

    @Test
    void saveWritesANewAgencyAndSetsItsId() {
        int before = agencies.count();
        form.nameProperty().set("巴彦淖尔市水务局");
        form.levelProperty().set(AgencyLevel.CITY);
        form.regionProperty().set(regions.get(0));

        assertThat(form.validProperty().get()).isTrue();
        assertThat(form.idProperty().get()).isNull();
        Agency saved = form.save();

        assertThat(saved.id()).isNotNull();
        assertThat(form.idProperty().get()).isEqualTo(saved.id());
        assertThat(form.dirtyProperty().get()).isFalse();
        assertThat(agencies.count()).isEqualTo(before + 1);
        Agency stored = agencies.find(saved.id()).orElseThrow();
        assertThat(stored.name()).isEqualTo("巴彦淖尔市水务局");
        assertThat(stored.level()).isEqualTo(AgencyLevel.CITY);
        assertThat(stored.regionName()).isEqualTo(regions.get(0).name());
        // the saved form now names itself: still valid, not a duplicate of itself
        form.validate();
        assertThat(form.validProperty().get()).isTrue();
    }

    @Test
    void saveWhileInvalidThrowsAndWritesNothing() {
        int before = agencies.count();
        long historyBefore = history();
        form.nameProperty().set(EXISTING);
        form.phoneProperty().set("call me");

        assertThatThrownBy(form::save)
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems())
                        .extracting(Problem::field).containsExactlyInAnyOrder("phone", "name"));
        assertThat(agencies.count()).isEqualTo(before);
        assertThat(history()).isEqualTo(historyBefore);
        assertThat(form.idProperty().get()).isNull();
    }

    @Test
    void aMissingLevelIsAProblemOnTheLevelField() {
        form.nameProperty().set("某新机关");
        form.levelProperty().set(null);

        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.problemOf("level")).hasValueSatisfying(m -> assertThat(m).contains("层级"));
    }

    private long history() {
        return db.dsl().fetchCount(cn.fuyuan.desk.store.jooq.Tables.AUDIT_LOG);
    }
}
