package cn.fuyuan.desk.agency;

import java.util.Arrays;
import java.util.Optional;

/** 层级 of an agency. Stored by code; printed and imported by its Chinese label. */
public enum AgencyLevel {
    CITY("市"),
    COUNTY("县"),
    TOWNSHIP("乡镇");

    private final String label;

    AgencyLevel(String label) {
        this.label = label;
    }

    /** The Chinese label used in documents and import files (市, 县, 乡镇). */
    public String zh() {
        return label;
    }

    /** Message-bundle key for the UI's own language. */
    public String messageKey() {
        return "agency.level." + name();
    }

    /** Accepts the Chinese label, a few common variants (县级, 旗县, 乡, 镇) or the code. */
    public static Optional<AgencyLevel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        switch (t) {
            case "市", "市级", "盟市":
                return Optional.of(CITY);
            case "县", "县级", "旗", "旗县", "县区", "旗县区", "区":
                return Optional.of(COUNTY);
            case "乡镇", "乡", "镇", "苏木", "街道":
                return Optional.of(TOWNSHIP);
            default:
                return Arrays.stream(values()).filter(l -> l.name().equalsIgnoreCase(t)).findFirst();
        }
    }
}
