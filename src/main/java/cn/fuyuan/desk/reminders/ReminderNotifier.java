package cn.fuyuan.desk.reminders;

import cn.fuyuan.desk.ui.Ui;
import cn.fuyuan.desk.store.Database;
import java.time.LocalDate;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.concurrent.Task;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * On start, and again on each new day while the window stays open, a ControlsFX notification lists what
 * {@link Reminders#compute} gives for today (the first few, and how many more); clicking it opens the 工作台.
 */
public final class ReminderNotifier {
    /** Lines named in the notification; the rest are counted. */
    static final int LINES = 5;

    private final Database db;
    private final Window owner;
    private final Runnable openDashboard;
    private LocalDate shownFor;
    private Timeline daily;

    private ReminderNotifier(Database db, Window owner, Runnable openDashboard) {
        this.db = db;
        this.owner = owner;
        this.openDashboard = openDashboard;
    }

    /** Notifies now and checks every ten minutes whether the day has changed. */
    public static ReminderNotifier start(Database db, Window owner, Runnable openDashboard) {
        ReminderNotifier n = new ReminderNotifier(db, owner, openDashboard);
        n.checkDay();
        n.daily = new Timeline(new KeyFrame(Duration.minutes(10), e -> n.checkDay()));
        n.daily.setCycleCount(Timeline.INDEFINITE);
        n.daily.play();
        return n;
    }

    /** Stops the daily check (the window moves to another data folder, whose database this one is not). */
    public void stop() {
        daily.stop();
    }

    /** Whether the daily check still runs. */
    public boolean running() {
        return daily.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    private void checkDay() {
        LocalDate today = LocalDate.now();
        if (today.equals(shownFor)) {
            return;
        }
        shownFor = today;
        Task<List<Reminder>> task = new Task<>() {
            @Override
            protected List<Reminder> call() {
                return Reminders.compute(db, today, Reminders.DEFAULT_DAYS);
            }
        };
        task.setOnSucceeded(e -> notify(task.getValue()));
        task.setOnFailed(e -> org.slf4j.LoggerFactory.getLogger(ReminderNotifier.class).error("reminders failed", task.getException()));
        Thread t = new Thread(task, "reminders-notify");
        t.setDaemon(true);
        t.start();
    }

    /** The notification's text: the first {@link #LINES} reminders, and how many more. */
    static String text(List<Reminder> all) {
        StringBuilder b = new StringBuilder();
        for (Reminder r : all.subList(0, Math.min(LINES, all.size()))) {
            b.append(Ui.t(r.kind().messageKey())).append("：").append(r.title()).append('\n');
        }
        if (all.size() > LINES) {
            b.append(Ui.t("reminder.notifyMore", all.size() - LINES));
        }
        return b.toString().strip();
    }

    private void notify(List<Reminder> all) {
        if (all.isEmpty() || owner == null || !owner.isShowing()) {
            return;
        }
        Notifications.create().owner(owner).title(Ui.t("reminder.notifyTitle", all.size())).text(text(all))
                .hideAfter(Duration.seconds(20)).onAction(e -> openDashboard.run()).showInformation();
    }
}
