package cn.fuyuan.desk.reminders;

import static cn.fuyuan.desk.store.jooq.Tables.REMINDER_STATE;

import cn.fuyuan.desk.store.Audit;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.store.jooq.tables.records.ReminderStateRecord;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** What the user did with a reminder (V7 {@code reminder_state}): done, or put off to a day. Kept in the history. */
public final class ReminderStateRepository {
    /** @param doneOn null unless marked done; @param putOffUntil null unless put off */
    public record State(LocalDate doneOn, LocalDate putOffUntil) {
        /** Whether a reminder in this state is shown on {@code asOf}. */
        public boolean shownOn(LocalDate asOf) {
            return doneOn == null && (putOffUntil == null || !asOf.isBefore(putOffUntil));
        }
    }

    private final Database db;

    public ReminderStateRepository(Database db) {
        this.db = db;
    }

    public Map<String, State> all() {
        Map<String, State> out = new HashMap<>();
        for (ReminderStateRecord r : db.dsl().selectFrom(REMINDER_STATE).fetch()) {
            out.put(r.getReminderKey(), new State(r.getDoneOn(), r.getPutOffUntil()));
        }
        return out;
    }

    /** Not shown again. */
    public void markDone(String key, LocalDate on) {
        set(key, on, null);
    }

    /** Not shown before {@code until}. */
    public void putOff(String key, LocalDate until) {
        set(key, null, until);
    }

    /** Shown again as the records say. */
    public void clear(String key) {
        db.writeVoid(tx -> {
            ReminderStateRecord r = tx.selectFrom(REMINDER_STATE).where(REMINDER_STATE.REMINDER_KEY.eq(key)).fetchOne();
            if (r != null) {
                Audit.delete(tx, r);
            }
        });
    }

    private void set(String key, LocalDate done, LocalDate until) {
        if (key == null || key.isBlank() || (done == null && until == null)) {
            throw new IllegalArgumentException("reminder key and a date are required");
        }
        db.writeVoid(tx -> {
            ReminderStateRecord r = new ReminderStateRecord();
            r.setReminderKey(key);
            r.setDoneOn(done);
            r.setPutOffUntil(until);
            if (tx.fetchExists(REMINDER_STATE, REMINDER_STATE.REMINDER_KEY.eq(key))) {
                Audit.update(tx, r);
            } else {
                Audit.insert(tx, r);
            }
        });
    }
}
