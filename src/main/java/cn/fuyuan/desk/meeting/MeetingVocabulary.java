package cn.fuyuan.desk.meeting;

import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.store.Vocabulary;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** A meeting's words: 类型, 状态, 出席 / 请假 / 列席, a unit's kind, an item's 状态, and meetings and items by number and text. */
public final class MeetingVocabulary implements Vocabulary {
    /** How much of an item's text names it in a list of changes. */
    static final int ITEM_TEXT = 30;
    private static final Function<String, Optional<String>> FLAG = v -> Vocabulary.flag(v, Messages.get("common.yes"), Messages.get("common.no"));
    private static final Function<String, Optional<String>> ITEM_STATUS = v -> of(ItemStatus.class, v).map(ItemStatus::label);
    private final Vocabulary columns = Vocabulary.ofColumns(Map.of(
            "meeting", Map.of(
                    "kind", v -> of(MeetingKind.class, v).map(MeetingKind::label),
                    "state", v -> of(MeetingState.class, v).map(MeetingState::label)),
            "meeting_attendee", Map.of(
                    "role", v -> of(AttendeeRole.class, v).map(AttendeeRole::label),
                    "unit_kind", v -> of(Unit.Kind.class, v).map(k -> Messages.get(switch (k) {
                        case AGENCY -> "meeting.unitKind.AGENCY";
                        case COURT -> "meeting.unitKind.COURT";
                        case TEXT -> "meeting.unitKind.TEXT";
                    }))),
            "meeting_topic", Map.of("follow_up", FLAG),
            "agreed_item", Map.of("status", ITEM_STATUS),
            "item_progress", Map.of("status_after", ITEM_STATUS)));

    private static <E extends Enum<E>> Optional<E> of(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(code)).findFirst();
    }

    @Override
    public Optional<String> word(String table, String recordId, String column, Object value) {
        return columns.word(table, recordId, column, value);
    }

    @Override
    public Map<String, Map<String, String>> names(Database db) {
        MeetingRepository repo = new MeetingRepository(db);
        Map<String, String> meetings = new HashMap<>();
        repo.list().forEach(m -> meetings.put(String.valueOf(m.id()), m.number()));
        Map<String, String> items = new HashMap<>();
        repo.items(false).forEach(i -> items.put(String.valueOf(i.id()), i.meetingNumber() + " "
                + (i.text().length() > ITEM_TEXT ? i.text().substring(0, ITEM_TEXT) + "…" : i.text())));
        return Map.of("meeting_id", meetings, "item_id", items);
    }
}
