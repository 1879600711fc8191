package cn.fuyuan.desk.caseload;

import cn.fuyuan.desk.i18n.ChineseCode;
import java.util.List;
import java.util.Optional;

/** Why a head did not appear (未出庭理由), domain.md §2; only UNJUSTIFIED is not a legitimate reason. Stored by name; {@link #zh()} is the Chinese term used in files and documents. */
public enum AbsenceReason implements ChineseCode {
    FORCE_MAJEURE("不可抗力"),
    ACCIDENT("意外事件"),
    OFFICIAL_DUTY("需要履行他人不能代替的公务"),
    OTHER_JUSTIFIED("其他正当事由"),
    UNJUSTIFIED("无正当理由");

    private final List<String> variants;

    AbsenceReason(String zh) {
        this.variants = ChineseCode.variantsOf(zh);
    }

    @Override
    public List<String> variants() {
        return variants;
    }

    /** The UI label's key is {@code caseload.enum.AbsenceReason.} + the code. */
    @Override
    public String messagePrefix() {
        return "caseload.enum.AbsenceReason.";
    }

    /** By Chinese term or by name; empty for anything else. */
    public static Optional<AbsenceReason> parse(String text) {
        return ChineseCode.parse(AbsenceReason.class, text);
    }
}
