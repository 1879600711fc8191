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
                    "act_type", v -> ActType.parse(v).map(ActType::display),
                    "result", v -> CaseResult.parse(v).map(CaseResult::display),
                    "major_public_interest", FLAG,
                    "notice_required", FLAG),
            "hearing_appearance", Map.of(
                    "notice_required", FLAG,
                    "head_appeared", FLAG,
                    "spoke", FLAG,
                    "explanation_received", FLAG,
                    "head_rank", v -> HeadRank.parse(v).map(HeadRank::display),
                    "absence_reason", v -> AbsenceReason.parse(v).map(AbsenceReason::display)),
            "court", Map.of("active", FLAG)));

    @Override
    public Optional<String> word(String table, String recordId, String column, Object value) {
        return columns.word(table, recordId, column, value);
    }

    @Override
    public Map<String, Map<String, String>> names(Database db) {
        return new CaseQueries(db).referenceNames();
    }
}
