package cn.fuyuan.desk.suggestion;

import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.store.Vocabulary;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** A letter's words: 状态, 类型, 采纳情况, 签发人, the flags, and a letter referred to by its number (or title before signing). */
public final class SuggestionVocabulary implements Vocabulary {
    private static final Function<String, Optional<String>> FLAG = v -> Vocabulary.flag(v, Messages.get("common.yes"), Messages.get("common.no"));
    private final Vocabulary columns = Vocabulary.ofColumns(Map.of(
            "suggestion", Map.of(
                    "status", v -> SuggestionStatus.parse(v).map(SuggestionStatus::label),
                    "kind", v -> SuggestionKind.parse(v).map(SuggestionKind::label),
                    "adoption", v -> Adoption.parse(v).map(Adoption::label),
                    "approved_by", v -> Approver.parse(v).map(Approver::label),
                    "receipt_returned", FLAG,
                    "excellent", FLAG)));

    @Override
    public Optional<String> word(String table, String recordId, String column, Object value) {
        return columns.word(table, recordId, column, value);
    }

    /** A letter's history shows the number its signing took (and a void of it). */
    @Override
    public Map<String, String> children(String table) {
        return "suggestion".equals(table) ? Map.of("suggestion_number", "suggestion_id") : Map.of();
    }

    @Override
    public Map<String, Map<String, String>> names(Database db) {
        Map<String, String> letters = new HashMap<>();
        new SuggestionRepository(db).list().forEach(s -> letters.put(String.valueOf(s.id()),
                s.number() == null || s.number().isBlank() ? s.title() : s.number()));
        return Map.of("suggestion_id", letters);
    }
}
