package cn.fuyuan.desk.meeting;

import java.time.LocalDate;

/** A dated progress note on an item; {@code meetingId} is the meeting where it was reported, if any. */
public record Progress(Integer id, int itemId, Integer meetingId, LocalDate notedOn, String note, ItemStatus statusAfter) {
}
