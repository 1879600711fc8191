package cn.fuyuan.desk.meeting;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A meeting as a year's figures count it (the white paper's 府院联动): its number, title, time, state and agreed items —
 * read without its attendees, topics and carried items ({@link MeetingRepository#heldWithItems}).
 */
public record HeldMeeting(int id, String number, String title, LocalDateTime heldAt, MeetingState state, List<AgreedItem> items) {
    /** The same of a whole meeting. */
    public static HeldMeeting of(Meeting m) {
        return new HeldMeeting(m.id(), m.number(), m.title(), m.heldAt(), m.state(), m.items());
    }
}
