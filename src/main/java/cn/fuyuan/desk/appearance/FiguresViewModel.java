package cn.fuyuan.desk.appearance;

import cn.fuyuan.desk.report.ReportService;
import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.store.Database;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * 统计与通报's state: the period picked as a year and a quarter (or the whole year), how to count and group, and the
 * figures with their total rows; the bulletin for the period with its narrative. The reads ({@link #compute},
 * {@link #defaults}, {@link #bulletin}, {@link #fill}) touch the store: call them off the JavaFX thread.
 */
public final class FiguresViewModel {
    /** The quarter value that stands for the whole year. */
    public static final int WHOLE_YEAR = 0;
    /** How many years back the year picker reaches. */
    static final int YEARS_BACK = 10;

    /** What the two tables show: the rows, then the total row last (when the rows are groups, not already the total). */
    public record Result(Period period, List<AppearanceStats.Figures> appearance, AppearanceStats.Figures appearanceTotal,
                         List<LossStats.Figures> loss, LossStats.Figures lossTotal) {
    }

    private final Database db;
    private final LocalDate today;
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> quarter = new SimpleObjectProperty<>();
    private final ObjectProperty<AppearanceStats.Unit> unit = new SimpleObjectProperty<>();
    private final ObjectProperty<AppearanceStats.Scope> scope = new SimpleObjectProperty<>();
    private final ObjectProperty<Grouping> by = new SimpleObjectProperty<>(Grouping.REGION);

    /** The period proposed is the last quarter ended before {@code today}. */
    public FiguresViewModel(Database db, LocalDate today) {
        this.db = db;
        this.today = today;
        period(Period.quarterOf(today).previous());
    }

    /** The years the picker offers: this year and the ten before, newest first. */
    public List<Integer> years() {
        return IntStream.rangeClosed(0, YEARS_BACK).mapToObj(i -> today.getYear() - i).toList();
    }

    /** The quarter picker's values: 1–4, then {@link #WHOLE_YEAR}. */
    public static List<Integer> quarters() {
        return List.of(1, 2, 3, 4, WHOLE_YEAR);
    }

    /** The period picked (never typed: a year and a quarter, or the whole year). */
    public Period period() {
        int y = year.get() == null ? today.getYear() : year.get();
        int q = quarter.get() == null ? WHOLE_YEAR : quarter.get();
        return new Period(y, q);
    }

    /** Picks a period. */
    public void period(Period p) {
        year.set(p.year());
        quarter.set(p.quarter());
    }

    /** The office's counting rules (settings): the unit and scope proposed. */
    public StatsData.Settings defaults() {
        return StatsData.Settings.of(db);
    }

    /** Takes the settings' unit and scope where none is picked yet. */
    public void useDefaults(StatsData.Settings s) {
        if (unit.get() == null) {
            unit.set(s.unit());
        }
        if (scope.get() == null) {
            scope.set(s.scope());
        }
    }

    /** The figures of the picked period with their totals (the loss figures are the period's year's). */
    public Result compute() {
        Period p = period();
        StatsData.Settings s = defaults();
        AppearanceStats.Unit u = unit.get() == null ? s.unit() : unit.get();
        AppearanceStats.Scope sc = scope.get() == null ? s.scope() : scope.get();
        Grouping g = by.get() == null ? Grouping.OVERALL : by.get();
        StatsData.Table<AppearanceStats.Figures> appearance = StatsData.appearanceTable(db, p, u, sc, g);
        // the loss rate has no region ranking of its own in the bulletin: by region the table lists agencies
        StatsData.Table<LossStats.Figures> loss = StatsData.lossTable(db, p.year(), s.includeCompensation(), s.denominator(),
                g == Grouping.REGION ? Grouping.AGENCY : g);
        boolean grouped = g != Grouping.OVERALL;
        return new Result(p, appearance.rows(), grouped ? appearance.total() : null, loss.rows(), grouped ? loss.total() : null);
    }

    /** The rows a table shows: the groups, then the total row (if any) last. */
    public static <F> List<F> withTotal(List<F> rows, F total) {
        List<F> out = new ArrayList<>(rows);
        if (total != null) {
            out.add(total);
        }
        return out;
    }

    /** The bulletin of the picked period, counted as picked (else as the settings say), its narrative generated. */
    public Bulletin bulletin() {
        StatsData.Settings s = defaults();
        return Bulletin.of(db, period(), unit.get() == null ? s.unit() : unit.get(), scope.get() == null ? s.scope() : scope.get());
    }

    /** The bulletin with the narrative as edited, as a print. */
    public JasperPrint fill(Bulletin b, String narrative) {
        return BulletinReport.fill(ReportService.shared(), new SettingsRepository(db).office(), b.withNarrative(narrative), LocalDate.now());
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<Integer> quarterProperty() {
        return quarter;
    }

    public ObjectProperty<AppearanceStats.Unit> unitProperty() {
        return unit;
    }

    public ObjectProperty<AppearanceStats.Scope> scopeProperty() {
        return scope;
    }

    public ObjectProperty<Grouping> byProperty() {
        return by;
    }
}
