package cn.fuyuan.desk.agency;

import static cn.fuyuan.desk.store.Values.blankToNull;

import static cn.fuyuan.desk.store.jooq.Tables.AGENCY;
import static cn.fuyuan.desk.store.jooq.Tables.REGION;
import static cn.fuyuan.desk.store.jooq.Tables.WORK_FIELD;

import cn.fuyuan.desk.store.Audit;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.store.Problem;
import cn.fuyuan.desk.store.ValidationException;
import cn.fuyuan.desk.store.jooq.tables.records.AgencyRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/** The agency directory (机关名录) in the store. Every write is audited in its own transaction. */
public final class AgencyRepository {
    private final Database db;

    public AgencyRepository(Database db) {
        this.db = db;
    }

    /** What {@link #remove(int)} did. */
    public enum Removal { DELETED, DEACTIVATED, NOT_FOUND }

    private static SelectOnConditionStep<Record> select(DSLContext ctx) {
        return ctx.select(AGENCY.fields()).select(REGION.NAME, WORK_FIELD.NAME)
                .from(AGENCY)
                .leftJoin(REGION).on(REGION.ID.eq(AGENCY.REGION_ID))
                .leftJoin(WORK_FIELD).on(WORK_FIELD.ID.eq(AGENCY.FIELD_ID));
    }

    static Agency map(Record r) {
        return new Agency(r.get(AGENCY.ID), r.get(AGENCY.NAME), r.get(AGENCY.SHORT_NAME),
                r.get(AGENCY.REGION_ID), r.get(REGION.NAME), r.get(AGENCY.FIELD_ID), r.get(WORK_FIELD.NAME),
                AgencyLevel.valueOf(r.get(AGENCY.ADMIN_LEVEL)), r.get(AGENCY.HEAD_NAME), r.get(AGENCY.HEAD_TITLE),
                r.get(AGENCY.PHONE), r.get(AGENCY.ACTIVE) == 1);
    }

    /** The directory in its printed order: region order, then level, then name. */
    public List<Agency> list(boolean includeInactive) {
        Condition c = includeInactive ? DSL.noCondition() : AGENCY.ACTIVE.eq(1);
        return select(db.dsl()).where(c)
                .orderBy(DSL.coalesce(REGION.SORT_ORDER, Integer.MAX_VALUE), AGENCY.ADMIN_LEVEL.sortAsc("CITY", "COUNTY", "TOWNSHIP"), AGENCY.NAME)
                .fetch(AgencyRepository::map);
    }

    public Optional<Agency> find(int id) {
        return select(db.dsl()).where(AGENCY.ID.eq(id)).fetchOptional(AgencyRepository::map);
    }

    public Optional<Agency> findByName(String name) {
        return findByName(db.dsl(), name);
    }

    public static Optional<Agency> findByName(DSLContext ctx, String name) {
        return select(ctx).where(AGENCY.NAME.eq(AgencyRules.name(name))).fetchOptional(AgencyRepository::map);
    }

    public int count() {
        return db.dsl().fetchCount(AGENCY);
    }

    /** Validates and saves; returns the saved agency (with its id). Throws ValidationException naming each field. */
    public Agency save(Agency agency) {
        return db.write(tx -> save(tx, agency));
    }

    /** Within the caller's transaction (imports, demo data). */
    public static Agency save(DSLContext tx, Agency a) {
        List<Problem> problems = new ArrayList<>(AgencyRules.check(a));
        String name = AgencyRules.name(a.name());
        if (!name.isEmpty() && tx.fetchExists(AGENCY, AGENCY.NAME.eq(name).and(a.id() == null ? DSL.noCondition() : AGENCY.ID.ne(a.id())))) {
            problems.add(Problem.ofField("name", AgencyRules.duplicateMessage(name)));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        AgencyRecord r = tx.newRecord(AGENCY);
        r.setName(name);
        r.setShortName(blankToNull(a.shortName()));
        r.setRegionId(a.regionId());
        r.setFieldId(a.fieldId());
        r.setAdminLevel(a.level().name());
        r.setHeadName(blankToNull(a.headName()));
        r.setHeadTitle(blankToNull(a.headTitle()));
        r.setPhone(blankToNull(a.phone()));
        r.setActive(a.active() ? 1 : 0);
        if (a.id() == null) {
            Audit.insert(tx, r);
        } else {
            r.setId(a.id());
            r.changed(AGENCY.ID, false);
            Audit.update(tx, r);
        }
        return select(tx).where(AGENCY.ID.eq(r.getId())).fetchOne(AgencyRepository::map);
    }

    /**
     * Deletes an agency nobody refers to. An agency that a case, a letter or a meeting refers to is
     * deactivated instead (the foreign key refuses the delete, and the savepoint is rolled back).
     */
    public Removal remove(int id) {
        return db.write(tx -> {
            AgencyRecord r = tx.selectFrom(AGENCY).where(AGENCY.ID.eq(id)).fetchOne();
            if (r == null) {
                return Removal.NOT_FOUND;
            }
            try {
                tx.transaction(inner -> Audit.delete(inner.dsl(), r));
                return Removal.DELETED;
            } catch (DataAccessException e) {
                if (!isForeignKeyViolation(e)) {
                    throw e;
                }
            }
            AgencyRecord off = r.copy();
            off.setId(id);
            off.setActive(0);
            off.changed(AGENCY.ID, false);
            Audit.update(tx, off);
            return Removal.DEACTIVATED;
        });
    }

    static boolean isForeignKeyViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("FOREIGN KEY constraint failed")) {
                return true;
            }
        }
        return false;
    }
}
