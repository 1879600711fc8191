package cn.fuyuan.desk.whitepaper;

import static cn.fuyuan.desk.store.jooq.Tables.AGENCY;
import static cn.fuyuan.desk.store.jooq.Tables.WHITE_PAPER;
import static cn.fuyuan.desk.store.jooq.Tables.WHITE_PAPER_CHAPTER;

import cn.fuyuan.desk.agency.AgencyLevel;
import cn.fuyuan.desk.store.Audit;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.store.jooq.tables.records.WhitePaperChapterRecord;
import cn.fuyuan.desk.store.jooq.tables.records.WhitePaperRecord;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/** White papers and their chapters in the store (tables white_paper, white_paper_chapter); every write through {@link Audit}. */
public final class WhitePaperRepository {
    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final Database db;

    public WhitePaperRepository(Database db) {
        this.db = db;
    }

    static String json(ChapterFigures f) {
        try {
            return JSON.writeValueAsString(f);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ChapterFigures figures(String json) {
        try {
            return json == null || json.isBlank() ? ChapterFigures.empty() : JSON.readValue(json, ChapterFigures.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("white_paper_chapter.figures_json: " + e.getMessage(), e);
        }
    }

    public Optional<WhitePaper> find(int year) {
        return find(db.dsl(), year);
    }

    /** Each agency's 层级 by its name (the 败诉 by level table): two columns of the directory, not whole agencies. */
    public Map<String, AgencyLevel> agencyLevels() {
        Map<String, AgencyLevel> out = new HashMap<>();
        db.dsl().select(AGENCY.NAME, AGENCY.ADMIN_LEVEL).from(AGENCY).where(AGENCY.ADMIN_LEVEL.isNotNull())
                .forEach(r -> out.put(r.value1(), AgencyLevel.valueOf(r.value2())));
        return out;
    }

    public static Optional<WhitePaper> find(DSLContext ctx, int year) {
        WhitePaperRecord r = ctx.selectFrom(WHITE_PAPER).where(WHITE_PAPER.YEAR.eq(year)).fetchOne();
        if (r == null) {
            return Optional.empty();
        }
        List<WhitePaper.Part> parts = ctx.selectFrom(WHITE_PAPER_CHAPTER).where(WHITE_PAPER_CHAPTER.PAPER_ID.eq(r.getId()))
                .orderBy(WHITE_PAPER_CHAPTER.POSITION)
                .fetch(c -> new WhitePaper.Part(Chapter.valueOf(c.getChapter()), c.getHeading(), c.getNarrative(), figures(c.getFiguresJson())));
        return Optional.of(new WhitePaper(r.getId(), r.getYear(), r.getTitle(), WhitePaper.State.valueOf(r.getState()),
                r.getFiguresOn(), r.getFinalizedOn(),
                r.getReopenReason(), parts));
    }

    /** The year of the saved white paper with this id (a search result names the paper by its id). */
    public Optional<Integer> yearOf(int id) {
        return db.dsl().select(WHITE_PAPER.YEAR).from(WHITE_PAPER).where(WHITE_PAPER.ID.eq(id)).fetchOptional(WHITE_PAPER.YEAR);
    }

    /** The years that have a saved white paper, newest first. */
    public List<Integer> years() {
        return db.dsl().select(WHITE_PAPER.YEAR).from(WHITE_PAPER).orderBy(WHITE_PAPER.YEAR.desc()).fetch(WHITE_PAPER.YEAR);
    }

    public WhitePaper save(WhitePaper p) {
        return db.write(tx -> save(tx, p));
    }

    /** Saves the paper and its chapters in the caller's transaction (history only for what changed); returns it as stored. */
    public static WhitePaper save(DSLContext tx, WhitePaper p) {
        WhitePaperRecord r = tx.newRecord(WHITE_PAPER);
        r.setYear(p.year());
        r.setTitle(p.title());
        r.setState(p.state().name());
        r.setFiguresOn(p.figuresOn());
        r.setFinalizedOn(p.finalizedOn());
        r.setReopenReason(p.reopenReason());
        Integer existing = tx.select(WHITE_PAPER.ID).from(WHITE_PAPER).where(WHITE_PAPER.YEAR.eq(p.year())).fetchOne(WHITE_PAPER.ID);
        int id;
        if (existing == null) {
            Audit.insert(tx, r);
            id = r.getId();
        } else {
            id = existing;
            r.setId(id);
            r.changed(WHITE_PAPER.ID, false);
            Audit.update(tx, r);
        }
        Map<String, WhitePaperChapterRecord> old = new HashMap<>();
        tx.selectFrom(WHITE_PAPER_CHAPTER).where(WHITE_PAPER_CHAPTER.PAPER_ID.eq(id)).forEach(c -> old.put(c.getChapter(), c));
        for (WhitePaper.Part part : p.parts()) {
            WhitePaperChapterRecord c = tx.newRecord(WHITE_PAPER_CHAPTER);
            c.setPaperId(id);
            c.setChapter(part.chapter().name());
            c.setPosition(part.chapter().position());
            c.setHeading(part.heading());
            c.setNarrative(part.narrative() == null ? "" : part.narrative());
            c.setFiguresJson(json(part.figures()));
            WhitePaperChapterRecord before = old.get(part.chapter().name());
            if (before == null) {
                Audit.insert(tx, c);
            } else {
                c.setId(before.getId());
                c.changed(WHITE_PAPER_CHAPTER.ID, false);
                Audit.update(tx, c);
            }
        }
        return find(tx, p.year()).orElseThrow();
    }
}
