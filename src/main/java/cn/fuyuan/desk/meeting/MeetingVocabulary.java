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

    /**
     * A meeting's rows in the 记录 column by words, not ids: a meeting by its number and title, an item by its meeting's
     * number and text, an attendee, a topic, a unit, a progress note or a carried item by its meeting or item.
     */
    @Override
    public Optional<String> recordLabel(String table, String recordId, Map<String, Object> values,
                                        Map<String, Map<String, String>> names) {
        Function<String, String> meeting = column -> name(names, "meeting_id", values.get(column));
        Function<String, String> item = column -> name(names, "item_id", values.get(column));
        return switch (table) {
            case "meeting" -> words(text(values.get("number")), text(values.get("title")));
            case "agreed_item" -> {
                String known = name(names, "item_id", recordId);
                yield known != null ? Optional.of(known) : words(meeting.apply("meeting_id"), shortText(values.get("text")));
            }
            case "agreed_item_unit" -> words(item.apply("item_id"), name(names, "agency_id", values.get("agency_id")));
            case "meeting_attendee" -> words(meeting.apply("meeting_id"),
                    firstOf(text(values.get("person")), text(values.get("unit_text")), name(names, "agency_id", values.get("agency_id"))));
            case "meeting_topic" -> words(meeting.apply("meeting_id"), text(values.get("title")));
            case "item_progress" -> words(item.apply("item_id"), text(values.get("noted_on")));
            case "meeting_carry" -> words(meeting.apply("meeting_id"), item.apply("item_id"));
            default -> Optional.empty();
        };
    }

    private static String name(Map<String, Map<String, String>> names, String column, Object id) {
        return id == null ? null : names.getOrDefault(column, Map.of()).get(id.toString());
    }

    private static String text(Object v) {
        return v == null || v.toString().isBlank() ? null : v.toString();
    }

    private static String shortText(Object v) {
        String t = text(v);
        return t == null || t.length() <= ITEM_TEXT ? t : t.substring(0, ITEM_TEXT) + "…";
    }

    private static String firstOf(String... candidates) {
        return Arrays.stream(candidates).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /** The known parts joined by " · ", or empty (the row then shows by its id) when none is known. */
    private static Optional<String> words(String... parts) {
        String joined = Arrays.stream(parts).filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining(" · "));
        return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
    }

    @Override
    public Map<String, Map<String, String>> names(Database db) {
        MeetingRepository repo = new MeetingRepository(db);
        Map<String, String> meetings = new HashMap<>();
        repo.list().forEach(m -> meetings.put(String.valueOf(m.id()), m.number()));
        Map<String, String> items = new HashMap<>();
        repo.items(false).forEach(i -> items.put(String.valueOf(i.id()), i.meetingNumber() + " " + shortText(i.text())));
        return Map.of("meeting_id", meetings, "item_id", items);
    }
}
