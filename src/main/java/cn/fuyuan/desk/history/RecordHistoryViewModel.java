package cn.fuyuan.desk.history;

import cn.fuyuan.desk.store.AuditRepository;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.store.Vocabulary;
import java.util.List;
import java.util.Map;

/**
 * What a record's history window shows (全程留痕): the changes to one record and its child rows, or to every row of a
 * table (all settings), newest first, with the names that referenced ids are shown by. No JavaFX: {@link #load} is a read
 * for a background job, its result handed to the window.
 */
public final class RecordHistoryViewModel {
    /** The most rows a table's history shows. */
    public static final int TABLE_LIMIT = 10_000;

    /** The rows and the names of the rows they refer to (column → id → name). */
    public record Loaded(List<AuditRepository.Entry> entries, Map<String, Map<String, String>> names) {
    }

    private final Database db;
    private final AuditRepository audit;
    private final String table;
    private final Object recordId;

    private RecordHistoryViewModel(Database db, AuditRepository audit, String table, Object recordId) {
        this.db = db;
        this.audit = audit;
        this.table = table;
        this.recordId = recordId;
    }

    /** The history of one record of {@code table} and of its child rows. */
    public static RecordHistoryViewModel ofRecord(Database db, AuditRepository audit, String table, Object recordId) {
        return new RecordHistoryViewModel(db, audit, table, recordId);
    }

    /** The history of every row of {@code table}. */
    public static RecordHistoryViewModel ofTable(Database db, AuditRepository audit, String table) {
        return new RecordHistoryViewModel(db, audit, table, null);
    }

    /** Whether the rows are of many records, so that the window shows which record each row is about. */
    public boolean showsRecord() {
        return recordId == null;
    }

    /** Reads the rows and the names (call off the JavaFX thread). */
    public Loaded load() {
        List<AuditRepository.Entry> entries = recordId == null
                ? audit.list(new AuditRepository.Filter(table, null, null, null, null, null, null, TABLE_LIMIT))
                : audit.forRecord(table, recordId, Vocabulary.childrenOf(table));
        return new Loaded(entries, HistoryWords.names(db));
    }
}
