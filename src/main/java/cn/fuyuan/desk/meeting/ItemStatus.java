package cn.fuyuan.desk.meeting;

import cn.fuyuan.desk.i18n.ChineseCode;
import java.util.List;

/** 未开始 / 推进中 / 已办结 / 已取消. An item is open while not started or in progress. */
public enum ItemStatus implements ChineseCode {
    NOT_STARTED("未开始"),
    IN_PROGRESS("推进中"),
    DONE("已办结"),
    CANCELLED("已取消");

    private final List<String> variants;

    ItemStatus(String zh) {
        this.variants = ChineseCode.variantsOf(zh);
    }

    public boolean open() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }

    @Override
    public List<String> variants() {
        return variants;
    }

    /** The UI label's key is {@code meeting.itemStatus.} + the code. */
    @Override
    public String messagePrefix() {
        return "meeting.itemStatus.";
    }
}
