package cn.fuyuan.desk.appearance;

import static cn.fuyuan.desk.store.jooq.Tables.ADMIN_CASE;
import static cn.fuyuan.desk.store.jooq.Tables.AGENCY;
import static cn.fuyuan.desk.store.jooq.Tables.CASE_DEFENDANT;
import static cn.fuyuan.desk.store.jooq.Tables.HEARING;
import static cn.fuyuan.desk.store.jooq.Tables.HEARING_APPEARANCE;
import static cn.fuyuan.desk.store.jooq.Tables.REGION;
import static cn.fuyuan.desk.store.jooq.Tables.WORK_FIELD;

import cn.fuyuan.desk.caseload.CaseResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.ResultQuery;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * The same facts as {@link StatsData#appearanceFacts} and {@link StatsData#lossFacts}, read for many figures at once
 * (the white paper; issue 11 §8): the agency directory is read once and shared, the rows come as plain columns (ids,
 * dates, flags) off the result set instead of jOOQ records with the names joined in, and each date text is parsed
 * once. What is read — and so every figure {@link AppearanceStats} and {@link LossStats} compute from it — is the
 * same ({@code FactQueriesTest} compares them on the demo database).
 */
public final class FactQueries {
    private FactQueries() {
    }

    /** One agency of the directory: its name, its region's and field's names (null when it has none), its level code. */
    public record Agency(String name, String region, String field, String level) {
    }

    /** Every agency by id, with the names of its region and field. */
    public static Map<Integer, Agency> agencies(DSLContext ctx) {
        Map<Integer, Agency> out = new HashMap<>();
        rows(ctx.select(AGENCY.ID, AGENCY.NAME, REGION.NAME, WORK_FIELD.NAME, AGENCY.ADMIN_LEVEL).from(AGENCY)
                .leftJoin(REGION).on(REGION.ID.eq(AGENCY.REGION_ID))
                .leftJoin(WORK_FIELD).on(WORK_FIELD.ID.eq(AGENCY.FIELD_ID)), rs -> {
                    out.put(rs.getInt(1), new Agency(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                });
        return out;
    }

    /** {@link StatsData#appearanceFacts}: every hearing × defendant row with a hearing on or before {@code upTo}. */
    public static List<AppearanceStats.Fact> appearanceFacts(DSLContext ctx, LocalDate upTo, Map<Integer, Agency> agencies) {
        List<AppearanceStats.Fact> out = new ArrayList<>();
        Dates dates = new Dates();
        // the hearings in the order of their case (the covering index of hearing's (case_id, hearing_date)), each with its defendants
        rows(ctx.select(ADMIN_CASE.CASE_NUMBER, HEARING_APPEARANCE.AGENCY_ID, HEARING.HEARING_DATE,
                        DSL.field(HEARING_APPEARANCE.NOTICE_SERVED_DATE.isNotNull()), HEARING_APPEARANCE.HEAD_APPEARED,
                        HEARING_APPEARANCE.HEAD_RANK, HEARING_APPEARANCE.SPOKE)
                .from(HEARING)
                .join(ADMIN_CASE).on(ADMIN_CASE.ID.eq(HEARING.CASE_ID))
                .join(HEARING_APPEARANCE).on(HEARING_APPEARANCE.HEARING_ID.eq(HEARING.ID))
                .where(HEARING.HEARING_DATE.le(upTo))
                .orderBy(HEARING.CASE_ID), rs -> {
                    Agency a = agencies.get(rs.getInt(2));
                    if (a == null) {
                        return;
                    }
                    String rank = rs.getString(6);
                    boolean appeared = rs.getInt(5) == 1 && rank != null;
                    out.add(new AppearanceStats.Fact(rs.getString(1), rs.getInt(2), a.name(), a.region(), a.field(), dates.of(rs.getString(3)),
                            rs.getInt(4) == 1, appeared, appeared && rs.getInt(7) == 1, appeared && "PRINCIPAL".equals(rank)));
                });
        return out;
    }

    /** {@link StatsData#lossFacts} of each year from {@code from} to {@code to}, in that order: every defendant of every case closed in it. */
    public static List<List<LossStats.Fact>> lossFacts(DSLContext ctx, int from, int to, Map<Integer, Agency> agencies) {
        List<List<LossStats.Fact>> out = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            out.add(new ArrayList<>());
        }
        Dates dates = new Dates();
        Map<String, CaseResult> results = new HashMap<>();
        rows(ctx.select(ADMIN_CASE.CASE_NUMBER, ADMIN_CASE.CASE_TYPE, CASE_DEFENDANT.AGENCY_ID, ADMIN_CASE.CLOSING_DATE, ADMIN_CASE.RESULT)
                .from(CASE_DEFENDANT)
                .join(ADMIN_CASE).on(ADMIN_CASE.ID.eq(CASE_DEFENDANT.CASE_ID))
                .where(ADMIN_CASE.CLOSING_DATE.between(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31))), rs -> {
                    Agency a = agencies.get(rs.getInt(3));
                    if (a == null) {
                        return;
                    }
                    LocalDate closed = dates.of(rs.getString(4));
                    String result = rs.getString(5);
                    out.get(closed.getYear() - from).add(new LossStats.Fact(rs.getString(1), rs.getString(2), rs.getInt(3), a.name(), a.region(),
                            a.field(), closed, result == null ? null : results.computeIfAbsent(result, CaseResult::valueOf)));
                });
        return out;
    }

    /** Each date text parsed once (a year's rows hold a few hundred distinct days). */
    private static final class Dates {
        private final Map<String, LocalDate> parsed = new HashMap<>();

        LocalDate of(String text) {
            return parsed.computeIfAbsent(text, LocalDate::parse);
        }
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private static void rows(ResultQuery<?> query, Row row) {
        try (ResultSet rs = query.fetchResultSet()) {
            while (rs.next()) {
                row.read(rs);
            }
        } catch (SQLException e) {
            throw new DataAccessException(e.getMessage(), e);
        }
    }
}
