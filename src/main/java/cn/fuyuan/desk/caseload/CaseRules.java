package cn.fuyuan.desk.caseload;

import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.store.Problem;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules a case and its hearings must satisfy before they are saved (issue 3, domain.md §2): a rank
 * when a head appeared, an absence reason when not, dates in order, one hearing per day, each defendant
 * once. A late notice (served fewer than {@code appearance.lateNoticeDays} days before) is allowed and
 * only marked ({@link #lateNotice}).
 */
public final class CaseRules {
    public static final int DEFAULT_LATE_NOTICE_DAYS = 3;

    private CaseRules() {
    }

    /** Problems of a whole case; fields are named number, defendants, filingDate, closingDate, hearing[i].date, hearing[i].agency[j].rank … */
    public static List<Problem> check(AdminCase c) {
        List<Problem> out = new ArrayList<>();
        if (c.number() == null) {
            out.add(Problem.ofField("number", Messages.get("caseload.rule.numberRequired")));
        }
        if (c.defendants().isEmpty()) {
            out.add(Problem.ofField("defendants", Messages.get("caseload.rule.defendantRequired")));
        }
        Set<Integer> seen = new HashSet<>();
        for (Defendant d : c.defendants()) {
            if (!seen.add(d.agencyId())) {
                out.add(Problem.ofField("defendants", Messages.get("caseload.rule.defendantTwice", d.agencyName())));
            }
        }
        if (c.filingDate() != null && c.closingDate() != null && c.closingDate().isBefore(c.filingDate())) {
            out.add(Problem.ofField("closingDate", Messages.get("caseload.rule.closingBeforeFiling", c.closingDate(), c.filingDate())));
        }
        if (c.result() != null && c.closingDate() == null) {
            out.add(Problem.ofField("closingDate", Messages.get("caseload.rule.resultNeedsClosing")));
        }
        Set<LocalDate> days = new HashSet<>();
        for (int i = 0; i < c.hearings().size(); i++) {
            Hearing h = c.hearings().get(i);
            String hf = "hearing[" + i + "]";
            if (h.date() == null) {
                out.add(Problem.ofField(hf + ".date", Messages.get("caseload.rule.hearingDateRequired", i + 1)));
                continue;
            }
            if (!days.add(h.date())) {
                out.add(Problem.ofField(hf + ".date", Messages.get("caseload.rule.hearingSameDay", h.date())));
            }
            if (c.filingDate() != null && h.date().isBefore(c.filingDate())) {
                out.add(Problem.ofField(hf + ".date", Messages.get("caseload.rule.hearingBeforeFiling", h.date(), c.filingDate())));
            }
            if (c.closingDate() != null && h.date().isAfter(c.closingDate())) {
                out.add(Problem.ofField(hf + ".date", Messages.get("caseload.rule.hearingAfterClosing", h.date(), c.closingDate())));
            }
            for (int j = 0; j < h.appearances().size(); j++) {
                Appearance a = h.appearances().get(j);
                for (String m : checkAppearance(a, h.date())) {
                    out.add(Problem.ofField(hf + ".agency[" + j + "]", Messages.get("caseload.rule.atHearing", h.date(), a.agencyName(), m)));
                }
                if (!seen.contains(a.agencyId())) {
                    out.add(Problem.ofField(hf + ".agency[" + j + "]", Messages.get("caseload.rule.notADefendant", a.agencyName())));
                }
            }
        }
        return out;
    }

    /** Problems of one appearance at a hearing on the given date, as bare reasons (the caller names the place). */
    public static List<String> checkAppearance(Appearance a, LocalDate hearingDate) {
        List<String> out = new ArrayList<>();
        if (Boolean.TRUE.equals(a.headAppeared())) {
            if (a.rank() == null) {
                out.add(Messages.get("caseload.rule.rankRequired"));
            }
            if (a.reason() != null) {
                out.add(Messages.get("caseload.rule.reasonButAppeared"));
            }
        } else if (Boolean.FALSE.equals(a.headAppeared())) {
            if (a.reason() == null) {
                out.add(Messages.get("caseload.rule.reasonRequired"));
            }
            if (a.spoke()) {
                out.add(Messages.get("caseload.rule.spokeButAbsent"));
            }
        }
        if (a.noticeServed() != null && hearingDate != null && a.noticeServed().isAfter(hearingDate)) {
            out.add(Messages.get("caseload.rule.noticeAfterHearing", a.noticeServed()));
        }
        return out;
    }

    /** A notice served fewer than {@code days} days before the hearing (allowed, but marked late). */
    public static boolean lateNotice(LocalDate served, LocalDate hearing, int days) {
        return served != null && hearing != null && ChronoUnit.DAYS.between(served, hearing) < days;
    }

    /** Where the 出庭通知 of one defendant at one hearing stands on a given day. */
    public enum NoticeState {
        /** Not served and not required (无须通知): nothing is missing. */
        NOT_REQUIRED,
        /** Served at least the late-notice days before the hearing. */
        SERVED,
        /** Served, but fewer than the late-notice days before the hearing (迟延). */
        SERVED_LATE,
        /** Required, not served yet, and still in time if served today. */
        DUE,
        /** Required, not served, and even if served today it would be late (迟延). */
        LATE;

        /** Required and not served yet (in time or not). */
        public boolean missing() {
            return this == DUE || this == LATE;
        }
    }

    /**
     * The notice of {@code a} at a hearing on {@code hearing}, as of {@code today}, with notices fewer than
     * {@code days} days before the hearing counted late (domain.md §8, {@code appearance.lateNoticeDays}).
     */
    public static NoticeState noticeState(Appearance a, LocalDate hearing, LocalDate today, int days) {
        if (a.noticeUnserved()) {
            return lateNotice(today, hearing, days) ? NoticeState.LATE : NoticeState.DUE;
        }
        if (a.noticeServed() != null) {
            return lateNotice(a.noticeServed(), hearing, days) ? NoticeState.SERVED_LATE : NoticeState.SERVED;
        }
        return NoticeState.NOT_REQUIRED;
    }
}
