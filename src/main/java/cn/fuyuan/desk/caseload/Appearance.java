package cn.fuyuan.desk.caseload;

import java.time.LocalDate;

/**
 * One defendant agency at one hearing: the notice, whether its head appeared, and if not why not.
 *
 * @param id           null when not saved yet
 * @param headAppeared null while the result is not recorded yet (an upcoming hearing)
 * @param rank         required when the head appeared
 * @param reason       required when the head did not appear
 */
public record Appearance(
        Integer id,
        int agencyId,
        String agencyName,
        boolean noticeRequired,
        LocalDate noticeServed,
        Boolean headAppeared,
        String headName,
        String headTitle,
        HeadRank rank,
        boolean spoke,
        String staff,
        AbsenceReason reason,
        boolean explanationReceived,
        String evaluation) {

    /** An appearance with nothing recorded yet. */
    public static Appearance blank(int agencyId, String agencyName, boolean noticeRequired) {
        return new Appearance(null, agencyId, agencyName, noticeRequired, null, null, null, null, null, false, null, null, false, null);
    }

    /** The head appeared (a head of any rank; staff or lawyers alone do not count). */
    public boolean appeared() {
        return Boolean.TRUE.equals(headAppeared) && rank != null;
    }

    /** A notice is required (not 无须通知) and not served yet: what the 近期开庭 list shows as 未送达. */
    public boolean noticeUnserved() {
        return noticeRequired && noticeServed == null;
    }

    public boolean unjustifiedAbsence() {
        return Boolean.FALSE.equals(headAppeared) && reason == AbsenceReason.UNJUSTIFIED;
    }

    public Appearance withId(Integer newId) {
        return new Appearance(newId, agencyId, agencyName, noticeRequired, noticeServed, headAppeared, headName, headTitle, rank,
                spoke, staff, reason, explanationReceived, evaluation);
    }

    public Appearance withResult(Boolean appeared, String name, String title, HeadRank r, boolean spk, String staffText,
                                 AbsenceReason why, boolean explanation, String eval) {
        return new Appearance(id, agencyId, agencyName, noticeRequired, noticeServed, appeared, name, title, r, spk, staffText,
                why, explanation, eval);
    }

    public Appearance withNotice(boolean required, LocalDate served) {
        return new Appearance(id, agencyId, agencyName, required, served, headAppeared, headName, headTitle, rank, spoke, staff,
                reason, explanationReceived, evaluation);
    }
}
