package cn.fuyuan.desk.meeting;

/** The meeting number from the setting meeting.numberFormat: {year} and {n} (no leading zeros). */
public final class MeetingNumbers {
    public static final String DEFAULT_FORMAT = "〔{year}〕{n}号";

    private MeetingNumbers() {
    }

    public static String format(String pattern, int year, int n) {
        String p = pattern == null || pattern.isBlank() || !pattern.contains("{n}") ? DEFAULT_FORMAT : pattern.strip();
        return p.replace("{year}", Integer.toString(year)).replace("{n}", Integer.toString(n));
    }
}
