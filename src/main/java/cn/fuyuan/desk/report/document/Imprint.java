package cn.fuyuan.desk.report.document;

import java.time.LocalDate;
import java.util.List;

/**
 * The 版记 (GB/T 9704 §7.4), printed at the foot of the last page between rules, in 4号 仿宋: 抄送 (if any) and
 * 印发机关 with 印发日期.
 */
public record Imprint(List<String> copiesTo, String printedBy, LocalDate printedOn) {
    public Imprint {
        copiesTo = copiesTo == null ? List.of() : List.copyOf(copiesTo);
    }

    /** "抄送：A，B。" or null. */
    public String copiesLine() {
        return copiesTo.isEmpty() ? null : "抄送：" + String.join("，", copiesTo) + "。";
    }

    /** "2025年7月1日印发" or "" when there is no date. */
    public String printedLine() {
        return printedOn == null ? "" : Gbt9704.date(printedOn) + "印发";
    }
}
