package cn.fuyuan.desk.caseload;

import cn.fuyuan.desk.i18n.ChineseCode;
import java.util.List;
import java.util.Optional;

/** Rank of the appearing head (负责人级别), domain.md §2. Stored by name; {@link #zh()} is the Chinese term used in files and documents. */
public enum HeadRank implements ChineseCode {
    PRINCIPAL("正职"),
    DEPUTY("副职"),
    OTHER("其他负责人");

    private final List<String> variants;

    HeadRank(String zh) {
        this.variants = ChineseCode.variantsOf(zh);
    }

    @Override
    public List<String> variants() {
        return variants;
    }

    /** The UI label's key is {@code caseload.enum.HeadRank.} + the code. */
    @Override
    public String messagePrefix() {
        return "caseload.enum.HeadRank.";
    }

    /** By Chinese term or by name; empty for anything else. */
    public static Optional<HeadRank> parse(String text) {
        return ChineseCode.parse(HeadRank.class, text);
    }
}
