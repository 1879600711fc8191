package cn.fuyuan.desk.settings;

import static cn.fuyuan.desk.store.jooq.Tables.AGENCY;
import cn.fuyuan.desk.store.jooq.Tables;

import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.store.Audit;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.store.Problem;
import cn.fuyuan.desk.store.ValidationException;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;
import org.jooq.impl.DSL;

/**
 * The two editable lists agencies refer to — regions (旗县区) and fields (领域) — which share one shape.
 * An entry still referenced by an agency is deactivated instead of deleted.
 */
public final class ReferenceList {

    /** Which list. */
    public enum Kind {
        REGION(Tables.REGION, AGENCY.REGION_ID, "ref.region"),
        FIELD(Tables.WORK_FIELD, AGENCY.FIELD_ID, "ref.field");

        final Table<? extends UpdatableRecord<?>> table;
        final TableField<?, Integer> agencyColumn;
        final String messageKey;

        Kind(Table<? extends UpdatableRecord<?>> table, TableField<?, Integer> agencyColumn, String messageKey) {
            this.table = table;
            this.agencyColumn = agencyColumn;
            this.messageKey = messageKey;
        }

        /** Localised name of the list (所属地区 / 领域). */
        public String label() {
            return Messages.get(messageKey);
        }
    }

    /** The default fields of domain.md: 公安, 住建, 自然资源, 市场监管, 生态环境, 人社, 交通运输, 城市管理, 乡镇政府, 其他. */
    public static final List<String> DEFAULT_FIELDS = List.of(
            "公安", "住建", "自然资源", "市场监管", "生态环境", "人社", "交通运输", "城市管理", "乡镇政府", "其他");

    private final Database db;
    private final Kind kind;
    private final Field<Integer> id;
    private final Field<String> name;
    private final Field<Integer> sortOrder;
    private final Field<Integer> active;

    public ReferenceList(Database db, Kind kind) {
        this.db = db;
        this.kind = kind;
        this.id = kind.table.field("id", Integer.class);
        this.name = kind.table.field("name", String.class);
        this.sortOrder = kind.table.field("sort_order", Integer.class);
        this.active = kind.table.field("active", Integer.class);
    }

    public Kind kind() {
        return kind;
    }

    public List<RefItem> list(boolean includeInactive) {
        return db.dsl().selectFrom(kind.table)
                .where(includeInactive ? DSL.noCondition() : active.eq(1))
                .orderBy(sortOrder, id)
                .fetch(this::item);
    }

    /** Id → name of every entry of the list, inactive ones too (history rows name the region or field they refer to). */
    public static java.util.Map<String, String> names(Database db, Kind kind) {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        new ReferenceList(db, kind).list(true).forEach(r -> m.put(String.valueOf(r.id()), r.name()));
        return m;
    }

    public Optional<RefItem> findByName(DSLContext ctx, String n) {
        return ctx.selectFrom(kind.table).where(name.eq(n.strip())).fetchOptional(this::item);
    }

    private RefItem item(Record r) {
        return new RefItem(r.get(id), r.get(name), r.get(sortOrder), r.get(active) == 1);
    }

    public RefItem save(RefItem item) {
        return db.write(tx -> save(tx, item));
    }

    /** Inserts or updates within the caller's transaction. Names are unique and not empty. */
    public RefItem save(DSLContext tx, RefItem item) {
        String n = item.name() == null ? "" : item.name().strip();
        if (n.isEmpty()) {
            throw new ValidationException(Problem.ofField("name", Messages.get("validation.required", kind.label())));
        }
        boolean taken = tx.fetchExists(kind.table, name.eq(n).and(item.id() == null ? DSL.noCondition() : id.ne(item.id())));
        if (taken) {
            throw new ValidationException(Problem.ofField("name", Messages.get("validation.duplicate", kind.label(), n)));
        }
        UpdatableRecord<?> r = tx.newRecord(kind.table);
        if (item.id() != null) {
            r.set(id, item.id());
        }
        r.set(name, n);
        r.set(sortOrder, item.id() == null && item.sortOrder() == 0 ? nextSortOrder(tx) : item.sortOrder());
        r.set(active, item.active() ? 1 : 0);
        if (item.id() == null) {
            Audit.insert(tx, (UpdatableRecord) r);
        } else {
            r.changed(id, false);
            Audit.update(tx, (UpdatableRecord) r);
        }
        return item(r);
    }

    private int nextSortOrder(DSLContext tx) {
        Integer max = tx.select(DSL.max(sortOrder)).from(kind.table).fetchOne(0, Integer.class);
        return max == null ? 10 : max + 10;
    }

    /** Deletes an unused entry; an entry agencies still refer to is deactivated. Returns true if deleted. */
    public boolean remove(int itemId) {
        return db.write(tx -> {
            UpdatableRecord<?> r = tx.selectFrom(kind.table).where(id.eq(itemId)).fetchOne();
            if (r == null) {
                return false;
            }
            boolean used = tx.fetchExists(AGENCY, kind.agencyColumn.eq(itemId));
            if (used) {
                RefItem deactivated = item(r);
                save(tx, new RefItem(deactivated.id(), deactivated.name(), deactivated.sortOrder(), false));
                return false;
            }
            Audit.delete(tx, (UpdatableRecord) r);
            return true;
        });
    }
}
