package cn.fuyuan.desk.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fuyuan.desk.TestDb;
import cn.fuyuan.desk.store.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dates as the database holds them, read through the generated classes' converters (store.DateConverter,
 * store.TimeConverter) on a real database: blank text is no date (as CaseRepository's own conversion read it),
 * text that is no date is refused, not guessed at; what the repository writes is the text it wrote before.
 */
class StoredDatesTest {
    static final String CASE = "（2025）内08行初1号";

    @TempDir
    Path tmp;
    Database db;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(tmp.resolve("data"), Database.Mode.WRITE);
        new HearingImportTestSetup(db).directoryAndTable(tmp);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theStoredTextIsIsoAndReadsBackAsDates() {
        AdminCase c = new CaseRepository(db).findByNumber(CASE).orElseThrow();
        assertThat(c.closingDate()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(TestDb.string(db, "SELECT closing_date FROM admin_case WHERE case_number = '" + CASE + "'")).isEqualTo("2025-09-30");
        Hearing h = c.hearings().get(0);
        assertThat(TestDb.string(db, "SELECT hearing_date FROM hearing WHERE id = " + h.id())).isEqualTo(h.date().toString());
        TestDb.execute(db, "UPDATE hearing SET hearing_time = '14:30' WHERE id = " + h.id());
        assertThat(new CaseRepository(db).findByNumber(CASE).orElseThrow().hearings().get(0).time()).isEqualTo(LocalTime.of(14, 30));
    }

    @Test
    void blankStoredDatesReadAsNone() {
        TestDb.execute(db, "UPDATE admin_case SET filing_date = '', closing_date = '  ' WHERE case_number = '" + CASE + "'",
                "UPDATE hearing SET hearing_time = '' WHERE case_id = (SELECT id FROM admin_case WHERE case_number = '" + CASE + "')");
        AdminCase c = new CaseRepository(db).findByNumber(CASE).orElseThrow();
        assertThat(c.filingDate()).isNull();
        assertThat(c.closingDate()).isNull();
        assertThat(c.hearings()).extracting(Hearing::time).containsOnlyNulls();
        assertThat(new CaseQueries(db).cases(null)).filteredOn(r -> r.caseNumber().equals(CASE)).singleElement()
                .satisfies(r -> assertThat(r.filed()).isNull());
    }

    @Test
    void textThatIsNoDateIsRefusedNamingTheText() {
        TestDb.execute(db, "UPDATE admin_case SET filing_date = '2025/3/1' WHERE case_number = '" + CASE + "'");
        assertThatThrownBy(() -> new CaseRepository(db).findByNumber(CASE))
                .satisfies(e -> assertThat(messages(e)).contains("2025/3/1"));
    }

    private static String messages(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            b.append(t.getMessage()).append('\n');
        }
        return b.toString();
    }
}
