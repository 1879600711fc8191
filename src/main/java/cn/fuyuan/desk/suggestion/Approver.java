package cn.fuyuan.desk.suggestion;

import cn.fuyuan.desk.i18n.ChineseCode;
import java.util.List;
import java.util.Optional;

/** Who approved a letter for signing. Stored by code; printed and imported by its Chinese label. */
public enum Approver implements ChineseCode {
    COMMITTEE("审判委员会/审委会"),
    PRESIDENT("院长"),
    VICE_PRESIDENT("副院长");

    private final List<String> variants;

    Approver(String zh) {
        this.variants = ChineseCode.variantsOf(zh);
    }

    @Override
    public List<String> variants() {
        return variants;
    }

    @Override
    public String messagePrefix() {
        return "suggestion.approver.";
    }

    /** By Chinese label (any of its variants) or code. */
    public static Optional<Approver> parse(String text) {
        return ChineseCode.parse(Approver.class, text);
    }

    @Override
    public String toString() {
        return zh();
    }
}
