package cn.fuyuan.desk.suggestion;

import cn.fuyuan.desk.store.Problem;
import cn.fuyuan.desk.store.ValidationException;
import cn.fuyuan.desk.suggestion.SuggestionRules.Step;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;

/**
 * The workflow steps of the letter the form shows: which step is allowed now ({@link SuggestionRules#allows}, bound
 * to the buttons), what a step's dialog refuses before OK, and the steps themselves. The steps write through the
 * repository and may run on any thread (the view runs them in its jobs); each names the letter by id.
 */
public final class SuggestionWorkflowViewModel {
    private final SuggestionRepository repo;
    private final Map<Step, BooleanBinding> allowed = new EnumMap<>(Step.class);
    private final BooleanBinding shown;

    public SuggestionWorkflowViewModel(SuggestionRepository repo, ObservableValue<Suggestion> letter) {
        this.repo = repo;
        for (Step step : Step.values()) {
            allowed.put(step, Bindings.createBooleanBinding(() -> SuggestionRules.allows(step, letter.getValue()), letter));
        }
        this.shown = Bindings.createBooleanBinding(() -> letter.getValue() != null, letter);
    }

    /** Whether the step may be taken on the letter shown now. */
    public BooleanBinding allowed(Step step) {
        return allowed.get(step);
    }

    /** Whether a stored letter is shown (printing and its history need one). */
    public BooleanBinding shown() {
        return shown;
    }

    /** Saves the draft; the letter's id. */
    public int save(LetterDraft draft) {
        return repo.saveDraft(draft);
    }

    /** Saves the draft as the form shows it and sends it for approval; the letter's id. */
    public int submit(LetterDraft draft) {
        int id = repo.saveDraft(draft);
        repo.submit(id);
        return id;
    }

    public void sendBack(int id) {
        repo.sendBack(id);
    }

    public void sign(int id, Approver by, LocalDate on) {
        repo.sign(id, by, on);
    }

    /** 送达: the method typed (an editable choice) counts before the one picked. */
    public void deliver(int id, LocalDate on, String typedMethod, String pickedMethod, boolean receiptReturned) {
        repo.deliver(id, on, typedMethod == null || typedMethod.isBlank() ? pickedMethod : typedMethod, receiptReturned);
    }

    public void toggleReceipt(Suggestion s) {
        repo.setReceiptReturned(s.id(), !s.receiptReturned());
    }

    public void reply(int id, LocalDate on, String text, Adoption adoption) {
        repo.reply(id, on, text, adoption);
    }

    public void close(int id, LocalDate on, String visitNotes) {
        repo.close(id, on, visitNotes);
    }

    public void withdraw(int id, LocalDate on, String reason) {
        repo.withdraw(id, on, reason);
    }

    /** What the 评为优秀 dialog refuses: the rules' refusals, and a year that is missing or not a year, naming it. */
    public static List<Problem> checkExcellent(Suggestion s, boolean excellent, String contest, String yearText) {
        List<Problem> out = new ArrayList<>();
        for (Problem p : SuggestionRules.checkExcellent(s, excellent, contest, SuggestionRules.parseYear(yearText))) {
            if (!"excellentYear".equals(p.field())) {
                out.add(p);
            }
        }
        if (excellent) {
            out.addAll(SuggestionRules.checkYear("excellentYear", yearText));
        }
        return out;
    }

    /** Marks (or unmarks) the letter 优秀; a year typed badly is refused, never taken as missing. */
    public void markExcellent(int id, boolean excellent, String contest, String yearText) {
        Integer year = SuggestionRules.parseYear(yearText);
        if (excellent && year == null) {
            throw new ValidationException(SuggestionRules.checkYear("excellentYear", yearText));
        }
        repo.markExcellent(id, excellent, contest, year);
    }

    /** What the 作废文号 dialog refuses: the year missing or not a year. */
    public static List<Problem> checkVoid(String yearText) {
        return SuggestionRules.checkYear("filter.year", yearText);
    }

    /** Voids the next number of the year's series; the number voided. */
    public String voidNumber(String yearText, String reason) {
        List<Problem> problems = checkVoid(yearText);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return repo.voidNumber(SuggestionRules.parseYear(yearText), reason);
    }
}
