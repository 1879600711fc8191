-- Reminders (issue 13): what the user did with a reminder, and the 催办函 sent for a letter.
-- Reminders themselves are not stored: they are computed each time from the records by the functions that own
-- those dates (cn.fuyuan.desk.reminders.Reminders). A reminder is known by a key that names the record and the
-- date it is about (e.g. LETTER_OVERDUE:12:2025-09-30), so a new date makes a new reminder.

CREATE TABLE reminder_state (
    reminder_key  TEXT PRIMARY KEY NOT NULL CHECK (length(trim(reminder_key)) > 0),
    done_on       TEXT,             -- yyyy-MM-dd: marked done (not shown again)
    put_off_until TEXT,             -- yyyy-MM-dd: not shown before this day
    CHECK (done_on IS NOT NULL OR put_off_until IS NOT NULL)
);

-- 催办函 sent for a letter with no reply: when and how (recorded when the chase letter is printed)
CREATE TABLE suggestion_chase (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    suggestion_id INTEGER NOT NULL REFERENCES suggestion (id) ON DELETE CASCADE,
    sent_on       TEXT    NOT NULL,
    method        TEXT    NOT NULL CHECK (length(trim(method)) > 0)
);
CREATE INDEX suggestion_chase_letter ON suggestion_chase (suggestion_id);
