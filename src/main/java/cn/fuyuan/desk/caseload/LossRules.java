package cn.fuyuan.desk.caseload;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which results are a loss for the agency, and which cases count towards 败诉率 (domain.md §5, §8): the rule of a
 * case's own result, here beside the results so that the case form (败诉原因 only for a lost case) and the figures of
 * the appearance package ({@code LossStats}) use one definition.
 */
public final class LossRules {
    /** 撤销, 部分撤销, 确认违法, 确认无效, 变更, 责令履行: judgments against the agency. */
    public static final Set<CaseResult> LOSSES = EnumSet.of(CaseResult.REVOKE, CaseResult.PARTIAL_REVOKE, CaseResult.CONFIRM_ILLEGAL,
            CaseResult.CONFIRM_VOID, CaseResult.ALTER, CaseResult.ORDER_PERFORM);
    /** Closed without a judgment on the merits. */
    public static final Set<CaseResult> NOT_JUDGMENT = EnumSet.of(CaseResult.WITHDRAWN, CaseResult.MEDIATED, CaseResult.DISMISS_SUIT,
            CaseResult.OTHER);

    private LossRules() {
    }

    /** Whether the agency lost: a loss judgment, or 赔偿 when compensation is included (setting loss.includeCompensation). */
    public static boolean lost(CaseResult r, boolean includeCompensation) {
        return r != null && (LOSSES.contains(r) || includeCompensation && r == CaseResult.COMPENSATION);
    }

    /** Whether a case of this type code is a unit of 败诉率: 行初, and 行赔初 when compensation is included. */
    public static boolean firstInstance(String caseType, boolean includeCompensation) {
        return "行初".equals(caseType) || includeCompensation && "行赔初".equals(caseType);
    }
}
