package cn.fuyuan.desk.caseload;

import cn.fuyuan.desk.i18n.Messages;
import java.util.Arrays;
import java.util.Optional;

/** Why a head did not appear (未出庭理由), domain.md §2; only UNJUSTIFIED is not a legitimate reason. Stored by name; {@link #zh()} is the Chinese term used in files and documents. */
public enum AbsenceReason {
    FORCE_MAJEURE("不可抗力"),
    ACCIDENT("意外事件"),
    OFFICIAL_DUTY("需要履行他人不能代替的公务"),
    OTHER_JUSTIFIED("其他正当事由"),
    UNJUSTIFIED("无正当理由");

    private final String label;

    AbsenceReason(String label) {
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
    public static Optional<AbsenceReason> parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(v -> v.label.equals(t) || v.name().equals(t)).findFirst();
    }
}
