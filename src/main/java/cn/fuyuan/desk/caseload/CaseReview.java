package cn.fuyuan.desk.caseload;

/**
 * What the office records about a case for the white paper (issue 11): the ground of a loss, and whether it is a
 * 典型案例 with its 基本案情, 裁判结果 and 典型意义, in the office's chosen order (smaller first).
 */
public record CaseReview(int caseId, LossGround lossGround, boolean typical, int typicalOrder, String basicFacts,
                         String judgment, String significance) {

    public static CaseReview none(int caseId) {
        return new CaseReview(caseId, null, false, 0, null, null, null);
    }

    public boolean isEmpty() {
        return lossGround == null && !typical && blank(basicFacts) && blank(judgment) && blank(significance);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A typical case of a year as the white paper lists it. */
    public record Typical(String caseNumber, String cause, String defendants, CaseResult result, int order, String basicFacts,
                          String judgment, String significance) {
    }

    /** One lost case with its recorded ground (null when none was recorded), for the problems chapter. */
    public record Lost(String caseNumber, String field, LossGround ground) {
    }
}
