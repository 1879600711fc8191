package cn.fuyuan.desk.app;

import cn.fuyuan.desk.appearance.AppearanceStats;
import cn.fuyuan.desk.appearance.Grouping;
import cn.fuyuan.desk.appearance.Period;
import cn.fuyuan.desk.appearance.StatsData;
import cn.fuyuan.desk.caseload.CaseQueries;
import cn.fuyuan.desk.meeting.ItemRules;
import cn.fuyuan.desk.meeting.MeetingRepository;
import cn.fuyuan.desk.settings.SettingKey;
import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.suggestion.Suggestion;
import cn.fuyuan.desk.suggestion.SuggestionRepository;
import java.time.LocalDate;
import java.util.List;

/**
 * What the 工作台 shows of the other sections, as of a day (the directory's size the view counts itself, at once):
 * this quarter's appearance figures, the hearings of the coming week and their notices not yet served, the suggestion
 * letters overdue or due soon and the agreed items overdue. Every figure is taken from the function its own screen uses (domain.md §8), none is computed here.
 *
 * @param appearance     the quarter's overall 出庭率 figures with the office's counting settings
 * @param hearingsAhead  hearing × defendant rows from {@code today} to {@code today + DAYS_AHEAD}
 * @param noticesMissing of those, the ones whose required 出庭通知 is not served yet (无须通知 is not missing)
 */
public record DashboardFigures(Period quarter, AppearanceStats.Figures appearance, int hearingsAhead, int noticesMissing,
                               int lettersOverdue, int lettersDueSoon, int itemsOverdue) {
    /** How far ahead the week of hearings looks. */
    public static final int DAYS_AHEAD = 7;

    public static DashboardFigures of(Database db, LocalDate today) {
        SettingsRepository settings = new SettingsRepository(db);
        StatsData.Settings counting = StatsData.Settings.of(db);
        Period quarter = Period.quarterOf(today);
        AppearanceStats.Figures appearance = StatsData.appearance(db, quarter, counting.unit(), counting.scope(), Grouping.OVERALL).get(0);
        List<CaseQueries.HearingRow> ahead = new CaseQueries(db).hearings(today, today.plusDays(DAYS_AHEAD));
        int missing = (int) ahead.stream().filter(h -> h.appearance().noticeUnserved()).count();
        List<Suggestion> letters = new SuggestionRepository(db).list();
        int dueSoonDays = settings.getInt(SettingKey.SUGGESTION_DUE_SOON_DAYS);
        int overdue = (int) letters.stream().filter(s -> s.overdue(today)).count();
        int dueSoon = (int) letters.stream().filter(s -> s.dueSoon(today, dueSoonDays)).count();
        int items = (int) new MeetingRepository(db).items(true).stream()
                .filter(i -> ItemRules.overdue(i.status(), i.deadline(), today)).count();
        return new DashboardFigures(quarter, appearance, ahead.size(), missing, overdue, dueSoon, items);
    }
}
