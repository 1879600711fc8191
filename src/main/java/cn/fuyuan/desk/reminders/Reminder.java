package cn.fuyuan.desk.reminders;

import java.time.LocalDate;

/**
 * One thing due: computed from the records each time, never stored. Only what the user did with it is stored, under
 * its {@link #key}, which names the record and the date the reminder is about, so a new date makes a new reminder.
 *
 * @param date     the date it is about (the hearing, the due date, the deadline, the meeting)
 * @param recordId the case, letter or meeting it opens ({@link ReminderKind#opens()})
 * @param title    the record: 案号, 文号 and title, meeting number and title
 * @param detail   what is due, in the user's language
 */
public record Reminder(String key, ReminderKind kind, LocalDate date, int recordId, String title, String detail) {
}
