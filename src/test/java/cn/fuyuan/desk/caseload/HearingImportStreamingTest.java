package cn.fuyuan.desk.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fuyuan.desk.TestDb;
import cn.fuyuan.desk.importing.ImportRejected;
import cn.fuyuan.desk.importing.ImportSummary;
import cn.fuyuan.desk.importing.Sheets;
import cn.fuyuan.desk.importing.TabularFile;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.store.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import writes cases while it still reads and checks the file (issue 16 §1): a file refused by its LAST row leaves
 * nothing behind although thousands of its cases were sent before that row was read; a file whose rows of one case are
 * apart gives what the same rows together give; and the rows a file streams are the rows it reads.
 */
class HearingImportStreamingTest {
    @TempDir
    Path tmp;

    static final String SCHEMA = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name";

    /** More cases than one batch of the bulk writer and rows than one batch of the reader, so both hand over mid-file. */
    static final int CASES = BulkCaseWriter.BATCH + 1_000;

    static List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(HearingImport.HEADERS));
        for (int i = 1; i <= CASES; i++) {
            List<Object> r = new ArrayList<>(HearingImportTest.row("（2025）内08行初" + i + "号", "", "原告" + i, HearingImportTest.A, "", "",
                    "2025-06-01", "2025-07-10", "", "否", "", "", "", "", "不可抗力"));
            rows.add(r);
        }
        return rows;
    }

    @Test
    void aLargeXlsxRefusedByItsLastRowLeavesNothingAlthoughItsFirstCasesWereSent() throws Exception {
        Path dir = tmp.resolve("refused");
        List<List<String>> schema;
        try (Database db = Database.open(dir, Database.Mode.WRITE)) {
            new HearingImportTestSetup(db).directory();
            schema = TestDb.rows(dir.resolve("fuyuan.db"), SCHEMA);
            long history = TestDb.count(db, "audit_log");
            List<List<Object>> rows = rows();
            rows.get(rows.size() - 1).set(HearingImport.HEADERS.indexOf(HearingImport.HEARING_DATE), "2025-13-10");
            Path file = Sheets.xlsx(tmp.resolve("开庭.xlsx"), rows);

            assertThatThrownBy(() -> HearingImport.run(db, file, false, false)).isInstanceOfSatisfying(ImportRejected.class, e ->
                    assertThat(e.problems()).extracting(Problem::row, Problem::field)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple(CASES + 1, HearingImport.HEARING_DATE)));

            assertThat(TestDb.count(db, "admin_case")).isZero();
            assertThat(TestDb.count(db, "hearing_appearance")).isZero();
            assertThat(TestDb.count(db, "audit_log")).isEqualTo(history);
            assertThat(TestDb.longValue(db, "SELECT count(*) FROM search_case")).isZero();
            assertThat(TestDb.count(db, "search_paused")).isZero();
            assertThat(TestDb.string(db, "PRAGMA integrity_check")).isEqualTo("ok");
        }
        assertThat(TestDb.rows(dir.resolve("fuyuan.db"), SCHEMA)).as("the indexes are back").isEqualTo(schema);
        // and the same file, its last row mended, is imported whole
        try (Database db = Database.open(dir, Database.Mode.WRITE)) {
            ImportSummary s = HearingImport.run(db, Sheets.xlsx(tmp.resolve("开庭.xlsx"), rows()), false, false);
            assertThat(s.inserted()).isEqualTo(CASES);
            assertThat(TestDb.count(db, "admin_case")).isEqualTo(CASES);
            assertThat(TestDb.longValue(db, "SELECT count(*) FROM search_case")).isEqualTo(CASES);
            assertThat(TestDb.longValue(db, "SELECT count(*) FROM audit_log WHERE table_name = 'admin_case'")).isEqualTo(CASES);
        }
    }

    @Test
    void theIndexesDroppedForALargeImportAreThoseOfTheMigrationsAfterIt() throws Exception {
        Path dir = tmp.resolve("schema");
        List<List<String>> before;
        try (Database db = Database.open(dir, Database.Mode.WRITE)) {
            new HearingImportTestSetup(db).directory();
            before = TestDb.rows(dir.resolve("fuyuan.db"), SCHEMA);
            List<List<Object>> rows = rows();
            rows.get(rows.size() - 1).set(HearingImport.HEADERS.indexOf(HearingImport.HEARING_DATE), "2025-13-10");
            Path bad = Sheets.xlsx(tmp.resolve("坏.xlsx"), rows);
            assertThatThrownBy(() -> HearingImport.run(db, bad, false, false)).isInstanceOf(ImportRejected.class);
        }
        assertThat(TestDb.rows(dir.resolve("fuyuan.db"), SCHEMA)).as("after a refused import").isEqualTo(before);
        try (Database db = Database.open(dir, Database.Mode.WRITE)) {
            HearingImport.run(db, Sheets.xlsx(tmp.resolve("开庭.xlsx"), rows()), false, false);
        }
        assertThat(TestDb.rows(dir.resolve("fuyuan.db"), SCHEMA)).as("after an imported one").isEqualTo(before);
    }

    @Test
    void aFileWhoseRowsOfACaseAreApartGivesWhatTheRowsTogetherGive() throws Exception {
        List<List<String>> together = HearingImportTest.table();
        List<List<String>> apart = new ArrayList<>(together);
        apart.add(apart.remove(2)); // a row of case 1 after those of cases 2, 3 and 4
        String content = "SELECT c.case_number, c.plaintiffs, c.filing_date, c.closing_date, c.result, h.hearing_date, h.hearing_time, "
                + "a.agency_id, a.head_appeared, a.head_name, a.head_rank, a.spoke, a.absence_reason, a.staff "
                + "FROM admin_case c JOIN hearing h ON h.case_id = c.id JOIN hearing_appearance a ON a.hearing_id = h.id ORDER BY 1, 6, 8";
        List<List<String>> expected = null;
        for (List<List<String>> table : List.of(together, apart)) {
            Path dir = tmp.resolve(table == together ? "together" : "apart");
            try (Database db = Database.open(dir, Database.Mode.WRITE)) {
                new HearingImportTestSetup(db).directory();
                Path file = Sheets.csv(tmp.resolve(dir.getFileName() + ".csv"), StandardCharsets.UTF_8, true, table);
                ImportSummary s = HearingImport.run(db, file, false, false);
                assertThat(s.inserted()).isEqualTo(9);
                assertThat(TestDb.longValue(db, "SELECT count(*) FROM audit_log WHERE table_name = 'admin_case'")).as("one entry per case").isEqualTo(4);
                assertThat(TestDb.longValue(db, "SELECT count(*) FROM search_case")).isEqualTo(4);
            }
            List<List<String>> got = TestDb.rows(dir.resolve("fuyuan.db"), content);
            assertThat(got).hasSize(9);
            if (expected == null) {
                expected = got;
            } else {
                assertThat(got).isEqualTo(expected);
            }
        }
    }

    @Test
    void anXlsxStreamsTheRowsItReads() throws Exception {
        List<List<Object>> rows = rows();
        rows.add(2, new ArrayList<>(List.of("", "", ""))); // an empty row is skipped by both
        Path file = Sheets.xlsx(tmp.resolve("读.xlsx"), rows);
        TabularFile.Content read = TabularFile.read(file);
        List<TabularFile.Row> streamed = new ArrayList<>();
        try (TabularFile.RowStream s = TabularFile.stream(file)) {
            assertThat(s.headers()).isEqualTo(read.headers());
            for (TabularFile.Row r; (r = s.next()) != null; ) {
                streamed.add(r);
            }
        }
        assertThat(streamed).hasSize(CASES).isEqualTo(read.rows());
        assertThat(streamed.get(CASES - 1).get(HearingImport.PLAINTIFFS)).isEqualTo("原告" + CASES);
    }
}
