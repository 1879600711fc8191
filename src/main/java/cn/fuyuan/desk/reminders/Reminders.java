package cn.fuyuan.desk.reminders;

import cn.fuyuan.desk.caseload.CaseQueries;
import cn.fuyuan.desk.caseload.CaseRules;
import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.meeting.AgreedItem;
import cn.fuyuan.desk.meeting.ItemRules;
import cn.fuyuan.desk.meeting.Meeting;
import cn.fuyuan.desk.meeting.MeetingRepository;
import cn.fuyuan.desk.meeting.MeetingState;
import cn.fuyuan.desk.settings.SettingKey;
import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.suggestion.ChaseLogRepository;
import cn.fuyuan.desk.suggestion.ChaseLetterReport;
import cn.fuyuan.desk.suggestion.Suggestion;
import cn.fuyuan.desk.suggestion.SuggestionDates;
import cn.fuyuan.desk.suggestion.SuggestionRepository;
import cn.fuyuan.desk.suggestion.SuggestionStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Everything with a date that is due, as of a day, looking {@code days} ahead (issue 13). Each reminder is decided by
 * the function that owns its date — {@link cn.fuyuan.desk.caseload.Appearance#noticeUnserved()} and
 * {@link CaseRules#lateNotice} for notices, {@link Suggestion#overdue} / {@link Suggestion#dueSoon} (the setting
 * suggestion.dueSoonDays, as the letters' screen) and {@link SuggestionDates#archiveBy} for letters,
 * {@link ItemRules} for agreed items — and nothing is computed here but which of them to list. The window and the
 * command line both call {@link #compute}.
 */
public final class Reminders {
    /** How far ahead the window looks unless told otherwise. */
    public static final int DEFAULT_DAYS = 7;

    private Reminders() {
    }

    /** The reminders shown on {@code asOf}: those not marked done and not put off beyond that day. */
    public static List<Reminder> compute(Database db, LocalDate asOf, int days) {
        Map<String, ReminderStateRepository.State> states = new ReminderStateRepository(db).all();
        return all(db, asOf, days).stream().filter(r -> {
            ReminderStateRepository.State s = states.get(r.key());
            return s == null || s.shownOn(asOf);
        }).toList();
    }

    /** Every reminder the records give, whatever the user did with it; by date, then kind. */
    public static List<Reminder> all(Database db, LocalDate asOf, int days) {
        if (days < 0) {
            throw new IllegalArgumentException(Messages.get("reminder.badDays", days));
        }
        SettingsRepository settings = new SettingsRepository(db);
        List<Reminder> out = new ArrayList<>();
        hearings(db, asOf, days, settings.getInt(SettingKey.APPEARANCE_LATE_NOTICE_DAYS), out);
        letters(db, asOf, days, settings.getInt(SettingKey.SUGGESTION_DUE_SOON_DAYS), out);
        meetings(db, asOf, days, out);
        out.sort(Comparator.comparing(Reminder::date).thenComparing(Reminder::kind).thenComparing(Reminder::title)
                .thenComparing(Reminder::key));
        return out;
    }

    private static void hearings(Database db, LocalDate asOf, int days, int lateDays, List<Reminder> out) {
        for (CaseQueries.HearingRow h : new CaseQueries(db).hearings(asOf, asOf.plusDays(days))) {
            if (!h.appearance().noticeUnserved()) {
                continue;
            }
            // served today, would the notice be late already?
            boolean late = CaseRules.lateNotice(asOf, h.date(), lateDays);
            ReminderKind kind = late ? ReminderKind.NOTICE_LATE : ReminderKind.NOTICE_UNSERVED;
            String when = h.date() + (h.time() == null ? "" : " " + h.time());
            out.add(new Reminder(kind.name() + ":" + h.hearingId() + ":" + h.appearance().agencyId() + ":" + h.date(), kind, h.date(),
                    h.caseId(), h.caseNumber(), Messages.get(late ? "reminder.noticeLate" : "reminder.noticeUnserved", when,
                    h.appearance().agencyName(), lateDays)));
        }
    }

    private static void letters(Database db, LocalDate asOf, int days, int dueSoonDays, List<Reminder> out) {
        List<Suggestion> letters = new SuggestionRepository(db).list();
        Map<Integer, List<ChaseLogRepository.Sent>> chases = new ChaseLogRepository(db).byLetter();
        // the overdue letters exactly as the letters' screen and the 催办函 list them
        for (Suggestion s : ChaseLetterReport.overdue(letters, asOf)) {
            List<ChaseLogRepository.Sent> sent = chases.getOrDefault(s.id(), List.of());
            String detail = Messages.get("reminder.letterOverdue", s.dueOn(), s.daysOverdue(asOf), recipient(s));
            if (!sent.isEmpty()) {
                ChaseLogRepository.Sent last = sent.get(sent.size() - 1);
                detail += Messages.get("reminder.chased", sent.size(), last.on(), last.method());
            }
            out.add(letter(ReminderKind.LETTER_OVERDUE, s, s.dueOn(), detail));
        }
        for (Suggestion s : letters) {
            if (s.dueSoon(asOf, dueSoonDays)) {
                out.add(letter(ReminderKind.LETTER_DUE_SOON, s, s.dueOn(),
                        Messages.get("reminder.letterDueSoon", s.dueOn(), ChronoUnit.DAYS.between(asOf, s.dueOn()), recipient(s))));
            }
            if (s.status() == SuggestionStatus.REPLIED && SuggestionDates.repliedBy(s.replyOn(), asOf)) {
                if (s.visitNotes() == null || s.visitNotes().isBlank()) {
                    out.add(letter(ReminderKind.LETTER_NOT_VISITED, s, s.replyOn(),
                            Messages.get("reminder.letterNotVisited", s.replyOn(), recipient(s))));
                }
                LocalDate by = SuggestionDates.archiveBy(s.replyOn());
                if (s.archivedOn() == null && !by.isAfter(asOf.plusDays(days))) {
                    out.add(letter(ReminderKind.LETTER_ARCHIVE_DUE, s, by, Messages.get(by.isBefore(asOf)
                            ? "reminder.letterArchiveLate" : "reminder.letterArchiveDue", by, s.replyOn())));
                }
            }
        }
    }

    private static String recipient(Suggestion s) {
        return s.recipientName() == null ? "" : s.recipientName();
    }

    private static Reminder letter(ReminderKind kind, Suggestion s, LocalDate date, String detail) {
        String title = (s.number() == null ? "" : s.number() + " ") + s.title();
        return new Reminder(kind.name() + ":" + s.id() + ":" + date, kind, date, s.id(), title, detail);
    }

    private static void meetings(Database db, LocalDate asOf, int days, List<Reminder> out) {
        MeetingRepository repo = new MeetingRepository(db);
        for (AgreedItem i : repo.items(true)) {
            ReminderKind kind = ItemRules.overdue(i.status(), i.deadline(), asOf) ? ReminderKind.ITEM_OVERDUE
                    : ItemRules.dueSoon(i.status(), i.deadline(), asOf, days) ? ReminderKind.ITEM_DUE_SOON : null;
            if (kind == null) {
                continue;
            }
            String units = String.join("、", i.units().stream().map(u -> u.toString()).toList());
            String detail = kind == ReminderKind.ITEM_OVERDUE
                    ? Messages.get("reminder.itemOverdue", i.deadline(), ItemRules.daysOverdue(i.status(), i.deadline(), asOf), i.text(), units)
                    : Messages.get("reminder.itemDueSoon", i.deadline(), i.text(), units);
            out.add(new Reminder(kind.name() + ":" + i.id() + ":" + i.deadline(), kind, i.deadline(), i.meetingId(),
                    i.meetingNumber() == null ? "" : i.meetingNumber(), detail));
        }
        for (Meeting m : repo.list()) {
            LocalDate day = m.heldAt().toLocalDate();
            if (m.state() == MeetingState.PLANNED && !day.isBefore(asOf) && !day.isAfter(asOf.plusDays(days))) {
                out.add(new Reminder(ReminderKind.MEETING_COMING.name() + ":" + m.id() + ":" + day, ReminderKind.MEETING_COMING, day, m.id(),
                        m.number() + " " + m.title(), Messages.get("reminder.meetingComing", m.heldAt().toLocalDate() + " "
                        + m.heldAt().toLocalTime(), m.place() == null ? "" : m.place())));
            }
        }
    }
}
