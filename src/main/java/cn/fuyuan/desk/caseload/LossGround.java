package cn.fuyuan.desk.caseload;

import cn.fuyuan.desk.i18n.ChineseCode;
import java.util.List;
import java.util.Optional;

/**
 * 败诉原因: why the agency lost (domain.md §9), recorded on a lost case. Stored by name; {@link #zh()} is the Chinese
 * term used in files and documents.
 */
public enum LossGround implements ChineseCode {
    FACTS("事实不清、证据不足"),
    LAW("适用法律错误"),
    PROCEDURE("程序违法"),
    INACTION("不履行法定职责"),
    AUTHORITY("超越职权、滥用职权"),
    UNREASONABLE("明显不当");

    private final List<String> variants;

    LossGround(String zh) {
        this.variants = ChineseCode.variantsOf(zh);
    }

    @Override
    public List<String> variants() {
        return variants;
    }

    /** The UI label's key is {@code caseload.enum.LossGround.} + the code. */
    @Override
    public String messagePrefix() {
        return "caseload.enum.LossGround.";
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
        return ChineseCode.parse(LossGround.class, t);
    }
}
