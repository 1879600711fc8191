package cn.fuyuan.desk.whitepaper;

import cn.fuyuan.desk.agency.AgencyLevel;
import cn.fuyuan.desk.appearance.FactQueries;
import cn.fuyuan.desk.appearance.LossStats;
import cn.fuyuan.desk.appearance.Period;
import cn.fuyuan.desk.appearance.StatsData;
import cn.fuyuan.desk.caseload.CaseReviewRepository;
import cn.fuyuan.desk.caseload.CaseloadQueries;
import cn.fuyuan.desk.meeting.MeetingRepository;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.suggestion.SuggestionRepository;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@link WhitePaperFigures.Inputs} of a year through the features' own repositories and fact readers: the
 * cases grouped in SQL, the letters and meetings of the year only, the agency directory once for the appearance and
 * loss facts and the agencies' levels ({@link FactQueries}), all on one connection ({@link Database#reading}).
 */
public final class WhitePaperData {
    private WhitePaperData() {
    }

    public static WhitePaperFigures.Inputs inputs(Database database, int year, LocalDate asOf) {
        return database.reading(db -> read(db, year, asOf));
    }

    private static WhitePaperFigures.Inputs read(Database db, int year, LocalDate asOf) {
        StatsData.Settings s = StatsData.Settings.of(db);
        Map<Integer, FactQueries.Agency> agencies = FactQueries.agencies(db.dsl());
        Map<String, AgencyLevel> levels = new HashMap<>();
        agencies.values().forEach(a -> {
            if (a.level() != null) {
                levels.put(a.name(), AgencyLevel.valueOf(a.level()));
            }
        });
        List<List<LossStats.Fact>> loss = FactQueries.lossFacts(db.dsl(), year - 1, year, agencies);
        CaseReviewRepository reviews = new CaseReviewRepository(db);
        return new WhitePaperFigures.Inputs(year, asOf, s, CaseloadQueries.facts(db, year - WhitePaperFigures.TREND_YEARS + 1, year), loss.get(1), loss.get(0),
                FactQueries.appearanceFacts(db.dsl(), StatsData.upTo(new Period(year, 0)), agencies),
                levels, new SuggestionRepository(db).ofYear(year), new MeetingRepository(db).heldWithItems(year), reviews.typical(year),
                reviews.lost(year, s.includeCompensation()));
    }
}
