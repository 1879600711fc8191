package cn.fuyuan.desk.reminders;

import cn.fuyuan.desk.search.SearchKind;

/** What a reminder is about, and the kind of record it opens. */
public enum ReminderKind {
    /** A hearing within the coming days whose required 出庭通知书 is not served. */
    NOTICE_UNSERVED(SearchKind.CASE),
    /** Same, and too close to the hearing: served today it would already be late (appearance.lateNoticeDays). */
    NOTICE_LATE(SearchKind.CASE),
    /** No reply and the due date has passed (domain.md §8). */
    LETTER_OVERDUE(SearchKind.LETTER),
    /** No reply, due within the setting suggestion.dueSoonDays. */
    LETTER_DUE_SOON(SearchKind.LETTER),
    /** Replied, and no 回访 recorded yet. */
    LETTER_NOT_VISITED(SearchKind.LETTER),
    /** Replied and not archived, the three months for archiving end within the coming days or have ended. */
    LETTER_ARCHIVE_DUE(SearchKind.LETTER),
    /** An open agreed item whose deadline has passed. */
    ITEM_OVERDUE(SearchKind.MEETING),
    /** An open agreed item due within the coming days. */
    ITEM_DUE_SOON(SearchKind.MEETING),
    /** A planned meeting within the coming days. */
    MEETING_COMING(SearchKind.MEETING);

    private final SearchKind opens;

    ReminderKind(SearchKind opens) {
        this.opens = opens;
    }

    /** The kind of record the reminder's row opens (its id is {@link Reminder#recordId()}). */
    public SearchKind opens() {
        return opens;
    }

    public String messageKey() {
        return "reminder.kind." + name();
    }
}
