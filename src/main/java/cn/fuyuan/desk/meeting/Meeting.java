package cn.fuyuan.desk.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One joint meeting with its attendees, topics in order and agreed items in order.
 *
 * @param number  assigned when first saved, from the setting meeting.numberFormat (e.g. 〔2025〕3号)
 * @param carried the open items of earlier meetings listed under the first topic (read only here)
 */
public record Meeting(Integer id, MeetingKind kind, int year, int seq, String number, String title,
                      LocalDateTime heldAt, String place, String host, MeetingState state, LocalDate issuedOn,
                      List<Attendee> attendees, List<Topic> topics, List<AgreedItem> items, List<AgreedItem> carried) {

    public Meeting {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
        topics = topics == null ? List.of() : List.copyOf(topics);
        items = items == null ? List.of() : List.copyOf(items);
        carried = carried == null ? List.of() : List.copyOf(carried);
        state = state == null ? MeetingState.PLANNED : state;
    }

    /** A new meeting not saved yet. */
    public static Meeting draft(MeetingKind kind, String title, LocalDateTime heldAt, String place, String host,
                                List<Attendee> attendees, List<Topic> topics, List<AgreedItem> items) {
        return new Meeting(null, kind, 0, 0, null, title, heldAt, place, host, MeetingState.PLANNED, null,
                attendees, topics, items, List.of());
    }

    public List<Attendee> attendees(AttendeeRole role) {
        return attendees.stream().filter(a -> a.role() == role).toList();
    }

    public Meeting withContent(String newTitle, MeetingKind newKind, LocalDateTime newHeldAt, String newPlace, String newHost,
                               List<Attendee> newAttendees, List<Topic> newTopics, List<AgreedItem> newItems) {
        return new Meeting(id, newKind, year, seq, number, newTitle, newHeldAt, newPlace, newHost, state, issuedOn,
                newAttendees, newTopics, newItems, carried);
    }
}
