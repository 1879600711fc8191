package cn.fuyuan.desk.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.TestDb;
import cn.fuyuan.desk.store.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bulk writer (imports, demo data) writes exactly what the repository writes, case by case: the same rows with the
 * same ids, and one history entry per case holding what the repository's history rows hold — over more cases than one
 * many-row INSERT holds, so both its paths are used.
 */
class BulkCaseWriterTest {
    @TempDir
    Path tmp;

    /** 260 cases: one or two defendants, one or two hearings, appearances of every kind. */
    static List<AdminCase> cases(Database db) {
        List<Integer> agencies = TestDb.column(db.file(), "SELECT id FROM agency ORDER BY id").stream().map(Integer::valueOf).toList();
        List<AdminCase> out = new ArrayList<>();
        for (int n = 1; n <= 260; n++) {
            List<Defendant> defendants = new ArrayList<>();
            defendants.add(new Defendant(agencies.get(n % 3), null, null, null));
            if (n % 4 == 0) {
                defendants.add(new Defendant(agencies.get((n + 1) % 3), null, null, null));
            }
            List<Hearing> hearings = new ArrayList<>();
            for (int h = 0; h < 1 + n % 2; h++) {
                List<Appearance> appearances = new ArrayList<>();
                for (Defendant d : defendants) {
                    boolean appeared = (n + h) % 3 != 0;
                    appearances.add(new Appearance(null, d.agencyId(), null, n % 5 == 0, n % 2 == 0 ? LocalDate.of(2025, 7, 1) : null,
                            n % 7 == 0 ? null : appeared, appeared ? "负责人" + n : null, appeared ? "副局长" : null,
                            appeared ? HeadRank.values()[n % 3] : null, appeared && n % 2 == 0, "法制科" + n,
                            appeared || n % 7 == 0 ? null : AbsenceReason.values()[n % 5], n % 3 == 0, n % 11 == 0 ? "出效果" : null));
                }
                hearings.add(new Hearing(null, LocalDate.of(2025, 7, 10).plusDays(h * 30L + n % 20), h == 0 ? LocalTime.of(9, 30) : null,
                        h == 0 ? "第一法庭" : null, appearances));
            }
            out.add(new AdminCase(null, CaseNumber.of("（2025）内08行初" + n + "号"), null, null, "原告" + n, n % 2 == 0 ? "行政处罚" : null,
                    ActType.values()[n % ActType.values().length], null, null, LocalDate.of(2025, 6, 1),
                    n % 3 == 0 ? LocalDate.of(2025, 12, 1) : null, n % 3 == 0 ? CaseResult.values()[n % CaseResult.values().length] : null,
                    n % 6 == 0, n % 5 == 0, defendants, hearings));
        }
        return out;
    }

    static final List<String> TABLES = List.of("admin_case", "case_defendant", "hearing", "hearing_appearance");

    @Test
    void writesWhatTheRepositoryWritesWithTheSameHistory() throws Exception {
        Path bulkDir = tmp.resolve("bulk");
        Path repoDir = tmp.resolve("repo");
        try (Database bulk = Database.open(bulkDir, Database.Mode.WRITE); Database repo = Database.open(repoDir, Database.Mode.WRITE)) {
            new HearingImportTestSetup(bulk).directory();
            new HearingImportTestSetup(repo).directory();
            List<AdminCase> cases = cases(bulk);
            bulk.writeVoid(tx -> {
                BulkCaseWriter w = new BulkCaseWriter(tx);
                cases.forEach(w::insert);
                w.close();
            });
            repo.writeVoid(tx -> cases.forEach(c -> CaseRepository.save(tx, c)));
            assertThat(TestDb.count(bulk, "admin_case")).isEqualTo(260);
            assertThat(TestDb.count(bulk, "hearing_appearance")).as("more rows than one many-row INSERT")
                    .isGreaterThan(BulkCaseWriter.ROWS_PER_INSERT * 3L);
        }
        for (String table : TABLES) {
            String sql = "SELECT * FROM " + table + " ORDER BY id";
            assertThat(TestDb.rows(bulkDir.resolve("fuyuan.db"), sql)).as(table).isEqualTo(TestDb.rows(repoDir.resolve("fuyuan.db"), sql));
        }
        // one history entry per case (issue 16 §1): the case's own columns exactly as the repository records them, then
        // its defendants and hearings (with their appearances) as the repository's rows hold them
        String caseHistory = "SELECT record_id, action, before_json, json_remove(after_json, '$.defendants', '$.hearings') FROM audit_log "
                + "WHERE table_name = 'admin_case' ORDER BY id";
        Path bulkDb = bulkDir.resolve("fuyuan.db");
        Path repoDb = repoDir.resolve("fuyuan.db");
        assertThat(TestDb.rows(bulkDb, caseHistory)).hasSize(260).isEqualTo(TestDb.rows(repoDb, caseHistory));
        assertThat(TestDb.rows(bulkDb, "SELECT id FROM audit_log WHERE table_name IN ('case_defendant', 'hearing', 'hearing_appearance')"))
                .isEmpty();
        String heldRows = "SELECT j.value FROM audit_log l, json_each(l.after_json, '$.hearings') h, json_each(h.value, '$.appearances') j "
                + "WHERE l.table_name = 'admin_case' ORDER BY json_extract(j.value, '$.id')";
        String repoRows = "SELECT json_insert(l.after_json, '$.agency', g.name) FROM audit_log l JOIN agency g "
                + "ON g.id = json_extract(l.after_json, '$.agency_id') WHERE l.table_name = 'hearing_appearance' ORDER BY l.record_id + 0";
        assertThat(TestDb.rows(bulkDb, heldRows)).hasSize(TestDb.rows(bulkDb, "SELECT id FROM hearing_appearance").size())
                .isEqualTo(TestDb.rows(repoDb, repoRows));
        String heldDefendants = "SELECT j.value FROM audit_log l, json_each(l.after_json, '$.defendants') j "
                + "WHERE l.table_name = 'admin_case' ORDER BY json_extract(j.value, '$.id')";
        String repoDefendants = "SELECT json_insert(l.after_json, '$.agency', g.name) FROM audit_log l JOIN agency g "
                + "ON g.id = json_extract(l.after_json, '$.agency_id') WHERE l.table_name = 'case_defendant' ORDER BY l.record_id + 0";
        assertThat(TestDb.rows(bulkDb, heldDefendants)).isEqualTo(TestDb.rows(repoDb, repoDefendants));
    }

