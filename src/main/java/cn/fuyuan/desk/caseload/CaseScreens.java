package cn.fuyuan.desk.caseload;

import cn.fuyuan.desk.agency.Agency;
import cn.fuyuan.desk.agency.AgencyRepository;
import cn.fuyuan.desk.caseload.CaseQueries.CaseRow;
import cn.fuyuan.desk.caseload.CaseQueries.HearingRow;
import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.settings.SettingKey;
import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.store.Database;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the 案件与出庭 screens read and write, so that the views call this and no repository: the register, a hearing
 * day, the coming hearings, the names the filters and the form offer, and saving a case or a day's grid. No JavaFX:
 * the long reads run in the views' background jobs.
 */
public final class CaseScreens {
    private final Database db;
    private final CaseRepository cases;
    private final CaseQueries queries;

    public CaseScreens(Database db) {
        this.db = db;
        this.cases = new CaseRepository(db);
        this.queries = new CaseQueries(db);
    }

    /** 迟延: a notice served fewer than this many days before the hearing (setting appearance.lateNoticeDays). */
    public int lateDays() {
        return new SettingsRepository(db).getInt(SettingKey.APPEARANCE_LATE_NOTICE_DAYS);
    }

    /** The office's own court as the screens name it: the setting, else 本院. */
    public String ownCourt() {
        String c = new SettingsRepository(db).get(SettingKey.COURT_NAME);
        return c == null || c.isBlank() ? Messages.get("caseload.ownCourt") : c;
    }

    public List<CaseRow> cases(String ownCourt) {
        return queries.cases(ownCourt);
    }

    public Optional<AdminCase> find(int id) {
        return cases.find(id);
    }

    public List<HearingRow> hearings(LocalDate from, LocalDate to) {
        return queries.hearings(from, to);
    }

    /** The register's court filter: the own court first, then the other courts of the register. */
    public List<String> courtFilter() {
        List<String> l = new ArrayList<>(List.of(ownCourt()));
        l.addAll(queries.courtNames());
        return l;
    }

    /** The form's courts: the own court (empty text), then the others. */
    public List<String> formCourts() {
        List<String> courts = new ArrayList<>(List.of(CaseFormViewModel.OWN_COURT));
        courts.addAll(queries.courtNames());
        return courts;
    }

    public List<String> defendantNames() {
        return queries.agencyNames();
    }

    public List<String> regionNames() {
        return queries.regionNames();
    }

    public List<String> fieldNames() {
        return queries.fieldNames();
    }

    /** The directory's agencies in use, by name (the form's completion for 被告). */
    public List<String> directoryNames() {
        return new AgencyRepository(db).list(false).stream().map(Agency::name).toList();
    }

    /** Builds the case from the form (agencies and courts by name) and saves it in one transaction. */
    public AdminCase save(CaseFormViewModel form) {
        return cases.save(form.build(cases::agencyByName, cases::courtId));
    }

    /** The case's 败诉原因 and 典型案例 (empty for a new case). */
    public CaseReview review(AdminCase c) {
        return c == null ? null : new CaseReviewRepository(db).find(c.id());
    }

    /**
     * Builds the case from the form and saves it with its review (败诉原因, 典型案例) in one transaction; a review
     * that does not fit the case's result is refused before anything is written.
     */
    public AdminCase save(CaseFormViewModel form, CaseReviewViewModel review) {
        AdminCase built = form.build(cases::agencyByName, cases::courtId);
        boolean includeCompensation = Boolean.parseBoolean(new SettingsRepository(db).get(SettingKey.LOSS_INCLUDE_COMPENSATION));
        List<cn.fuyuan.desk.store.Problem> problems = review.check(built.result(), includeCompensation);
        if (!problems.isEmpty()) {
            throw new cn.fuyuan.desk.store.ValidationException(problems);
        }
        return db.write(tx -> {
            AdminCase saved = CaseRepository.save(tx, built);
            CaseReviewRepository.save(tx, review.build(saved.id()));
            return saved;
        });
    }

    /** Saves the day's edited rows; the number of appearances saved. */
    public int save(HearingGridViewModel grid) {
        return grid.save(cases);
    }
}
