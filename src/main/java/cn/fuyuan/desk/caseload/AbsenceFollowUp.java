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
     * The facts of one unjustified absence, for the letter's draft.
     *
     * @param facts a sentence ready for the letter: who was absent from which hearing and what was recorded
     */
    record UnjustifiedAbsence(String caseNumber, int agencyId, String agencyName, LocalDate hearingDate, String headName,
                              String headTitle, String facts) {
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

    /** Builds the facts of an absence recorded at a hearing of a case. */
    static UnjustifiedAbsence factsOf(AdminCase c, Hearing h, Appearance a) {
        String text = h.date() + "，" + c.number() + "一案开庭，被告" + a.agencyName() + "负责人未出庭应诉，未出庭理由："
                + (a.reason() == null ? "未说明" : a.reason().label())
                + (a.explanationReceived() ? "，已提交情况说明" : "，未提交情况说明")
                + (a.staff() == null || a.staff().isBlank() ? "，亦无工作人员出庭" : "，出庭人员：" + a.staff()) + "。";
        return new UnjustifiedAbsence(c.number().toString(), a.agencyId(), a.agencyName(), h.date(), a.headName(), a.headTitle(), text);
    }

    /** Holder of the registration (interfaces cannot have static fields that change). */
    final class Registry {
        static final AtomicReference<AbsenceFollowUp> CURRENT = new AtomicReference<>();

        private Registry() {
        }
    }
}
