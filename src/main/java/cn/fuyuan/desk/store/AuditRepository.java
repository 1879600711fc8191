package cn.fuyuan.desk.store;

import static cn.fuyuan.desk.store.jooq.Tables.AUDIT_LOG;

import cn.fuyuan.desk.store.jooq.tables.records.AuditLogRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Reads the history (全程留痕) for a record's History view and the global list. */
public final class AuditRepository {
    private final DSLContext dsl;

    public AuditRepository(Database db) {
        this.dsl = db.dsl();
    }

    /** One history row with the fields it changed. */
    public record Entry(long id, String at, String osUser, String table, String recordId, Audit.Action action,
                        Map<String, Object> before, Map<String, Object> after) {

        /** Field names whose value differs between before and after, in column order. */
        public List<String> changedFields() {
            Set<String> names = new LinkedHashSet<>(before.keySet());
            names.addAll(after.keySet());
            List<String> out = new ArrayList<>();
            for (String n : names) {
                if (!Objects.equals(before.get(n), after.get(n))) {
                    out.add(n);
                }
            }
            return out;
        }
    }

    /** Filter of the global list; null members mean "any". */
    public record Filter(String table, String recordId, Audit.Action action, String osUser,
                         LocalDate from, LocalDate to, String text, int limit) {
        public static Filter all() {
            return new Filter(null, null, null, null, null, null, null, 5000);
        }
    }

    public List<Entry> forRecord(String table, Object recordId) {
        return list(new Filter(table, String.valueOf(recordId), null, null, null, null, null, 10_000));
    }

    /**
     * The changes of a row and of the rows that belong to it: {@code children} maps a child table to its column that
     * holds the parent's id (see {@link Vocabulary#childrenOf}). Newest first.
     */
    public List<Entry> forRecord(String table, Object recordId, java.util.Map<String, String> children) {
        Condition c = AUDIT_LOG.TABLE_NAME.eq(table).and(AUDIT_LOG.RECORD_ID.eq(String.valueOf(recordId)));
        for (java.util.Map.Entry<String, String> child : children.entrySet()) {
            String path = "$." + child.getValue();
            String id = String.valueOf(recordId);
            c = c.or(AUDIT_LOG.TABLE_NAME.eq(child.getKey()).and(
                    DSL.field("CAST(json_extract({0}, {1}) AS TEXT)", String.class, AUDIT_LOG.AFTER_JSON, DSL.inline(path)).eq(id)
                            .or(DSL.field("CAST(json_extract({0}, {1}) AS TEXT)", String.class, AUDIT_LOG.BEFORE_JSON, DSL.inline(path)).eq(id))));
        }
        return dsl.selectFrom(AUDIT_LOG).where(c).orderBy(AUDIT_LOG.ID.desc()).limit(10_000).fetch(AuditRepository::entry);
    }

    public List<Entry> list(Filter f) {
        Condition c = DSL.noCondition();
        if (f.table() != null) {
            c = c.and(AUDIT_LOG.TABLE_NAME.eq(f.table()));
        }
        if (f.recordId() != null) {
            c = c.and(AUDIT_LOG.RECORD_ID.eq(f.recordId()));
        }
        if (f.action() != null) {
            c = c.and(AUDIT_LOG.ACTION.eq(f.action().name()));
        }
        if (f.osUser() != null) {
            c = c.and(AUDIT_LOG.OS_USER.eq(f.osUser()));
        }
        if (f.from() != null) {
            c = c.and(AUDIT_LOG.AT.ge(f.from().toString()));
        }
        if (f.to() != null) {
            c = c.and(AUDIT_LOG.AT.lt(f.to().plusDays(1).toString()));
        }
        if (f.text() != null && !f.text().isBlank()) {
            String like = "%" + f.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            c = c.and(AUDIT_LOG.BEFORE_JSON.like(like, '\\').or(AUDIT_LOG.AFTER_JSON.like(like, '\\')));
        }
        return dsl.selectFrom(AUDIT_LOG).where(c)
                .orderBy(AUDIT_LOG.ID.desc())
                .limit(f.limit() > 0 ? f.limit() : 5000)
                .fetch(AuditRepository::entry);
    }

    public List<String> tables() {
        return dsl.selectDistinct(AUDIT_LOG.TABLE_NAME).from(AUDIT_LOG).orderBy(AUDIT_LOG.TABLE_NAME).fetch(AUDIT_LOG.TABLE_NAME);
    }

    private static Entry entry(AuditLogRecord r) {
        return new Entry(r.getId(), r.getAt(), r.getOsUser(), r.getTableName(), r.getRecordId(),
                Audit.Action.valueOf(r.getAction()), Audit.fromJson(r.getBeforeJson()), Audit.fromJson(r.getAfterJson()));
    }
}
