package cn.fuyuan.desk.agency;

import cn.fuyuan.desk.i18n.ChineseCode;
import java.util.List;
import java.util.Optional;

/** 层级 of an agency. Stored by code; printed and imported by its Chinese label. */
public enum AgencyLevel implements ChineseCode {
    CITY("市/市级/盟市"),
    COUNTY("县/县级/旗/旗县/县区/旗县区/区"),
    TOWNSHIP("乡镇/乡/镇/苏木/街道");

    private final List<String> variants;

    AgencyLevel(String zh) {
        this.variants = ChineseCode.variantsOf(zh);
    }

    /** The Chinese label used in documents and import files (市, 县, 乡镇) first, then the accepted variants. */
    @Override
    public List<String> variants() {
        return variants;
    }

    /** Message-bundle keys for the UI's own language: {@code agency.level.} + the code. */
    @Override
    public String messagePrefix() {
        return "agency.level.";
    }

    /** Accepts the Chinese label, a few common variants (县级, 旗县, 乡, 镇) or the code. */
    public static Optional<AgencyLevel> parse(String text) {
        return ChineseCode.parse(AgencyLevel.class, text);
    }
}
