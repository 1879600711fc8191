package cn.fuyuan.desk.store;

import static cn.fuyuan.desk.store.jooq.Tables.AUDIT_LOG;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;

/**
 * 全程留痕: every insert, update and delete made through the application goes through here, so that
 * the change and its history row are written in the same transaction.
 */
public final class Audit {
    public static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final ObjectMapper JSON = new ObjectMapper();

    public enum Action { INSERT, UPDATE, DELETE }

    private Audit() {
    }

    public static String osUser() {
        return System.getProperty("user.name", "?");
    }

    /** Inserts the record and its history row; returns the record with its generated key. */
    public static <R extends UpdatableRecord<R>> R insert(DSLContext tx, R record) {
        tx.attach(record);
        record.store();
        record.refresh();
        log(tx, record.getTable(), keyOf(record), Action.INSERT, null, values(record));
        return record;
    }

    /**
     * Updates the row with the record's key to the record's values. Writes history only when something
     * changed; returns whether it did.
     */
    public static <R extends UpdatableRecord<R>> boolean update(DSLContext tx, R record) {
        R before = fetchByKey(tx, record);
        if (before == null) {
            throw new IllegalStateException("no " + record.getTable().getName() + " with key " + keyOf(record));
        }
        Map<String, Object> old = values(before);
        Map<String, Object> now = values(record);
        if (old.equals(now)) {
            return false;
        }
        tx.attach(record);
        for (Field<?> f : record.fields()) {
            record.changed(f, !Objects.equals(old.get(f.getName()), now.get(f.getName())));
        }
        record.update();
        log(tx, record.getTable(), keyOf(record), Action.UPDATE, old, now);
        return true;
    }

    /** Deletes the row with the record's key and records what it held. */
    public static <R extends UpdatableRecord<R>> void delete(DSLContext tx, R record) {
        R before = fetchByKey(tx, record);
        if (before == null) {
            return;
        }
        before.delete();
        log(tx, record.getTable(), keyOf(record), Action.DELETE, values(before), null);
    }

    /** A history row for a change made without an UpdatableRecord (e.g. key-value settings). */
    public static void log(DSLContext tx, Table<?> table, String recordId, Action action,
                           Map<String, Object> before, Map<String, Object> after) {
        tx.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.AT, LocalDateTime.now().format(AT))
                .set(AUDIT_LOG.OS_USER, osUser())
                .set(AUDIT_LOG.TABLE_NAME, table.getName())
                .set(AUDIT_LOG.RECORD_ID, recordId)
                .set(AUDIT_LOG.ACTION, action.name())
                .set(AUDIT_LOG.BEFORE_JSON, toJson(before))
                .set(AUDIT_LOG.AFTER_JSON, toJson(after))
                .execute();
    }

    private static <R extends UpdatableRecord<R>> R fetchByKey(DSLContext tx, R record) {
        TableField<R, ?>[] keys = record.getTable().getPrimaryKey().getFieldsArray();
        org.jooq.Condition c = org.jooq.impl.DSL.noCondition();
        for (TableField<R, ?> k : keys) {
            @SuppressWarnings("unchecked")
            Field<Object> f = (Field<Object>) k;
            c = c.and(f.eq(record.get(f)));
        }
        return tx.selectFrom(record.getTable()).where(c).fetchOne();
    }

    static String keyOf(UpdatableRecord<?> record) {
        StringBuilder sb = new StringBuilder();
        for (Field<?> k : record.getTable().getPrimaryKey().getFields()) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(record.get(k));
        }
        return sb.toString();
    }

    public static Map<String, Object> values(Record record) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Field<?> f : record.fields()) {
            Object v = storedValue(f, record);
            m.put(f.getName(), v == null || v instanceof Number || v instanceof Boolean ? v : v.toString());
        }
        return m;
    }

    private static <T> Object storedValue(Field<T> column, Record record) {
        return stored(column, record.get(column));
    }

    /**
     * The value as its column stores it: a date as the text its converter writes (store.DateConverter and its
     * kin), anything else as it is. The history records that text, so it reads as the row did.
     */
    public static <T> Object stored(Field<T> column, T value) {
        return column.getConverter().to(value);
    }

    public static String toJson(Map<String, Object> values) {
        if (values == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> fromJson(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            return Map.of("?", json);
        }
    }
}
