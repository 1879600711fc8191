package cn.fuyuan.desk.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fuyuan.desk.TestDb;
import cn.fuyuan.desk.store.Database;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large write drops the case tables' secondary indexes and builds them again inside its transaction (issue 16 §1): the
 * schema afterwards is the migrations' exactly, the database passes its integrity check, the rows are those the writer
 * gives with the indexes kept, and a write that fails leaves the indexes where they were.
 */
class BulkIndexRebuildTest {
    @TempDir
    Path tmp;

    static final String SCHEMA = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name";
    static final String CASE_INDEXES = "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            + "AND tbl_name IN ('admin_case', 'case_defendant', 'hearing', 'hearing_appearance') ORDER BY name";

    @Test
    void theIndexesAreDroppedDuringTheWriteAndTheSchemaIsTheMigrationsAfterIt() throws Exception {
        Path dropDir = tmp.resolve("drop");
        Path keepDir = tmp.resolve("keep");
        List<List<String>> schema;
        try (Database drop = Database.open(dropDir, Database.Mode.WRITE); Database keep = Database.open(keepDir, Database.Mode.WRITE)) {
            new HearingImportTestSetup(drop).directory();
            new HearingImportTestSetup(keep).directory();
            schema = TestDb.rows(dropDir.resolve("fuyuan.db"), SCHEMA);
            assertThat(TestDb.column(dropDir.resolve("fuyuan.db"), CASE_INDEXES)).as("the migrations' secondary indexes")
                    .contains("admin_case_year", "admin_case_closing", "case_defendant_agency", "hearing_date", "hearing_appearance_agency");
            List<AdminCase> cases = BulkCaseWriterTest.cases(drop);
            List<String> during = drop.write(tx -> {
                BulkCaseWriter w = new BulkCaseWriter(tx, "开庭.xlsx", null, 7);
                w.expect(cases.size());
                cases.forEach(w::insert);
                List<String> names = tx.fetch(CASE_INDEXES).getValues(0, String.class);
                w.close();
                return names;
            });
            assertThat(during).as("indexes while the rows are written").isEmpty();
            keep.writeVoid(tx -> {
                BulkCaseWriter w = new BulkCaseWriter(tx, "开庭.xlsx", null, 7);
                cases.forEach(w::insert);
                w.close();
            });
            assertThat(TestDb.string(drop, "PRAGMA integrity_check")).isEqualTo("ok");
        }
        assertThat(TestDb.rows(dropDir.resolve("fuyuan.db"), SCHEMA)).as("schema after the write").isEqualTo(schema);
        for (String table : BulkCaseWriterTest.TABLES) {
            String sql = "SELECT * FROM " + table + " ORDER BY id";
            assertThat(TestDb.rows(dropDir.resolve("fuyuan.db"), sql)).as(table).isEqualTo(TestDb.rows(keepDir.resolve("fuyuan.db"), sql));
        }
        String index = "SELECT rowid, record_id, text FROM search_case ORDER BY rowid";
        assertThat(TestDb.rows(dropDir.resolve("fuyuan.db"), index)).as("search index").isEqualTo(TestDb.rows(keepDir.resolve("fuyuan.db"), index));
    }

    @Test
    void aSmallWriteKeepsTheIndexes() throws Exception {
        try (Database db = Database.open(tmp.resolve("small"), Database.Mode.WRITE)) {
            new HearingImportTestSetup(db).directory();
            List<AdminCase> cases = BulkCaseWriterTest.cases(db);
            db.writeVoid(tx -> {
                BulkCaseWriter w = new BulkCaseWriter(tx);
                cases.subList(0, 200).forEach(w::insert);
                w.close();
            });
            List<String> before = TestDb.column(tmp.resolve("small").resolve("fuyuan.db"), CASE_INDEXES);
            List<String> during = db.write(tx -> {
                BulkCaseWriter w = new BulkCaseWriter(tx);
                w.expect(60); // fewer than the 200 the register holds
                cases.subList(200, 260).forEach(w::insert);
                List<String> names = tx.fetch(CASE_INDEXES).getValues(0, String.class);
                w.close();
                return names;
            });
            assertThat(during).isEqualTo(before).isNotEmpty();
        }
    }

    @Test
    void aFailedWriteGivesTheIndexesBack() throws Exception {
        Path dir = tmp.resolve("failed");
        try (Database db = Database.open(dir, Database.Mode.WRITE)) {
            new HearingImportTestSetup(db).directory();
            List<List<String>> schema = TestDb.rows(dir.resolve("fuyuan.db"), SCHEMA);
            List<AdminCase> cases = BulkCaseWriterTest.cases(db);
            assertThatThrownBy(() -> db.writeVoid(tx -> {
                BulkCaseWriter w = new BulkCaseWriter(tx, null, null, 7);
                w.expect(cases.size());
                try {
                    cases.forEach(w::insert);
                    w.flush();
                    throw new IllegalStateException("stopped");
                } finally {
                    w.abandon();
                }
            })).hasMessageContaining("stopped");
            assertThat(TestDb.rows(dir.resolve("fuyuan.db"), SCHEMA)).isEqualTo(schema);
            assertThat(TestDb.count(db, "admin_case")).isZero();
            assertThat(TestDb.string(db, "PRAGMA integrity_check")).isEqualTo("ok");
        }
    }
}
