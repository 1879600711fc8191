package cn.fuyuan.desk.history;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.demo.DemoData;
import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.store.AuditRepository;
import cn.fuyuan.desk.store.AuditRepository.Entry;
import cn.fuyuan.desk.store.Database;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history holds only the names its rows refer to (issue 16 §3), and every row reads exactly as it does with every
 * vocabulary's whole list of names — on the demo data in a real SQLite file, every kind of row the features write.
 */
class ReferredNamesTest {
    @TempDir
    Path dir;
    Database db;
    AuditRepository audit;

    @BeforeEach
    void open() {
        Messages.setLocale(Messages.CHINESE);
        db = Database.open(dir, Database.Mode.WRITE);
        DemoData.write(db, 1, DemoData.DEFAULT_SEED, null);
        audit = new AuditRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<Entry> rows(String table, int limit) {
        return audit.list(new AuditRepository.Filter(table, null, null, null, null, null, null, limit));
    }

    @Test
    void everyRowReadsAsWithAllTheNamesFromTheFewItRefersTo() {
        Map<String, Map<String, String>> all = HistoryWords.names(db);
        for (String table : audit.tables()) {
            List<Entry> rows = rows(table, 40);
            Map<String, Map<String, String>> kept = ReferredNames.keep(all, rows);
            for (Entry e : rows) {
                assertThat(HistoryWords.recordLabel(e, kept)).as("%s %s", table, e.recordId()).isEqualTo(HistoryWords.recordLabel(e, all));
                assertThat(HistoryWords.describe(e, kept)).as("%s %s", table, e.recordId()).isEqualTo(HistoryWords.describe(e, all));
            }
        }
        // the names are used at all (else the comparison above says nothing), and only a part of them is kept
        List<Entry> some = rows(null, 50);
        long used = some.stream().filter(e -> !HistoryWords.describe(e, all).equals(HistoryWords.describe(e))
                || !HistoryWords.recordLabel(e, all).equals(HistoryWords.recordLabel(e))).count();
        assertThat(used).as("rows of the 50 newest that name a referenced row").isPositive();
        int allSize = all.values().stream().mapToInt(Map::size).sum();
        int keptSize = ReferredNames.keep(all, some).values().stream().mapToInt(Map::size).sum();
        assertThat(keptSize).isPositive().isLessThan(allSize / 2);
    }

    @Test
    void theNamesAreReadAgainOnlyForRowsThatReferToIdsNotLookedAtYet() {
        AtomicInteger reads = new AtomicInteger();
        ReferredNames names = new ReferredNames(() -> {
            reads.incrementAndGet();
            return HistoryWords.names(db);
        });
        List<Entry> newest = rows(null, 200);
        names.forRows(newest, false);
        assertThat(reads).hasValue(1);
        names.forRows(newest.subList(0, 50), false);
        assertThat(reads).as("a part of the rows already named").hasValue(1);
        names.forRows(newest, true);
        assertThat(reads).as("asked to read again (the section shown again)").hasValue(2);

        List<Entry> cases = rows("admin_case", 5000);
        Map<String, Map<String, String>> forCases = names.forRows(cases, false);
        assertThat(reads).as("rows about other cases").hasValue(3);
        Map<String, Map<String, String>> all = HistoryWords.names(db);
        for (Entry e : cases) {
            assertThat(HistoryWords.recordLabel(e, forCases)).isEqualTo(HistoryWords.recordLabel(e, all));
            assertThat(HistoryWords.describe(e, forCases)).isEqualTo(HistoryWords.describe(e, all));
        }
    }
}
