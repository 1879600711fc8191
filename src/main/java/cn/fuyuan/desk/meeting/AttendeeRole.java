package cn.fuyuan.desk.meeting;

import cn.fuyuan.desk.i18n.Messages;

/** 出席 / 请假 / 列席. */
public enum AttendeeRole {
    PRESENT, ABSENT, OBSERVER;

    public String label() {
        return Messages.get(switch (this) {
            case PRESENT -> "meeting.role.PRESENT";
            case ABSENT -> "meeting.role.ABSENT";
            case OBSERVER -> "meeting.role.OBSERVER";
        });
    }
}
