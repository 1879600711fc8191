package cn.fuyuan.desk.store;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;

/**
 * A record's child rows (a letter's cases, an item's units, a hearing's appearances …) replaced or removed as a whole,
 * each row deleted and inserted through {@link Audit} so that every one has its history row.
 */
public final class ChildRows {
    private ChildRows() {
    }

    /** Deletes the children of {@code parentId} in {@code table}, then inserts {@code newRecords} in their order. */
    public static <R extends UpdatableRecord<R>, T> void replace(DSLContext tx, Table<R> table, TableField<R, T> parentField,
                                                               T parentId, List<R> newRecords) {
        replace(tx, children(tx, table, parentField, parentId), newRecords);
    }

    /** Deletes {@code oldRecords} (already read, in the order given), then inserts {@code newRecords} in their order. */
    public static <R extends UpdatableRecord<R>> void replace(DSLContext tx, List<R> oldRecords, List<R> newRecords) {
        for (R old : oldRecords) {
            Audit.delete(tx, old);
        }
        for (R r : newRecords) {
            Audit.insert(tx, r);
        }
    }

    /** Deletes the children of {@code parentId} in {@code table} (before the parent itself goes). */
    public static <R extends UpdatableRecord<R>, T> void delete(DSLContext tx, Table<R> table, TableField<R, T> parentField, T parentId) {
        replace(tx, table, parentField, parentId, List.of());
    }

    private static <R extends UpdatableRecord<R>, T> List<R> children(DSLContext tx, Table<R> table, TableField<R, T> parentField,
                                                                     T parentId) {
        return tx.selectFrom(table).where(parentField.eq(parentId)).fetch();
    }
}
