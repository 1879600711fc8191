package cn.fuyuan.desk.suggestion;

import cn.fuyuan.desk.caseload.CaseNumber;
import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.store.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What makes a letter savable, submittable, signable … Shared by the form (live), the repository (on
 * every write) and the import. Each problem names its field.
 */
public final class SuggestionRules {
    public static final int MAX_TITLE = 200;
    public static final int MIN_MONTHS = 1;
    public static final int MAX_MONTHS = 12;

    private SuggestionRules() {
    }

    /** A step of a letter's life (domain.md §1) and the states it may be taken from: the one table of them. */
    public enum Step {
        SAVE(SuggestionStatus.DRAFT),
        SUBMIT(SuggestionStatus.DRAFT),
        SEND_BACK(SuggestionStatus.PENDING),
        SIGN(SuggestionStatus.PENDING),
        DELIVER(SuggestionStatus.SIGNED),
        /** 送达回证 came back, or the flag is corrected, after delivery (also once closed). */
        RECEIPT(SuggestionStatus.DELIVERED, SuggestionStatus.REPLIED, SuggestionStatus.CLOSED),
        REPLY(SuggestionStatus.DELIVERED),
        CLOSE(SuggestionStatus.REPLIED),
        WITHDRAW(SuggestionStatus.DRAFT, SuggestionStatus.PENDING, SuggestionStatus.SIGNED, SuggestionStatus.DELIVERED),
        /** 评为优秀: a letter that was issued (it has its number) and is not withdrawn. */
        EXCELLENT(SuggestionStatus.SIGNED, SuggestionStatus.DELIVERED, SuggestionStatus.REPLIED, SuggestionStatus.CLOSED);

        private final Set<SuggestionStatus> from;

        Step(SuggestionStatus first, SuggestionStatus... more) {
            this.from = EnumSet.of(first, more);
        }

        public Set<SuggestionStatus> from() {
            return from;
        }
    }

    /**
     * Whether the step may be taken on the letter now ({@code null}: a new letter, which may only be saved). A letter
     * already marked 优秀 may always be unmarked.
     */
    public static boolean allows(Step step, Suggestion s) {
        if (s == null) {
            return step == Step.SAVE;
        }
        if (step == Step.EXCELLENT) {
            return s.excellent() || s.number() != null && step.from.contains(s.status());
        }
        return step.from.contains(s.status());
    }

    /** Refusal when the step is not possible from the letter's status. */
    public static List<Problem> checkStep(SuggestionStatus now, Step step) {
        return checkStatus(now, step.from.toArray(SuggestionStatus[]::new));
    }

