package cn.fuyuan.desk.caseload;

import cn.fuyuan.desk.ui.AppContext;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The hook by which an unjustified absence (未出庭理由 无正当理由, domain.md §2) offers to draft a judicial
 * suggestion letter. The suggestion-letter feature registers an implementation at start-up; while none is
 * registered the case screens say that suggestion letters are not available.
 */
public interface AbsenceFollowUp {

    /**
     * The facts of one unjustified absence as the record holds them, for the letter's draft. Nothing here is
     * prose: the suggestion feature words the letter from these facts alone.
     *
     * @param courtName    the court that heard the case; null when it is the office's own court
     * @param noticeServed the day the 出庭通知书 was served; null when not served (or not recorded)
     * @param headName     the head who should have appeared, if recorded
     * @param staff        the 应诉人员 who came instead, if recorded
     */
    record UnjustifiedAbsence(String caseNumber, String courtName, int agencyId, String agencyName, LocalDate hearingDate,
                              boolean noticeRequired, LocalDate noticeServed, String headName, String headTitle,
                              AbsenceReason reason, boolean explanationReceived, String staff) {

        /** The facts of {@code a}, recorded at a hearing on {@code hearingDate} of case {@code caseNumber}. */
        public static UnjustifiedAbsence of(String caseNumber, String courtName, LocalDate hearingDate, Appearance a) {
            return new UnjustifiedAbsence(caseNumber, blankToNull(courtName), a.agencyId(), a.agencyName(), hearingDate,
                    a.noticeRequired(), a.noticeServed(), blankToNull(a.headName()), blankToNull(a.headTitle()), a.reason(),
                    a.explanationReceived(), blankToNull(a.staff()));
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    /** Opens a draft suggestion letter for the absence (on the FX thread). */
    void draftSuggestion(AppContext ctx, UnjustifiedAbsence facts);

    /** Registers the implementation (the last one registered wins); null unregisters. */
    static void register(AbsenceFollowUp followUp) {
        Registry.CURRENT.set(followUp);
    }

    /** The registered implementation, if any. */
    static Optional<AbsenceFollowUp> current() {
        return Optional.ofNullable(Registry.CURRENT.get());
    }

    /** Holder of the registration (interfaces cannot have static fields that change). */
    final class Registry {
        static final AtomicReference<AbsenceFollowUp> CURRENT = new AtomicReference<>();

        private Registry() {
        }
    }
}
