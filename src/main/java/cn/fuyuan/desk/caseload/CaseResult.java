package cn.fuyuan.desk.caseload;

import cn.fuyuan.desk.i18n.Messages;
import java.util.Arrays;
import java.util.Optional;

/** First-instance result (一审结果), domain.md §5. Stored by name; {@link #zh()} is the Chinese term used in files and documents. */
public enum CaseResult {
    DISMISS_CLAIM("驳回诉讼请求"),
    REVOKE("撤销"),
    PARTIAL_REVOKE("部分撤销"),
    CONFIRM_ILLEGAL("确认违法"),
    CONFIRM_VOID("确认无效"),
    ALTER("变更"),
    ORDER_PERFORM("责令履行"),
    COMPENSATION("赔偿"),
    DISMISS_SUIT("驳回起诉"),
    WITHDRAWN("撤诉"),
    MEDIATED("调解"),
    OTHER("其他");

    private final String label;

    CaseResult(String label) {
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
    public static Optional<CaseResult> parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(v -> v.label.equals(t) || v.name().equals(t)).findFirst();
    }
}
