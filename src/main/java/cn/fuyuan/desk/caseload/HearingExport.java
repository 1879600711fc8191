package cn.fuyuan.desk.caseload;

import static cn.fuyuan.desk.store.jooq.Tables.ADMIN_CASE;
import static cn.fuyuan.desk.store.jooq.Tables.AGENCY;
import static cn.fuyuan.desk.store.jooq.Tables.CASE_DEFENDANT;
import static cn.fuyuan.desk.store.jooq.Tables.CASE_REVIEW;
import static cn.fuyuan.desk.store.jooq.Tables.COURT;
import static cn.fuyuan.desk.store.jooq.Tables.HEARING;
import static cn.fuyuan.desk.store.jooq.Tables.HEARING_APPEARANCE;

import cn.fuyuan.desk.settings.SettingKey;
import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.store.Database;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * {@code export hearings}: one row per hearing × defendant in exactly the layout {@link HearingImport} reads
 * ({@link HearingImport#HEADERS}), so that a county desk's register imports into a city desk and gives the same
 * figures. Each cell is what the import would read back into the same value: the case's columns repeated on every
 * row of the case, 法院 the court's name (the office's own court by its name in the settings), dates as dates, the
 * hearing date with its time of day when it has one, 是 / 否 only where the fact is recorded, the Chinese labels of
 * the coded values, empty cells for what is not known.
 *
 * <p>Not carried by the layout (so not exported): a case without hearings, the evaluation of an appearance, whether a
 * notice was required when none was served (the import counts a served notice as required), 重大公共利益.
 */
public final class HearingExport {
    private HearingExport() {
    }

    /** The rows of the hearings from {@code from} to {@code to} (either may be null: no bound), by case and date. */
    public static List<List<Object>> rows(Database db, LocalDate from, LocalDate to) {
        String ownCourt = new SettingsRepository(db).get(SettingKey.COURT_NAME);
        Condition when = DSL.noCondition();
        if (from != null) {
            when = when.and(HEARING.HEARING_DATE.ge(from));
        }
        if (to != null) {
            when = when.and(HEARING.HEARING_DATE.le(to));
        }
        List<List<Object>> out = new ArrayList<>();
        var rows = db.dsl().select(ADMIN_CASE.fields()).select(HEARING.HEARING_DATE, HEARING.HEARING_TIME, COURT.NAME, AGENCY.NAME, CASE_REVIEW.LOSS_GROUND)
                .select(HEARING_APPEARANCE.fields())
                .from(HEARING_APPEARANCE).join(HEARING).on(HEARING.ID.eq(HEARING_APPEARANCE.HEARING_ID))
                .join(ADMIN_CASE).on(ADMIN_CASE.ID.eq(HEARING.CASE_ID))
                .join(AGENCY).on(AGENCY.ID.eq(HEARING_APPEARANCE.AGENCY_ID))
                .leftJoin(COURT).on(COURT.ID.eq(ADMIN_CASE.COURT_ID))
                .leftJoin(CASE_DEFENDANT).on(CASE_DEFENDANT.CASE_ID.eq(ADMIN_CASE.ID).and(CASE_DEFENDANT.AGENCY_ID.eq(HEARING_APPEARANCE.AGENCY_ID)))
                .leftJoin(CASE_REVIEW).on(CASE_REVIEW.CASE_ID.eq(ADMIN_CASE.ID))
                .where(when)
                .orderBy(ADMIN_CASE.CASE_YEAR, ADMIN_CASE.COURT_CODE, ADMIN_CASE.CASE_TYPE, ADMIN_CASE.CASE_SEQ, HEARING.HEARING_DATE,
                        CASE_DEFENDANT.SORT_ORDER, HEARING_APPEARANCE.ID)
                .fetch();
        for (Record r : rows) {
            out.add(row(r, ownCourt));
        }
        return out;
    }

    private static List<Object> row(Record r, String ownCourt) {
        List<Object> cells = new ArrayList<>();
        String court = r.get(COURT.NAME) != null ? r.get(COURT.NAME) : ownCourt == null ? "" : ownCourt;
        LocalDate day = r.get(HEARING.HEARING_DATE);
        LocalTime time = r.get(HEARING.HEARING_TIME);
        Integer appeared = r.get(HEARING_APPEARANCE.HEAD_APPEARED);
        for (String h : HearingImport.HEADERS) {
            cells.add(switch (h) {
                case HearingImport.NUMBER -> r.get(ADMIN_CASE.CASE_NUMBER);
                case HearingImport.COURT -> court;
                case HearingImport.PLAINTIFFS -> text(r.get(ADMIN_CASE.PLAINTIFFS));
                case HearingImport.DEFENDANT -> r.get(AGENCY.NAME);
                case HearingImport.CAUSE -> text(r.get(ADMIN_CASE.CAUSE));
                case HearingImport.ACT_TYPE -> r.get(ADMIN_CASE.ACT_TYPE) == null ? "" : ActType.valueOf(r.get(ADMIN_CASE.ACT_TYPE)).zh();
                case HearingImport.FILED -> r.get(ADMIN_CASE.FILING_DATE);
                case HearingImport.HEARING_DATE -> time == null ? day : LocalDateTime.of(day, time);
                case HearingImport.NOTICE_SERVED -> r.get(HEARING_APPEARANCE.NOTICE_SERVED_DATE);
                case HearingImport.APPEARED -> appeared == null ? "" : appeared == 1 ? "是" : "否";
                case HearingImport.HEAD_NAME -> text(r.get(HEARING_APPEARANCE.HEAD_NAME));
                case HearingImport.HEAD_TITLE -> text(r.get(HEARING_APPEARANCE.HEAD_TITLE));
                case HearingImport.RANK -> r.get(HEARING_APPEARANCE.HEAD_RANK) == null ? "" : HeadRank.valueOf(r.get(HEARING_APPEARANCE.HEAD_RANK)).zh();
                case HearingImport.SPOKE -> appeared == null || appeared == 0 ? "" : r.get(HEARING_APPEARANCE.SPOKE) == 1 ? "是" : "否";
                case HearingImport.REASON -> r.get(HEARING_APPEARANCE.ABSENCE_REASON) == null ? ""
                        : AbsenceReason.valueOf(r.get(HEARING_APPEARANCE.ABSENCE_REASON)).zh();
                case HearingImport.EXPLANATION -> appeared == null || appeared == 1 ? ""
                        : r.get(HEARING_APPEARANCE.EXPLANATION_RECEIVED) == 1 ? "是" : "否";
                case HearingImport.STAFF -> text(r.get(HEARING_APPEARANCE.STAFF));
                case HearingImport.RESULT -> r.get(ADMIN_CASE.RESULT) == null ? "" : CaseResult.valueOf(r.get(ADMIN_CASE.RESULT)).zh();
                case HearingImport.CLOSED -> r.get(ADMIN_CASE.CLOSING_DATE);
                case HearingImport.LOSS_GROUND -> r.get(CASE_REVIEW.LOSS_GROUND) == null ? ""
                        : LossGround.valueOf(r.get(CASE_REVIEW.LOSS_GROUND)).zh();
                default -> throw new IllegalStateException("no export for the column " + h);
            });
        }
        return cells;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
