package cn.fuyuan.desk.suggestion;

import cn.fuyuan.desk.i18n.ChineseCode;
import java.util.List;
import java.util.Optional;

/** Where a letter is in its life (domain.md §1). Stored by code; printed and imported by its Chinese label. */
public enum SuggestionStatus implements ChineseCode {
    DRAFT("草稿"),
    PENDING("待审批"),
    SIGNED("已签发"),
    DELIVERED("已送达"),
    REPLIED("已回复"),
    CLOSED("已办结"),
    WITHDRAWN("已撤回");

    private final List<String> variants;

    SuggestionStatus(String zh) {
        this.variants = ChineseCode.variantsOf(zh);
    }

    @Override
    public List<String> variants() {
        return variants;
    }

    @Override
    public String messagePrefix() {
        return "suggestion.status.";
    }

    /** By Chinese label (any of its variants) or code. */
    public static Optional<SuggestionStatus> parse(String text) {
        return ChineseCode.parse(SuggestionStatus.class, text);
    }

    @Override
    public String toString() {
        return zh();
    }
}
