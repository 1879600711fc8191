package cn.fuyuan.desk.caseload;

import cn.fuyuan.desk.i18n.ChineseCode;
import java.util.List;
import java.util.Optional;

/** Type of the challenged act (行为类别). Stored by name; {@link #zh()} is the Chinese term used in files and documents. */
public enum ActType implements ChineseCode {
    PENALTY("行政处罚"),
    COERCION("行政强制"),
    LICENSING("行政许可"),
    AGREEMENT("行政协议"),
    EXPROPRIATION("征收补偿"),
    DISCLOSURE("信息公开"),
    INACTION("不履行法定职责"),
    OTHER("其他");

    private final List<String> variants;

    ActType(String zh) {
        this.variants = ChineseCode.variantsOf(zh);
    }

    @Override
    public List<String> variants() {
        return variants;
    }

    /** The UI label's key is {@code caseload.enum.ActType.} + the code. */
    @Override
    public String messagePrefix() {
        return "caseload.enum.ActType.";
    }

    /** By Chinese term or by name; empty for anything else. */
    public static Optional<ActType> parse(String text) {
        return ChineseCode.parse(ActType.class, text);
    }
}
