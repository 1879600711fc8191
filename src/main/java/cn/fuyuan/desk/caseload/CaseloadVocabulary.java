package cn.fuyuan.desk.caseload;

import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.store.Vocabulary;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** A case's words: 行为类别, 一审结果, 负责人级别, 未出庭理由, the yes/no columns, and cases, courts and hearings by name. */
public final class CaseloadVocabulary implements Vocabulary {
    private static final Function<String, Optional<String>> FLAG = v -> Vocabulary.flag(v, Messages.get("common.yes"), Messages.get("common.no"));
    private final Vocabulary columns = Vocabulary.ofColumns(Map.of(
            "admin_case", Map.of(
                    "act_type", v -> ActType.parse(v).map(ActType::label),
                    "result", v -> CaseResult.parse(v).map(CaseResult::label),
                    "major_public_interest", FLAG,
                    "notice_required", FLAG),
            "hearing_appearance", Map.of(
                    "notice_required", FLAG,
                    "head_appeared", FLAG,
                    "spoke", FLAG,
                    "explanation_received", FLAG,
                    "head_rank", v -> HeadRank.parse(v).map(HeadRank::label),
                    "absence_reason", v -> AbsenceReason.parse(v).map(AbsenceReason::label)),
            "court", Map.of("active", FLAG)));

    @Override
    public Optional<String> word(String table, String recordId, String column, Object value) {
        if (table.equals("admin_case") && value instanceof java.util.List<?> rows) {
            // an imported case's one history entry (issue 16 §1): its defendants and its hearings as imported
            if (column.equals("defendants")) {
                return Optional.of(rows.stream().map(r -> name(row(r))).collect(java.util.stream.Collectors.joining(", ")));
            }
            if (column.equals("hearings")) {
                return Optional.of(rows.stream().map(r -> hearing(row(r))).collect(java.util.stream.Collectors.joining(" / ")));
            }
        }
        return columns.word(table, recordId, column, value);
    }

    private static Map<?, ?> row(Object o) {
        return o instanceof Map<?, ?> m ? m : Map.of();
    }

    private static String name(Map<?, ?> row) {
        Object n = row.get("agency");
        return n != null ? n.toString() : String.valueOf(row.get("agency_id"));
    }

    /** "2025-07-10 09:30 第一法庭 — 临河区公安局 (负责人出庭: 是, 出庭负责人: 张某)" */
    private String hearing(Map<?, ?> h) {
        StringBuilder b = new StringBuilder(String.valueOf(h.get("hearing_date")));
        for (String k : java.util.List.of("hearing_time", "place")) {
            if (h.get(k) != null) {
                b.append(' ').append(h.get(k));
            }
        }
        Object appearances = h.get("appearances");
        if (appearances instanceof java.util.List<?> list && !list.isEmpty()) {
            b.append(" — ").append(list.stream().map(a -> appearance(row(a))).collect(java.util.stream.Collectors.joining("; ")));
        }
        return b.toString();
    }

    private String appearance(Map<?, ?> a) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        a.forEach((k, v) -> {
            String col = k.toString();
            if (v == null || v.toString().isEmpty() || java.util.Set.of("id", "hearing_id", "agency_id", "agency").contains(col)) {
                return;
            }
            String key = "history.column.hearing_appearance." + col;
            parts.add((Messages.has(key) ? Messages.get(key) : col) + ": "
                    + columns.word("hearing_appearance", null, col, v).orElse(v.toString()));
        });
        return name(a) + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
    }

    @Override
    public Map<String, Map<String, String>> names(Database db) {
        return new CaseQueries(db).referenceNames();
    }
}
