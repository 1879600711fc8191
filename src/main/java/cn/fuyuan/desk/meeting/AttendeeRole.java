package cn.fuyuan.desk.meeting;

import cn.fuyuan.desk.i18n.ChineseCode;
import java.util.List;

/** 出席 / 请假 / 列席. */
public enum AttendeeRole implements ChineseCode {
    PRESENT("出席"),
    ABSENT("请假"),
    OBSERVER("列席");

    private final List<String> variants;

    AttendeeRole(String zh) {
        this.variants = ChineseCode.variantsOf(zh);
    }

    @Override
    public List<String> variants() {
        return variants;
    }

    /** The UI label's key is {@code meeting.role.} + the code. */
    @Override
    public String messagePrefix() {
        return "meeting.role.";
    }
}
