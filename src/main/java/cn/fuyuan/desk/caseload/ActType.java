package cn.fuyuan.desk.caseload;

import cn.fuyuan.desk.i18n.Messages;
import java.util.Arrays;
import java.util.Optional;

/** Type of the challenged act (行为类别). Stored by name; {@link #zh()} is the Chinese term used in files and documents. */
public enum ActType {
    PENALTY("行政处罚"),
    COERCION("行政强制"),
    LICENSING("行政许可"),
    AGREEMENT("行政协议"),
    EXPROPRIATION("征收补偿"),
    DISCLOSURE("信息公开"),
    INACTION("不履行法定职责"),
    OTHER("其他");

    private final String label;

    ActType(String label) {
        this.label = label;
    }

    /** The Chinese term (domain.md), as in import files and printed documents. */
    public String zh() {
        return label;
    }

    /** The term in the UI's language. */
    public String label() {
        String key = "caseload.enum." + getClass().getSimpleName() + "." + name();
        return Messages.get(key);
    }

    /** By Chinese term or by name; empty for anything else. */
    public static Optional<ActType> parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(v -> v.label.equals(t) || v.name().equals(t)).findFirst();
    }
}
