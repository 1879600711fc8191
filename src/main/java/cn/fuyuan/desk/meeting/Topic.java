package cn.fuyuan.desk.meeting;

/**
 * A 议题 with its minutes text. {@code followUp} marks the first topic 前次议定事项落实情况, under which the
 * open items of earlier meetings are listed.
 */
public record Topic(Integer id, String title, String minutes, boolean followUp) {
}