    /**
     * Batches handed to the sending thread while the next cases are queued (issue 16 §1) write the same rows, ids and
     * history as one batch at the close.
     */
    @Test
    void handedOverBatchesWriteWhatOneBatchWrites() throws Exception {
        Path oneDir = tmp.resolve("one");
        Path manyDir = tmp.resolve("many");
        try (Database one = Database.open(oneDir, Database.Mode.WRITE); Database many = Database.open(manyDir, Database.Mode.WRITE)) {
            new HearingImportTestSetup(one).directory();
            new HearingImportTestSetup(many).directory();
            List<AdminCase> cases = cases(one);
            one.writeVoid(tx -> {
                BulkCaseWriter w = new BulkCaseWriter(tx);
                cases.forEach(w::insert);
                w.close();
            });
            many.writeVoid(tx -> {
                BulkCaseWriter w = new BulkCaseWriter(tx, "开庭.xlsx", null, 7);
                cases.subList(0, 100).forEach(w::insert);
                w.flush(); // as the import does before a case of the register is saved through the repository
                cases.subList(100, cases.size()).forEach(w::insert);
                w.close();
            });
        }
        for (String table : List.of("admin_case", "case_defendant", "hearing", "hearing_appearance", "search_case")) {
            String sql = "SELECT " + (table.equals("search_case") ? "rowid, *" : "*") + " FROM " + table + " ORDER BY 1";
            assertThat(TestDb.rows(manyDir.resolve("fuyuan.db"), sql)).as(table).hasSizeGreaterThan(100)
                    .isEqualTo(TestDb.rows(oneDir.resolve("fuyuan.db"), sql));
        }
        String history = "SELECT id, table_name, record_id, action, json_remove(after_json, '$.import_file') FROM audit_log "
                + "WHERE table_name = 'admin_case' ORDER BY id";
        assertThat(TestDb.rows(manyDir.resolve("fuyuan.db"), history)).hasSize(260)
                .isEqualTo(TestDb.rows(oneDir.resolve("fuyuan.db"), history));
    }

    /** A batch that fails on the sending thread fails the caller, and its transaction leaves nothing written. */
    @Test
    void aFailedBatchFailsTheCallerAndNothingIsWritten() throws Exception {
        Path dir = tmp.resolve("failed");
        try (Database db = Database.open(dir, Database.Mode.WRITE)) {
            new HearingImportTestSetup(db).directory();
            List<AdminCase> cases = new ArrayList<>(cases(db));
            AdminCase c = cases.get(30);
            // no such agency: the foreign key refuses the defendant's row, on the sending thread, in the fifth batch
            cases.set(30, new AdminCase(null, c.number(), null, null, c.plaintiffs(), c.cause(), c.actType(), null, null, c.filingDate(),
                    c.closingDate(), c.result(), false, false, List.of(new Defendant(99_999, null, null, null)), List.of()));
            long before = TestDb.count(db, "audit_log");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.writeVoid(tx -> {
                BulkCaseWriter w = new BulkCaseWriter(tx, null, null, 7);
                try {
                    cases.forEach(w::insert);
                    w.close();
                } finally {
                    w.abandon();
                }
            })).hasStackTraceContaining("cannot insert cases").hasStackTraceContaining("FOREIGN KEY");
            assertThat(TestDb.count(db, "admin_case")).isZero();
            assertThat(TestDb.count(db, "case_defendant")).isZero();
            assertThat(TestDb.count(db, "audit_log")).isEqualTo(before);
            assertThat(TestDb.rows(dir.resolve("fuyuan.db"), "SELECT rowid FROM search_case")).isEmpty();
            assertThat(TestDb.rows(dir.resolve("fuyuan.db"), "SELECT id FROM search_paused")).isEmpty();
        }
    }
}
