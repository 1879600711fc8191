package cn.fuyuan.desk.suggestion;

import static cn.fuyuan.desk.store.jooq.Tables.SUGGESTION_CHASE;

import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.store.Audit;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.store.Problem;
import cn.fuyuan.desk.store.ValidationException;
import cn.fuyuan.desk.store.jooq.tables.records.SuggestionChaseRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The 催办函 sent for letters with no reply (V7 {@code suggestion_chase}): recorded when the chase letter is printed,
 * so that the reminders say the letter was chased and the history shows when and how.
 */
public final class ChaseLogRepository {
    /** One 催办函 sent. */
    public record Sent(int letterId, LocalDate on, String method) {
    }

    private final Database db;

    public ChaseLogRepository(Database db) {
        this.db = db;
    }

    /** Records one chase letter per given letter, all in one transaction. */
    public void record(List<Integer> letterIds, LocalDate on, String method) {
        List<Problem> problems = new ArrayList<>();
        if (on == null) {
            problems.add(Problem.ofField("chasedOn", Messages.get("validation.required", Messages.get("suggestion.chasedOn"))));
        }
        if (method == null || method.isBlank()) {
            problems.add(Problem.ofField("chaseMethod", Messages.get("validation.required", Messages.get("suggestion.chaseMethod"))));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        db.writeVoid(tx -> {
            for (int id : letterIds) {
                SuggestionChaseRecord r = new SuggestionChaseRecord();
                r.setSuggestionId(id);
                r.setSentOn(on);
                r.setMethod(method.strip());
                Audit.insert(tx, r);
            }
        });
    }

    /** Every chase letter sent, by letter, oldest first. */
    public Map<Integer, List<Sent>> byLetter() {
        Map<Integer, List<Sent>> out = new HashMap<>();
        for (SuggestionChaseRecord r : db.dsl().selectFrom(SUGGESTION_CHASE).orderBy(SUGGESTION_CHASE.SENT_ON, SUGGESTION_CHASE.ID).fetch()) {
            out.computeIfAbsent(r.getSuggestionId(), k -> new ArrayList<>())
                    .add(new Sent(r.getSuggestionId(), r.getSentOn(), r.getMethod()));
        }
        return out;
    }
}
