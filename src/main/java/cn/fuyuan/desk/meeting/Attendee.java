package cn.fuyuan.desk.meeting;

/** One person of the 出席 / 请假 / 列席 lists. */
public record Attendee(Integer id, AttendeeRole role, String person, Unit unit) {
    /** As printed: 单位 姓名. */
    public String display() {
        String u = unit == null || unit.name() == null ? "" : unit.name();
        String p = person == null ? "" : person.strip();
        return (u + " " + p).strip();
    }
}
