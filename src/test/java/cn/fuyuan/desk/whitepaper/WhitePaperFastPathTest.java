package cn.fuyuan.desk.whitepaper;

import static cn.fuyuan.desk.store.jooq.Tables.ADMIN_CASE;
import static cn.fuyuan.desk.store.jooq.Tables.AGENCY;
import static cn.fuyuan.desk.store.jooq.Tables.CASE_REVIEW;
import static cn.fuyuan.desk.store.jooq.Tables.CASE_DEFENDANT;
import static cn.fuyuan.desk.store.jooq.Tables.COURT;
import static cn.fuyuan.desk.store.jooq.Tables.REGION;
import static cn.fuyuan.desk.store.jooq.Tables.WORK_FIELD;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.appearance.AppearanceStats;
import cn.fuyuan.desk.appearance.LossStats;
import cn.fuyuan.desk.appearance.Period;
import cn.fuyuan.desk.appearance.StatsData;
import cn.fuyuan.desk.caseload.ActType;
import cn.fuyuan.desk.caseload.CaseResult;
import cn.fuyuan.desk.caseload.CaseReview;
import cn.fuyuan.desk.caseload.CaseReviewRepository;
import cn.fuyuan.desk.caseload.CaseloadStats;
import cn.fuyuan.desk.caseload.LossGround;
import cn.fuyuan.desk.caseload.LossRules;
import cn.fuyuan.desk.demo.DemoData;
import cn.fuyuan.desk.meeting.HeldMeeting;
import cn.fuyuan.desk.meeting.MeetingRepository;
import cn.fuyuan.desk.settings.SettingKey;
import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.suggestion.SuggestionRepository;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 §8: the white paper's inputs as {@link WhitePaperData} reads them for speed (grouped cases, the directory
 * read once, plain columns) give exactly the figures of the per-fact path — one {@link CaseloadStats.Fact} per case,
 * {@link StatsData}'s appearance and loss facts through jOOQ records, the agencies' levels from the repository, the
 * meetings whole — on the
 * demo database, for two years, every figure, table and chart of every chapter, under each way of counting.
 */
class WhitePaperFastPathTest {
    @TempDir
    static Path dir;
    static Database db;

