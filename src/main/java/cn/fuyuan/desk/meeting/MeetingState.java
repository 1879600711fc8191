package cn.fuyuan.desk.meeting;

import cn.fuyuan.desk.i18n.Messages;

/** 筹备 → 已召开 → 纪要已印发. Once ISSUED, the meeting is read-only except for item progress. */
public enum MeetingState {
    PLANNED, HELD, ISSUED;

    public String label() {
        return Messages.get(switch (this) {
            case PLANNED -> "meeting.state.PLANNED";
            case HELD -> "meeting.state.HELD";
            case ISSUED -> "meeting.state.ISSUED";
        });
    }
}
