package cn.fuyuan.desk.suggestion;

import cn.fuyuan.desk.agency.Agency;
import cn.fuyuan.desk.agency.AgencyLevel;
import cn.fuyuan.desk.agency.AgencyRepository;
import cn.fuyuan.desk.caseload.AbsenceFollowUp.UnjustifiedAbsence;
import cn.fuyuan.desk.caseload.CaseNumber;
import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.settings.SettingKey;
import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.store.Problem;
import cn.fuyuan.desk.store.ValidationException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Drafts made for the user from elsewhere in the application. An unjustified absence of an agency head
 * (domain.md §2) calls for a suggestion to the supervisory organ / superior authority: the case feature's
 * AbsenceFollowUp hook calls {@link #fromAbsence}.
 */
public final class SuggestionDrafts {
    private SuggestionDrafts() {
    }

    /**
     * The superior authority of an agency as far as the directory tells: the 人民政府 of its region (a
     * county-level or city-level government, not the agency itself). Empty when the directory has none;
     * the user then picks the recipient.
     */
    public static Optional<Agency> superiorOf(List<Agency> directory, Agency agency) {
        if (agency.regionId() == null) {
            return Optional.empty();
        }
        return directory.stream()
                .filter(a -> a.active() && !a.id().equals(agency.id()) && agency.regionId().equals(a.regionId()))
                .filter(a -> a.name().endsWith("人民政府") && a.level() != AgencyLevel.TOWNSHIP)
                .min(Comparator.comparing((Agency a) -> a.level().ordinal()).thenComparing(Agency::name));
    }

    /** Creates the draft letter for an unjustified absence, worded by {@link AbsenceLetterText}, and returns its id. */
    public static int fromAbsence(Database db, UnjustifiedAbsence facts) {
        AgencyRepository agencies = new AgencyRepository(db);
        Agency agency = agencies.find(facts.agencyId()).orElseThrow(() ->
                new ValidationException(Problem.ofField("agency", Messages.get("suggestion.noAgency", facts.agencyId()))));
        String cn = CaseNumber.normalise(facts.caseNumber()).orElseThrow(() ->
                new ValidationException(Problem.ofField("caseNumbers", CaseNumber.refusal(facts.caseNumber()))));
        Optional<Agency> superior = superiorOf(agencies.list(true), agency);
        int months = new SettingsRepository(db).getInt(SettingKey.SUGGESTION_REPLY_MONTHS);
        AbsenceLetterText.Text text = AbsenceLetterText.of(new UnjustifiedAbsence(cn, facts.courtName(), agency.id(), agency.name(),
                facts.hearingDate(), facts.noticeRequired(), facts.noticeServed(), facts.headName(), facts.headTitle(), facts.reason(),
                facts.explanationReceived(), facts.staff()));
        LetterDraft draft = new LetterDraft(null, text.title(), SuggestionKind.INDIVIDUAL, superior.map(Agency::id).orElse(null),
                List.of(cn), List.of(), text.background(), List.of(new LetterItem(text.problem(), text.suggestion())), months,
                null, null, null, Messages.get("suggestion.fromAbsenceNote"));
        return db.write(tx -> SuggestionRepository.saveDraft(tx, draft, LocalDate.now()));
    }
}
