package cn.fuyuan.desk.appearance;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Issue 12 §10: periods picked as year + quarter, and each statistics table with its total row from the stats function. No window. */
class FiguresViewModelTest {
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

    @Test
    void thePeriodIsPickedAsYearAndQuarter() {
        FiguresViewModel vm = new FiguresViewModel(db, LocalDate.of(2026, 2, 10));
        assertThat(vm.period()).as("the last quarter ended").isEqualTo(new Period(2025, 4));
        assertThat(vm.yearProperty().get()).isEqualTo(2025);
        assertThat(vm.quarterProperty().get()).isEqualTo(4);
        assertThat(vm.years()).startsWith(2026, 2025).hasSize(FiguresViewModel.YEARS_BACK + 1);
        assertThat(FiguresViewModel.quarters()).containsExactly(1, 2, 3, 4, FiguresViewModel.WHOLE_YEAR);
        vm.quarterProperty().set(FiguresViewModel.WHOLE_YEAR);
        assertThat(vm.period()).isEqualTo(new Period(2025, 0));
        vm.yearProperty().set(2024);
        vm.quarterProperty().set(3);
        assertThat(vm.period()).isEqualTo(new Period(2024, 3));
    }

    @Test
    void eachTableHasItsTotalRowCountedByTheStatsFunction() {
        FiguresViewModel vm = new FiguresViewModel(db, LocalDate.of(2026, 12, 2));
        vm.period(new Period(2025, 0));
        vm.useDefaults(vm.defaults());
        vm.byProperty().set(Grouping.REGION);
        FiguresViewModel.Result r = vm.compute();

        StatsData.Settings s = vm.defaults();
        AppearanceStats.Figures overall = StatsData.appearance(db, new Period(2025, 0), s.unit(), s.scope(), Grouping.OVERALL).get(0);
        LossStats.Figures lossOverall = StatsData.loss(db, 2025, s.includeCompensation(), s.denominator(), Grouping.OVERALL).get(0);
        assertThat(r.appearance()).hasSizeGreaterThan(1);
        assertThat(r.appearanceTotal()).isEqualTo(overall);
        assertThat(r.appearanceTotal().units()).isPositive();
        assertThat(r.lossTotal()).isEqualTo(lossOverall);
        List<AppearanceStats.Figures> shown = FiguresViewModel.withTotal(r.appearance(), r.appearanceTotal());
        assertThat(shown).hasSize(r.appearance().size() + 1).last().isSameAs(r.appearanceTotal());

        vm.byProperty().set(Grouping.OVERALL);
        FiguresViewModel.Result all = vm.compute();
        assertThat(all.appearance()).containsExactly(overall);
        assertThat(all.appearanceTotal()).as("the overall row is already the total").isNull();
        assertThat(FiguresViewModel.withTotal(all.appearance(), all.appearanceTotal())).hasSize(1);
    }

    @Test
    void theBulletinIsOfThePickedPeriod() {
        FiguresViewModel vm = new FiguresViewModel(db, LocalDate.of(2026, 12, 2));
        vm.period(new Period(2025, 3));
        Bulletin b = vm.bulletin();
        assertThat(b.period()).isEqualTo(new Period(2025, 3));
        assertThat(b.narrative()).isNotBlank();
    }
}
