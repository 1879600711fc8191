package cn.fuyuan.desk.caseload;

import java.time.LocalDate;
import java.util.List;

/**
 * An administrative case (行政案件) with its defendants and hearings.
 *
 * @param id       null when not saved yet
 * @param courtId  null: the office's own court (settings)
 * @param fieldId  the field (领域); by default the first defendant's
 */
public record AdminCase(
        Integer id,
        CaseNumber number,
        Integer courtId,
        String courtName,
        String plaintiffs,
        String cause,
        ActType actType,
        Integer fieldId,
        String fieldName,
        LocalDate filingDate,
        LocalDate closingDate,
        CaseResult result,
        boolean majorPublicInterest,
        boolean noticeRequired,
        List<Defendant> defendants,
        List<Hearing> hearings) {

    public AdminCase {
        defendants = defendants == null ? List.of() : List.copyOf(defendants);
        hearings = hearings == null ? List.of() : List.copyOf(hearings);
    }

    public AdminCase withHearings(List<Hearing> list) {
        return new AdminCase(id, number, courtId, courtName, plaintiffs, cause, actType, fieldId, fieldName, filingDate, closingDate,
                result, majorPublicInterest, noticeRequired, defendants, list);
    }

    public AdminCase withId(Integer newId) {
        return new AdminCase(newId, number, courtId, courtName, plaintiffs, cause, actType, fieldId, fieldName, filingDate, closingDate,
                result, majorPublicInterest, noticeRequired, defendants, hearings);
    }
}