    @BeforeAll
    static void open() {
        db = Database.open(dir, Database.Mode.WRITE);
        DemoData.write(db, 2, DemoData.DEFAULT_SEED, null);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    /** One fact per case, with the names joined in: what {@code CaseloadQueries.facts} groups. */
    List<CaseloadStats.Fact> casesOneByOne() {
        String own = new SettingsRepository(db).get(SettingKey.COURT_NAME);
        var d = CASE_DEFENDANT.as("d");
        var a = AGENCY.as("a");
        var rg = REGION.as("rg");
        return db.dsl().select(COURT.NAME, rg.NAME, WORK_FIELD.NAME, ADMIN_CASE.ACT_TYPE, ADMIN_CASE.CASE_TYPE, ADMIN_CASE.FILING_DATE,
                        ADMIN_CASE.CLOSING_DATE)
                .from(ADMIN_CASE)
                .leftJoin(COURT).on(COURT.ID.eq(ADMIN_CASE.COURT_ID))
                .leftJoin(WORK_FIELD).on(WORK_FIELD.ID.eq(ADMIN_CASE.FIELD_ID))
                .leftJoin(d).on(d.CASE_ID.eq(ADMIN_CASE.ID).and(d.SORT_ORDER.eq(0)))
                .leftJoin(a).on(a.ID.eq(d.AGENCY_ID))
                .leftJoin(rg).on(rg.ID.eq(a.REGION_ID))
                .fetch(r -> new CaseloadStats.Fact(r.value1() == null ? own : r.value1(), r.value2(), r.value3(),
                        r.value4() == null ? null : ActType.valueOf(r.value4()), r.value5(),
                        r.value6(), r.value7()));
    }

    /** The first-instance cases the agency lost, read as CaseReviewRepository.lost did before it asked SQL for the lost results only. */
    static List<CaseReview.Lost> lostOneByOne(int year, boolean includeCompensation) {
        List<CaseReview.Lost> out = new ArrayList<>();
        db.dsl().select(ADMIN_CASE.CASE_NUMBER, ADMIN_CASE.CASE_TYPE, ADMIN_CASE.RESULT, WORK_FIELD.NAME, CASE_REVIEW.LOSS_GROUND)
                .from(ADMIN_CASE)
                .leftJoin(WORK_FIELD).on(WORK_FIELD.ID.eq(ADMIN_CASE.FIELD_ID))
                .leftJoin(CASE_REVIEW).on(CASE_REVIEW.CASE_ID.eq(ADMIN_CASE.ID))
                .where(ADMIN_CASE.CLOSING_DATE.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .orderBy(ADMIN_CASE.CASE_NUMBER)
                .forEach(r -> {
                    if (LossRules.firstInstance(r.value2(), includeCompensation) && r.value3() != null
                            && LossRules.lost(CaseResult.valueOf(r.value3()), includeCompensation)) {
                        out.add(new CaseReview.Lost(r.value1(), r.value4(), r.value5() == null ? null : LossGround.valueOf(r.value5())));
                    }
                });
        return out;
    }

    WhitePaperFigures.Inputs perFact(int year, LocalDate asOf) {
        StatsData.Settings s = StatsData.Settings.of(db);
        CaseReviewRepository reviews = new CaseReviewRepository(db);
        return new WhitePaperFigures.Inputs(year, asOf, s, casesOneByOne(), StatsData.lossFacts(db.dsl(), year),
                StatsData.lossFacts(db.dsl(), year - 1), StatsData.appearanceFacts(db.dsl(), StatsData.upTo(new Period(year, 0))),
                new WhitePaperRepository(db).agencyLevels(), new SuggestionRepository(db).ofYear(year), new MeetingRepository(db).heldIn(year).stream().map(HeldMeeting::of).toList(),
                reviews.typical(year), lostOneByOne(year, s.includeCompensation()));
    }

    static WhitePaperFigures.Inputs with(WhitePaperFigures.Inputs in, StatsData.Settings s) {
        return new WhitePaperFigures.Inputs(in.year(), in.asOf(), s, in.cases(), in.lossYear(), in.lossPrevious(), in.appearances(),
                in.agencyLevels(), in.letters(), in.meetings(), in.typical(), in.lost());
    }

    static <T> Map<T, Integer> multiset(List<T> list) {
        Map<T, Integer> out = new HashMap<>();
        list.forEach(x -> out.merge(x, 1, Integer::sum));
        return out;
    }

    @Test
    void theFastInputsGiveExactlyTheFiguresOfThePerFactPath() {
        LocalDate asOf = LocalDate.of(2026, 3, 31);
        int tables = 0;
        int meetings = 0;
        int lost = 0;
        for (int year : new int[] {2024, 2025}) {
            WhitePaperFigures.Inputs slow = perFact(year, asOf);
            WhitePaperFigures.Inputs fast = WhitePaperData.inputs(db, year, asOf);
            assertThat(slow.appearances()).as("the demo has hearings in %d", year).isNotEmpty();
            assertThat(slow.lossYear()).isNotEmpty();
            assertThat(multiset(fast.appearances())).as("appearance facts %d", year).isEqualTo(multiset(slow.appearances()));
            assertThat(multiset(fast.lossYear())).as("loss facts %d", year).isEqualTo(multiset(slow.lossYear()));
            assertThat(multiset(fast.lossPrevious())).as("loss facts %d", year - 1).isEqualTo(multiset(slow.lossPrevious()));
            assertThat(fast.agencyLevels()).isEqualTo(slow.agencyLevels());
            assertThat(fast.meetings()).as("meetings held in %d", year).isEqualTo(slow.meetings());
            assertThat(fast.lost()).as("lost cases of %d", year).isEqualTo(slow.lost());
            meetings += slow.meetings().size();
            lost += slow.lost().size();
            assertThat(new CaseReviewRepository(db).lost(year, true)).isEqualTo(lostOneByOne(year, true));
            for (AppearanceStats.Unit unit : AppearanceStats.Unit.values()) {
                for (AppearanceStats.Scope scope : AppearanceStats.Scope.values()) {
                    for (boolean compensation : new boolean[] {false, true}) {
                        for (LossStats.Denominator den : LossStats.Denominator.values()) {
                            StatsData.Settings s = new StatsData.Settings(unit, scope, compensation, den);
                            Map<Chapter, ChapterFigures> want = WhitePaperFigures.compute(with(slow, s));
                            Map<Chapter, ChapterFigures> got = WhitePaperFigures.compute(with(fast, s));
                            assertThat(got.keySet()).containsExactlyElementsOf(want.keySet());
                            for (Chapter c : Chapter.values()) {
                                String what = year + " " + c + " " + s;
                                assertThat(got.get(c).figures()).as(what).isEqualTo(want.get(c).figures());
                                assertThat(got.get(c).charts()).as(what).isEqualTo(want.get(c).charts());
                                for (int i = 0; i < want.get(c).tables().size(); i++) {
                                    assertThat(got.get(c).tables().get(i)).as(what + " " + want.get(c).tables().get(i).id())
                                            .isEqualTo(want.get(c).tables().get(i));
                                }
                                assertThat(got.get(c)).as(what).isEqualTo(want.get(c));
                                tables += want.get(c).tables().size();
                            }
                        }
                    }
                }
            }
        }
        assertThat(tables).isGreaterThan(100);
        assertThat(meetings).as("the demo has meetings").isPositive();
        assertThat(lost).as("the demo has lost cases").isPositive();
    }
}
