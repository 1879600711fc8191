package cn.fuyuan.desk.meeting;

import cn.fuyuan.desk.agency.AgencyRepository;
import cn.fuyuan.desk.report.ReportService;
import cn.fuyuan.desk.settings.SettingKey;
import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.Dialogs;
import cn.fuyuan.desk.ui.DocumentActions;
import cn.fuyuan.desk.ui.Ui;
import java.io.File;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.FileChooser;

/**
 * What the 联席会议 screens read besides the meeting form and list, so that the views call this and no repository:
 * the units a form offers, and the documents (纪要, 督办表, calendar). The reads are meant for the views' background
 * jobs; the documents fill in the background themselves.
 */
public final class MeetingScreens {
    private final Database db;
    private final MeetingRepository repo;

    public MeetingScreens(Database db) {
        this.db = db;
        this.repo = new MeetingRepository(db);
    }

    /** The view models of the screens, over one repository. */
    public MeetingListViewModel listViewModel() {
        return new MeetingListViewModel(repo);
    }

    public MeetingFormViewModel formViewModel() {
        return new MeetingFormViewModel(repo);
    }

    public FollowUpBoardViewModel boardViewModel() {
        return new FollowUpBoardViewModel(repo);
    }

    /** The units an attendee or an item may name: the office's court (the setting, else {@code courtFallback}), then the directory. */
    public List<Unit> unitChoices(String courtFallback) {
        List<Unit> out = new ArrayList<>();
        String court = new SettingsRepository(db).office().courtName();
        out.add(Unit.court(court == null || court.isBlank() ? courtFallback : court));
        new AgencyRepository(db).list(false).forEach(a -> out.add(Unit.agency(a.id(), a.name())));
        return out;
    }

    /** Preview of the 纪要 of a meeting (then PDF / DOCX / print); the meeting is read with the document. */
    public static void previewMinutes(AppContext ctx, int meetingId, String number) {
        DocumentActions.preview(ctx, Ui.t("meeting.minutes"), "会议纪要" + number, () -> {
            MeetingRepository repo = new MeetingRepository(ctx.db());
            SettingsRepository settings = new SettingsRepository(ctx.db());
            return MinutesReport.fill(ReportService.shared(), repo, repo.find(meetingId).orElseThrow(),
                    settings.get(SettingKey.MEETING_MINUTES_TITLE), settings.office().officeName());
        });
    }

    /** Preview of the 督办表 of the open items (of the units whose name contains {@code unit}; null: all). */
    public static void previewFollowUp(AppContext ctx, String unit) {
        LocalDate today = LocalDate.now();
        DocumentActions.preview(ctx, Ui.t("meeting.followUpTable"), "督办表",
                () -> FollowUpTable.fill(ReportService.shared(), new SettingsRepository(ctx.db()).office().courtName(),
                        FollowUpTable.rows(new MeetingRepository(ctx.db()), today, true, unit), today, "未办结事项"));
    }

    /** Writes the .ics file of upcoming meetings and open item deadlines (in the background, once the file is chosen). */
    public static void exportIcs(AppContext ctx) {
        FileChooser fc = new FileChooser();
        fc.setInitialFileName("府院联席会议.ics");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("iCalendar", "*.ics"));
        File f = fc.showSaveDialog(ctx.stage());
        if (f == null) {
            return;
        }
        ctx.jobs().run(Ui.t("meeting.exportIcs"), new javafx.concurrent.Task<Long>() {
            @Override
            protected Long call() throws Exception {
                updateProgress(-1, 1);
                MeetingRepository repo = new MeetingRepository(ctx.db());
                String cal = IcsExport.calendar(repo.list(), repo.items(true), LocalDate.now(), IcsExport.nowUtc());
                IcsExport.write(f.toPath(), cal);
                return cal.lines().filter("BEGIN:VEVENT"::equals).count();
            }
        }, events -> Dialogs.info(ctx.stage(), Ui.t("meeting.icsWritten", f, events)), t -> Dialogs.error(ctx.stage(), t));
    }
}
