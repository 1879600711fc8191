package cn.fuyuan.desk.suggestion;

import cn.fuyuan.desk.i18n.ChineseCode;
import java.util.List;
import java.util.Optional;

/** Type of a letter (个案 / 类案 / 综合治理). Stored by code; printed and imported by its Chinese label. */
public enum SuggestionKind implements ChineseCode {
    INDIVIDUAL("个案"),
    CATEGORY("类案"),
    GOVERNANCE("综合治理");

    private final List<String> variants;

    SuggestionKind(String zh) {
        this.variants = ChineseCode.variantsOf(zh);
    }

    @Override
    public List<String> variants() {
        return variants;
    }

    @Override
    public String messagePrefix() {
        return "suggestion.kind.";
    }

    /** By Chinese label (any of its variants) or code. */
    public static Optional<SuggestionKind> parse(String text) {
        return ChineseCode.parse(SuggestionKind.class, text);
    }

    @Override
    public String toString() {
        return zh();
    }
}
