package cn.fuyuan.desk.agency;

import cn.fuyuan.desk.settings.ReferenceList;
import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.store.Vocabulary;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The directory's words: 层级 and 在用 of an agency, 在用 of a region or field, and agencies, regions, fields by name. */
public final class AgencyVocabulary implements Vocabulary {
    private static final Function<String, Optional<String>> FLAG = v -> Vocabulary.flag(v, Messages.get("common.yes"), Messages.get("common.no"));
    private final Vocabulary columns = Vocabulary.ofColumns(Map.of(
            "agency", Map.of(
                    "admin_level", v -> AgencyLevel.parse(v).map(l -> Messages.get(l.messageKey())),
                    "active", FLAG),
            "region", Map.of("active", FLAG),
            "work_field", Map.of("active", FLAG)));

    @Override
    public Optional<String> word(String table, String recordId, String column, Object value) {
        return columns.word(table, recordId, column, value);
    }

    @Override
    public Map<String, Map<String, String>> names(Database db) {
        Map<String, String> agencies = new HashMap<>();
        new AgencyRepository(db).list(true).forEach(a -> agencies.put(String.valueOf(a.id()), a.name()));
        return Map.of("region_id", ReferenceList.names(db, ReferenceList.Kind.REGION),
                "field_id", ReferenceList.names(db, ReferenceList.Kind.FIELD),
                "agency_id", agencies, "recipient_id", agencies);
    }
}
