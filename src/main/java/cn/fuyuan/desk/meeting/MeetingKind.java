package cn.fuyuan.desk.meeting;

import cn.fuyuan.desk.i18n.ChineseCode;
import java.util.List;

/** 联席会议 / 会商 / 座谈 / 其他. */
public enum MeetingKind implements ChineseCode {
    JOINT("联席会议"),
    CONSULTATION("会商"),
    FORUM("座谈"),
    OTHER("其他");

    private final List<String> variants;

    MeetingKind(String zh) {
        this.variants = ChineseCode.variantsOf(zh);
    }

    @Override
    public List<String> variants() {
        return variants;
    }

    /** The UI label's key is {@code meeting.kind.} + the code. */
    @Override
    public String messagePrefix() {
        return "meeting.kind.";
    }
}
