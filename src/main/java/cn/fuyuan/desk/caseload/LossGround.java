package cn.fuyuan.desk.caseload;

import cn.fuyuan.desk.i18n.Messages;
import java.util.Arrays;
import java.util.Optional;

/**
 * 败诉原因: why the agency lost (domain.md §9), recorded on a lost case. Stored by name; {@link #zh()} is the Chinese
 * term used in files and documents.
 */
public enum LossGround {
    FACTS("事实不清、证据不足"),
    LAW("适用法律错误"),
    PROCEDURE("程序违法"),
    INACTION("不履行法定职责"),
    AUTHORITY("超越职权、滥用职权"),
    UNREASONABLE("明显不当");

    private final String label;

    LossGround(String label) {
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

    /** By Chinese term (also 超越职权 / 滥用职权 alone, and the half-width comma) or by name; empty for anything else. */
    public static Optional<LossGround> parse(String text) {
        String t = text == null ? "" : text.strip().replace(',', '、').replace('，', '、').replace('/', '、');
        if (t.equals("超越职权") || t.equals("滥用职权")) {
            return Optional.of(AUTHORITY);
        }
        if (t.equals("事实不清") || t.equals("证据不足")) {
            return Optional.of(FACTS);
        }
        return Arrays.stream(values()).filter(v -> v.label.equals(t) || v.name().equals(t)).findFirst();
    }
}