    /** A year as typed: four digits (1949–2100); null when it is not one. */
    public static Integer parseYear(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("\\d{4}")) {
            return null;
        }
        int y = Integer.parseInt(t);
        return y < 1949 || y > 2100 ? null : y;
    }

    /** The problem of a year as typed into the field: missing, or not a year (naming what was typed). */
    public static List<Problem> checkYear(String field, String text) {
        if (blank(text)) {
            return List.of(required(field));
        }
        if (parseYear(text) == null) {
            return List.of(Problem.ofField(field, Messages.get("suggestion.badYear", label(field), text.strip())));
        }
        return List.of();
    }

    /** The label of a field the rules name (the message suggestion.&lt;field&gt;). */
    private static String label(String field) {
        return Messages.get("suggestion." + field);
    }

    private static Problem required(String field) {
        return Problem.ofField(field, Messages.get("validation.required", label(field)));
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Problems of the content alone, for saving a draft (a draft may still lack recipient and pairs). */
    public static List<Problem> checkDraft(LetterDraft d) {
        List<Problem> out = new ArrayList<>();
        if (blank(d.title())) {
            out.add(required("title"));
        } else if (d.title().strip().length() > MAX_TITLE) {
            out.add(Problem.ofField("title", Messages.get("validation.tooLong", label("title"), MAX_TITLE)));
        }
        if (d.kind() == null) {
            out.add(required("kind"));
        }
        if (d.replyMonths() < MIN_MONTHS || d.replyMonths() > MAX_MONTHS) {
            out.add(Problem.ofField("replyMonths", Messages.get("suggestion.badMonths", label("replyMonths"), MIN_MONTHS, MAX_MONTHS)));
        }
        for (String c : d.caseNumbers()) {
            if (CaseNumber.normalise(c).isEmpty()) {
                out.add(Problem.ofField("caseNumbers", CaseNumber.refusal(c == null ? "" : c.strip())));
            }
        }
        for (int i = 0; i < d.items().size(); i++) {
            LetterItem it = d.items().get(i);
            if (blank(it.problem()) || blank(it.advice())) {
                out.add(Problem.ofField("items", Messages.get("suggestion.itemIncomplete", i + 1)));
            }
        }
        for (CcUnit c : d.cc()) {
            if (c == null || blank(c.name())) {
                out.add(Problem.ofField("cc", Messages.get("validation.required", label("cc"))));
            }
        }
        return out;
    }

    /** A letter goes to approval only complete: recipient, at least one pair, the source case(s). */
    public static List<Problem> checkSubmit(LetterDraft d) {
        List<Problem> out = new ArrayList<>(checkDraft(d));
        if (d.recipientId() == null) {
            out.add(required("recipient"));
        }
        if (d.items().isEmpty()) {
            out.add(Problem.ofField("items", Messages.get("suggestion.noItems")));
        }
        if (d.kind() != SuggestionKind.GOVERNANCE && d.caseNumbers().isEmpty()) {
            out.add(required("caseNumbers"));
        }
        return out;
    }

    /** Refusal when the action is not possible from the letter's status. */
    public static List<Problem> checkStatus(SuggestionStatus now, SuggestionStatus... from) {
        for (SuggestionStatus f : from) {
            if (f == now) {
                return List.of();
            }
        }
        List<String> names = new ArrayList<>();
        for (SuggestionStatus f : from) {
            names.add(f.label());
        }
        return List.of(Problem.ofField("status", Messages.get("suggestion.wrongStatus", now.label(), String.join(" / ", names))));
    }

    public static List<Problem> checkSign(Suggestion s, Approver by, LocalDate on) {
        List<Problem> out = new ArrayList<>(checkStep(s.status(), Step.SIGN));
        if (by == null) {
            out.add(required("approvedBy"));
        }
        if (on == null) {
            out.add(required("approvedOn"));
        }
        return out;
    }

    public static List<Problem> checkDeliver(Suggestion s, LocalDate issuedOn, String method) {
        List<Problem> out = new ArrayList<>(checkStep(s.status(), Step.DELIVER));
        if (issuedOn == null) {
            out.add(required("issuedOn"));
        } else if (s.approvedOn() != null && issuedOn.isBefore(s.approvedOn())) {
            out.add(notBefore("issuedOn", "approvedOn", s.approvedOn()));
        }
        if (blank(method)) {
            out.add(required("deliveryMethod"));
        }
        return out;
    }

    /** Registering a reply: its date (not before the issue), the text of the reply (回复内容) and how it is judged. */
    public static List<Problem> checkReply(Suggestion s, LocalDate replyOn, String replyText, Adoption adoption) {
        List<Problem> out = new ArrayList<>(checkStep(s.status(), Step.REPLY));
        if (replyOn == null) {
            out.add(required("replyOn"));
        } else if (s.issuedOn() != null && replyOn.isBefore(s.issuedOn())) {
            out.add(notBefore("replyOn", "issuedOn", s.issuedOn()));
        }
        if (blank(replyText)) {
            out.add(required("replyText"));
        }
        if (adoption == null) {
            out.add(required("adoption"));
        }
        return out;
    }

    public static List<Problem> checkClose(Suggestion s, LocalDate archivedOn) {
        List<Problem> out = new ArrayList<>(checkStep(s.status(), Step.CLOSE));
        if (archivedOn == null) {
            out.add(required("archivedOn"));
        } else if (s.replyOn() != null && archivedOn.isBefore(s.replyOn())) {
            out.add(notBefore("archivedOn", "replyOn", s.replyOn()));
        }
        return out;
    }

    public static List<Problem> checkWithdraw(Suggestion s, LocalDate on, String reason) {
        List<Problem> out = new ArrayList<>(checkStep(s.status(), Step.WITHDRAW));
        if (on == null) {
            out.add(required("withdrawnOn"));
        }
        if (blank(reason)) {
            out.add(required("withdrawReason"));
        }
        return out;
    }

    public static List<Problem> checkExcellent(Suggestion s, boolean excellent, String contest, Integer year) {
        List<Problem> out = new ArrayList<>();
        if (!excellent) {
            return out;
        }
        if (s.number() == null || !Step.EXCELLENT.from.contains(s.status())) {
            out.add(Problem.ofField("excellent", Messages.get("suggestion.excellentNeedsIssued")));
        }
        if (blank(contest)) {
            out.add(required("excellentContest"));
        }
        if (year == null) {
            out.add(required("excellentYear"));
        }
        return out;
    }

    private static Problem notBefore(String field, String other, LocalDate otherDate) {
        return Problem.ofField(field, Messages.get("suggestion.dateBefore", label(field), label(other), otherDate));
    }
}
