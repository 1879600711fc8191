package cn.fuyuan.desk.caseload;

import static cn.fuyuan.desk.store.jooq.Tables.HEARING_APPEARANCE;

import cn.fuyuan.desk.store.Audit;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.store.jooq.tables.records.HearingAppearanceRecord;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.TableField;

/**
 * A letter's 成文日期 (issue 10 §5): the day it was issued, stored with its hearing and defendant the first time the
 * letter is produced (previewed, printed or exported from the window), and kept for every reprint. A notice already
 * served before it was first produced here (served on paper, recorded later) was issued no later than that day: it
 * takes the served date.
 */
public final class NoticeIssueWriter {

    /** Which letter. */
    public enum Letter {
        NOTICE(HEARING_APPEARANCE.NOTICE_ISSUED_DATE), REMINDER(HEARING_APPEARANCE.REMINDER_ISSUED_DATE);

        final TableField<HearingAppearanceRecord, LocalDate> column;

        Letter(TableField<HearingAppearanceRecord, LocalDate> column) {
            this.column = column;
        }
    }

    private NoticeIssueWriter() {
    }

    /**
     * Issues the letters of these appearances on {@code today} (one transaction, audited): an appearance without an
     * issue date gets its served date when that is earlier (notices), else {@code today}; one with a date keeps it.
     * Returns the issue date of each.
     */
    public static Map<Integer, LocalDate> issue(Database db, Letter letter, Collection<Integer> appearanceIds, LocalDate today) {
        return db.write(tx -> {
            Map<Integer, LocalDate> out = new HashMap<>();
            for (HearingAppearanceRecord r : tx.selectFrom(HEARING_APPEARANCE).where(HEARING_APPEARANCE.ID.in(appearanceIds)).fetch()) {
                LocalDate stored = r.get(letter.column);
                if (stored == null) {
                    stored = firstIssue(letter, r.getNoticeServedDate(), today);
                    r.set(letter.column, stored);
                    Audit.update(tx, r);
                }
                out.put(r.getId(), stored);
            }
            return out;
        });
    }

    /** The day a letter not issued yet is issued on {@code today}: a notice served earlier, on its served date. */
    public static LocalDate firstIssue(Letter letter, LocalDate served, LocalDate today) {
        return letter == Letter.NOTICE && served != null && served.isBefore(today) ? served : today;
    }

    /** The issue dates stored for these appearances (those not issued yet are absent). */
    public static Map<Integer, LocalDate> issued(DSLContext ctx, Letter letter, Collection<Integer> appearanceIds) {
        Map<Integer, LocalDate> out = new HashMap<>();
        ctx.select(HEARING_APPEARANCE.ID, letter.column).from(HEARING_APPEARANCE)
                .where(HEARING_APPEARANCE.ID.in(appearanceIds).and(letter.column.isNotNull()))
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    /**
     * An edit that moves the hearing: the letters issued for the old sitting are void (no issue dates), and the old
     * notice's served date goes with it unless the edit itself enters another one.
     */
    static void voidIssued(HearingAppearanceRecord edited, HearingAppearanceRecord before) {
        edited.setNoticeIssuedDate(null);
        edited.setReminderIssuedDate(null);
        if (java.util.Objects.equals(edited.getNoticeServedDate(), before.getNoticeServedDate())) {
            edited.setNoticeServedDate(null);
        }
    }

    /** An edit of an appearance (a record built from the form) keeps the issue dates the row had. */
    static void keepIssueDates(HearingAppearanceRecord edited, HearingAppearanceRecord before) {
        edited.setNoticeIssuedDate(before.getNoticeIssuedDate());
        edited.setReminderIssuedDate(before.getReminderIssuedDate());
    }
}
