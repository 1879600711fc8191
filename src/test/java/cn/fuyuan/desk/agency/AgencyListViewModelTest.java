package cn.fuyuan.desk.agency;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.demo.DemoData;
import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.store.Database;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The directory list's search and "show inactive", against a real SQLite file. No window. */
class AgencyListViewModelTest {
    @TempDir
    Path dir;
    Database db;
    AgencyRepository agencies;
    AgencyListViewModel list;

    @BeforeEach
    void open() {
        Messages.setLocale(Messages.CHINESE);
        db = Database.open(dir, Database.Mode.WRITE);
        DemoData.write(db, 1, DemoData.DEFAULT_SEED, null);
        agencies = new AgencyRepository(db);
        list = new AgencyListViewModel(agencies);
        list.reload();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void showsEveryActiveAgencyWithoutASearch() {
        assertThat(list.shown()).hasSize(agencies.count()).allMatch(Agency::active);
    }

    @Test
    void aReleasedDirectoryKeepsItsSearchAndShowsTheSameAgenciesWhenLoadedAgain() {
        list.searchProperty().set("公安局");
        List<String> before = list.shown().stream().map(Agency::name).toList();
        list.release();
        assertThat(list.shown()).isEmpty();
        assertThat(list.searchProperty().get()).isEqualTo("公安局");
        list.reload();
        assertThat(list.shown()).extracting(Agency::name).containsExactlyElementsOf(before).isNotEmpty();
    }

    @Test
    void searchMatchesTheName() {
        list.searchProperty().set("公安局");
        assertThat(list.shown()).isNotEmpty().allMatch(a -> a.name().contains("公安局"));
        assertThat(list.shown()).extracting(Agency::name).contains("巴彦淖尔市公安局", "临河区公安局");
    }

    @Test
    void searchMatchesTheShortName() {
        list.searchProperty().set("市住建局");
        assertThat(list.shown()).extracting(Agency::name).containsExactly("巴彦淖尔市住房和城乡建设局");
    }

    @Test
    void searchMatchesTheRegion() {
        list.searchProperty().set("磴口县");
        assertThat(list.shown()).isNotEmpty().allMatch(a -> "磴口县".equals(a.regionName()));
        long inRegion = agencies.list(false).stream().filter(a -> "磴口县".equals(a.regionName())).count();
        assertThat(list.shown()).hasSize((int) inRegion);
    }

    @Test
    void searchMatchesTheHeadAndIgnoresSurroundingSpaces() {
        Agency police = agencies.findByName("巴彦淖尔市公安局").orElseThrow();
        agencies.save(new Agency(police.id(), police.name(), police.shortName(), police.regionId(), police.regionName(),
                police.fieldId(), police.fieldName(), police.level(), "独一无二", police.headTitle(), police.phone(), true));
        list.reload();

        list.searchProperty().set("  独一无二 ");

        assertThat(list.shown()).extracting(Agency::name).containsExactly("巴彦淖尔市公安局");
    }

    @Test
    void searchWithNoMatchShowsNothingAndClearingItShowsAllAgain() {
        list.searchProperty().set("没有这个机关");
        assertThat(list.shown()).isEmpty();
        list.searchProperty().set("");
        assertThat(list.shown()).hasSize(agencies.count());
    }

    @Test
    void inactiveAgenciesAreHiddenUnlessAskedFor() {
        Agency police = agencies.findByName("巴彦淖尔市公安局").orElseThrow();
        agencies.save(police.withActive(false));
        list.reload();

        assertThat(list.shown()).extracting(Agency::name).doesNotContain("巴彦淖尔市公安局");
        list.searchProperty().set("巴彦淖尔市公安局");
        assertThat(list.shown()).isEmpty();

        list.includeInactiveProperty().set(true);
        assertThat(list.shown()).extracting(Agency::name).containsExactly("巴彦淖尔市公安局");
        list.searchProperty().set("");
        assertThat(list.shown()).hasSize(agencies.count());
    }
}
