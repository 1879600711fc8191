package cn.fuyuan.desk.meeting;

import cn.fuyuan.desk.i18n.ChineseCode;
import java.util.List;

/** 筹备 → 已召开 → 纪要已印发. Once ISSUED, the meeting is read-only except for item progress. */
public enum MeetingState implements ChineseCode {
    PLANNED("筹备"),
    HELD("已召开"),
    ISSUED("纪要已印发");

    private final List<String> variants;

    MeetingState(String zh) {
        this.variants = ChineseCode.variantsOf(zh);
    }

    @Override
    public List<String> variants() {
        return variants;
    }

    /** The UI label's key is {@code meeting.state.} + the code. */
    @Override
    public String messagePrefix() {
        return "meeting.state.";
    }
}
