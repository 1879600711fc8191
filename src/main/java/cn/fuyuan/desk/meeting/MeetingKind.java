package cn.fuyuan.desk.meeting;

import cn.fuyuan.desk.i18n.Messages;

/** 联席会议 / 会商 / 座谈 / 其他. */
public enum MeetingKind {
    JOINT, CONSULTATION, FORUM, OTHER;

    public String label() {
        return Messages.get(switch (this) {
            case JOINT -> "meeting.kind.JOINT";
            case CONSULTATION -> "meeting.kind.CONSULTATION";
            case FORUM -> "meeting.kind.FORUM";
            case OTHER -> "meeting.kind.OTHER";
        });
    }
}
