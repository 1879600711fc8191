package cn.fuyuan.desk.caseload;

import cn.fuyuan.desk.i18n.ChineseCode;
import java.util.List;
import java.util.Optional;

/** First-instance result (一审结果), domain.md §5. Stored by name; {@link #zh()} is the Chinese term used in files and documents. */
public enum CaseResult implements ChineseCode {
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

    private final List<String> variants;

    CaseResult(String zh) {
        this.variants = ChineseCode.variantsOf(zh);
    }

    @Override
    public List<String> variants() {
        return variants;
    }

    /** The UI label's key is {@code caseload.enum.CaseResult.} + the code. */
    @Override
    public String messagePrefix() {
        return "caseload.enum.CaseResult.";
    }

    /** By Chinese term or by name; empty for anything else. */
    public static Optional<CaseResult> parse(String text) {
        return ChineseCode.parse(CaseResult.class, text);
    }
}
