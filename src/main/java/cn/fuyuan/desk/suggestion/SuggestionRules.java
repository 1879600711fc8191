package cn.fuyuan.desk.suggestion;

import cn.fuyuan.desk.caseload.CaseNumber;
import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.store.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
        List<Problem> out = new ArrayList<>(checkStatus(s.status(), SuggestionStatus.PENDING));
        if (by == null) {
            out.add(required("approvedBy"));
        }
        if (on == null) {
            out.add(required("approvedOn"));
        }
        return out;
    }

    public static List<Problem> checkDeliver(Suggestion s, LocalDate issuedOn, String method) {
        List<Problem> out = new ArrayList<>(checkStatus(s.status(), SuggestionStatus.SIGNED));
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
        List<Problem> out = new ArrayList<>(checkStatus(s.status(), SuggestionStatus.DELIVERED));
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
        List<Problem> out = new ArrayList<>(checkStatus(s.status(), SuggestionStatus.REPLIED));
        if (archivedOn == null) {
            out.add(required("archivedOn"));
        } else if (s.replyOn() != null && archivedOn.isBefore(s.replyOn())) {
            out.add(notBefore("archivedOn", "replyOn", s.replyOn()));
        }
        return out;
    }

    public static List<Problem> checkWithdraw(Suggestion s, LocalDate on, String reason) {
        List<Problem> out = new ArrayList<>(checkStatus(s.status(), SuggestionStatus.DRAFT, SuggestionStatus.PENDING,
                SuggestionStatus.SIGNED, SuggestionStatus.DELIVERED));
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
        if (s.number() == null || s.status() == SuggestionStatus.WITHDRAWN) {
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
