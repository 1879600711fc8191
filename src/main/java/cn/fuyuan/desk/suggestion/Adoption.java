package cn.fuyuan.desk.suggestion;

import cn.fuyuan.desk.i18n.ChineseCode;
import java.util.List;
import java.util.Optional;

/** How the recipient's reply was judged. Stored by code; printed and imported by its Chinese label. */
public enum Adoption implements ChineseCode {
    ADOPTED("采纳/已采纳"),
    PARTLY("部分采纳"),
    NOT_ADOPTED("未采纳/不采纳");

    private final List<String> variants;

    Adoption(String zh) {
        this.variants = ChineseCode.variantsOf(zh);
    }

    @Override
    public List<String> variants() {
        return variants;
    }

    @Override
    public String messagePrefix() {
        return "suggestion.adoption.";
    }

    /** By Chinese label (any of its variants) or code. */
    public static Optional<Adoption> parse(String text) {
        return ChineseCode.parse(Adoption.class, text);
    }

    @Override
    public String toString() {
        return zh();
    }
}
