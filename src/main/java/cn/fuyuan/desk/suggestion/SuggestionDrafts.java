package cn.fuyuan.desk.suggestion;

import cn.fuyuan.desk.agency.Agency;
import cn.fuyuan.desk.agency.AgencyLevel;
import cn.fuyuan.desk.agency.AgencyRepository;
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

    /** Creates the draft letter and returns its id. */
    public static int fromAbsence(Database db, String caseNumber, int agencyId, LocalDate hearingDate, String facts) {
        AgencyRepository agencies = new AgencyRepository(db);
        Agency agency = agencies.find(agencyId).orElseThrow(() ->
                new ValidationException(Problem.ofField("agency", Messages.get("suggestion.noAgency", agencyId))));
        String cn = CaseNumber.normalise(caseNumber).orElseThrow(() ->
                new ValidationException(Problem.ofField("caseNumbers", CaseNumber.refusal(caseNumber))));
        Optional<Agency> superior = superiorOf(agencies.list(true), agency);
        int months = new SettingsRepository(db).getInt(SettingKey.SUGGESTION_REPLY_MONTHS);
        String background = "本院于" + SuggestionText.date(hearingDate) + "公开开庭审理" + cn + "一案，" + agency.name()
                + "为该案被告。本院依法向其送达出庭通知书，该机关负责人无正当理由未出庭应诉。"
                + (facts == null || facts.isBlank() ? "" : "\n" + facts.strip());
        LetterItem item = new LetterItem(
                agency.name() + "负责人经本院依法通知，无正当理由未出庭应诉，不符合《最高人民法院关于行政机关负责人出庭应诉若干问题的规定》的要求。",
                "督促" + agency.name() + "严格落实行政机关负责人出庭应诉制度，对被诉行政行为依法应诉答辩，并将整改情况书面反馈本院。");
        LetterDraft draft = new LetterDraft(null, "关于" + agency.name() + "负责人无正当理由不出庭应诉的司法建议书",
                SuggestionKind.INDIVIDUAL, superior.map(Agency::id).orElse(null), List.of(cn), List.of(), background,
                List.of(item), months, null, null, null, Messages.get("suggestion.fromAbsenceNote"));
        return db.write(tx -> SuggestionRepository.saveDraft(tx, draft, LocalDate.now()));
    }
}
