package cn.fuyuan.desk.meeting;

import cn.fuyuan.desk.i18n.Messages;

/** 未开始 / 推进中 / 已办结 / 已取消. An item is open while not started or in progress. */
public enum ItemStatus {
    NOT_STARTED, IN_PROGRESS, DONE, CANCELLED;

    public boolean open() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }

    public String label() {
        return Messages.get(switch (this) {
            case NOT_STARTED -> "meeting.itemStatus.NOT_STARTED";
            case IN_PROGRESS -> "meeting.itemStatus.IN_PROGRESS";
            case DONE -> "meeting.itemStatus.DONE";
            case CANCELLED -> "meeting.itemStatus.CANCELLED";
        });
    }
}
