package cn.fuyuan.desk.whitepaper;

import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.settings.SettingKey;
import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.store.Problem;
import cn.fuyuan.desk.store.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The white paper's life: a fresh draft from the year's records, saving the office's words, regenerating the figures
 * (keeping the words, reporting the quoted figures that changed), 定稿 and the explicit 重新打开.
 */
public final class WhitePaperService {
    private final Database db;
    private final WhitePaperRepository repository;

    public WhitePaperService(Database db) {
        this.db = db;
        this.repository = new WhitePaperRepository(db);
    }

    /** The office's court as the settings name it (the white paper's author). */
    public String courtName() {
        return new cn.fuyuan.desk.settings.SettingsRepository(db).get(cn.fuyuan.desk.settings.SettingKey.COURT_NAME);
    }

    /** What the printed white paper is built with: the court and how many agencies a per-agency table lists. */
    public WhitePaperDocument.Options printOptions() {
        SettingsRepository s = new SettingsRepository(db);
        return new WhitePaperDocument.Options(s.get(SettingKey.COURT_NAME), Math.max(0, s.getInt(SettingKey.WHITEPAPER_AGENCY_ROWS)));
    }

    /** A regeneration's result: the paper with new figures and the quoted figures whose value changed. */
    public record Regenerated(WhitePaper paper, List<Narrative.Change> changes) {
    }

    /** The title of the year's white paper from the setting whitepaper.title. */
    public String title(int year) {
        SettingsRepository s = new SettingsRepository(db);
        String court = s.get(SettingKey.COURT_NAME);
        return s.get(SettingKey.WHITEPAPER_TITLE).replace("{court}", court == null ? "" : court.strip())
                .replace("{year}", Integer.toString(year)).strip();
    }

    public java.util.Optional<WhitePaper> find(int year) {
        return repository.find(year);
    }

    public java.util.Optional<Integer> yearOf(int paperId) {
        return repository.yearOf(paperId);
    }

    public List<Integer> savedYears() {
        return repository.years();
    }

    /** The figures of every chapter of the year as of a day. */
    public Map<Chapter, ChapterFigures> figures(int year, LocalDate asOf) {
        return WhitePaperFigures.compute(WhitePaperData.inputs(db, year, asOf));
    }

    /** A fresh draft (not saved): every chapter's figures and the words drafted from them. */
    public WhitePaper draft(int year, LocalDate asOf) {
        WhitePaperFigures.Inputs in = WhitePaperData.inputs(db, year, asOf);
        Map<Chapter, ChapterFigures> figures = WhitePaperFigures.compute(in);
        List<WhitePaperFigures.LetterPoints> points = WhitePaperFigures.letterPoints(in);
        List<WhitePaper.Part> parts = new ArrayList<>();
        for (Chapter c : Chapter.values()) {
            ChapterFigures f = figures.get(c);
            parts.add(new WhitePaper.Part(c, c.heading(), WhitePaperDrafts.draft(c, year, f, points), f));
        }
        return new WhitePaper(null, year, title(year), WhitePaper.State.DRAFT, asOf, null, null, parts);
    }

    /** The saved white paper of the year, or a fresh draft when there is none. */
    public WhitePaper current(int year, LocalDate asOf) {
        return repository.find(year).orElseGet(() -> draft(year, asOf));
    }

    private static void requireDraft(WhitePaper p) {
        if (p.isFinal()) {
            throw new ValidationException(Problem.ofField("state", Messages.get("whitepaper.rule.final", p.title())));
        }
    }

    /** Saves the office's words and headings (one transaction). A 定稿 paper is refused. */
    public WhitePaper save(WhitePaper p) {
        return db.write(tx -> {
            WhitePaperRepository.find(tx, p.year()).ifPresent(WhitePaperService::requireDraft);
            requireDraft(p);
            return WhitePaperRepository.save(tx, p);
        });
    }

    /**
     * New figures for every chapter as of {@code asOf}; the words are kept, each quoted figure takes its new value, and
     * the ones that changed are returned. Not saved: the caller saves when the office accepts.
     */
    public Regenerated regenerate(WhitePaper p, LocalDate asOf) {
        requireDraft(p);
        Map<Chapter, ChapterFigures> figures = figures(p.year(), asOf);
        List<Narrative.Change> changes = new ArrayList<>();
        List<WhitePaper.Part> parts = new ArrayList<>();
        for (WhitePaper.Part part : p.parts()) {
            ChapterFigures f = figures.get(part.chapter());
            Narrative.Refreshed r = Narrative.refresh(part.chapter(), part.narrative(), f.figures());
            changes.addAll(r.changes());
            parts.add(new WhitePaper.Part(part.chapter(), part.heading(), r.text(), f));
        }
        return new Regenerated(new WhitePaper(p.id(), p.year(), p.title(), p.state(), asOf, p.finalizedOn(), p.reopenReason(), parts),
                changes);
    }

    /** 定稿: saved as it is and frozen (its figures are those it holds; nothing is edited until reopened). */
    public WhitePaper finalizePaper(WhitePaper p, LocalDate on) {
        requireDraft(p);
        return db.write(tx -> WhitePaperRepository.save(tx, new WhitePaper(p.id(), p.year(), p.title(), WhitePaper.State.FINAL,
                p.figuresOn(), on, null, p.parts())));
    }

    /** 重新打开: explicit, with a reason kept in the record and its history. */
    public WhitePaper reopen(int year, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ValidationException(Problem.ofField("reopenReason", Messages.get("whitepaper.rule.reopenReason")));
        }
        return db.write(tx -> {
            WhitePaper p = WhitePaperRepository.find(tx, year).orElseThrow(() -> new ValidationException(
                    Problem.ofField("year", Messages.get("whitepaper.rule.none", year))));
            if (!p.isFinal()) {
                throw new ValidationException(Problem.ofField("state", Messages.get("whitepaper.rule.notFinal", p.title())));
            }
            return WhitePaperRepository.save(tx, new WhitePaper(p.id(), p.year(), p.title(), WhitePaper.State.DRAFT, p.figuresOn(),
                    null, reason.strip(), p.parts()));
        });
    }
}
