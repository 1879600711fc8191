package cn.fuyuan.desk.reminders;

import cn.fuyuan.desk.store.Database;
import java.time.LocalDate;

/** What the 提醒 list does to a reminder (done, put off), kept in the database: the list view calls this, no repository. */
public final class ReminderListViewModel {
    private final ReminderStateRepository states;

    public ReminderListViewModel(Database db) {
        this.states = new ReminderStateRepository(db);
    }

    /** Marks the reminder done on {@code today}: it is no longer shown. */
    public void markDone(Reminder r, LocalDate today) {
        states.markDone(r.key(), today);
    }

    /** Puts the reminder off: it is shown again from {@code until}. */
    public void putOff(Reminder r, LocalDate until) {
        states.putOff(r.key(), until);
    }
}
