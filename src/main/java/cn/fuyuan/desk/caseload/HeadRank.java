package cn.fuyuan.desk.caseload;

import cn.fuyuan.desk.i18n.Messages;
import java.util.Arrays;
import java.util.Optional;

/** Rank of the appearing head (负责人级别), domain.md §2. Stored by name; {@link #zh()} is the Chinese term used in files and documents. */
public enum HeadRank {
    PRINCIPAL("正职"),
    DEPUTY("副职"),
    OTHER("其他负责人");

    private final String label;

    HeadRank(String label) {
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
    public static Optional<HeadRank> parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(v -> v.label.equals(t) || v.name().equals(t)).findFirst();
    }
}
