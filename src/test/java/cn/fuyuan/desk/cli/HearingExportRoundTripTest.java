package cn.fuyuan.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.TestDb;
import cn.fuyuan.desk.appearance.AppearanceStats;
import cn.fuyuan.desk.appearance.Grouping;
import cn.fuyuan.desk.appearance.LossStats;
import cn.fuyuan.desk.appearance.Period;
import cn.fuyuan.desk.appearance.StatsData;
import cn.fuyuan.desk.caseload.HearingExport;
import cn.fuyuan.desk.caseload.HearingImportTestSetup;
import cn.fuyuan.desk.importing.TabularFile;
import cn.fuyuan.desk.settings.SettingKey;
import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.store.Backup;
import cn.fuyuan.desk.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export hearings} → {@code import hearings} into an empty desk with the same directory gives the same
 * figures ({@code stats appearance} for both units, every grouping; {@code stats loss}) and exports the same rows again.
 */
class HearingExportRoundTripTest {
    static final String COURT = "巴彦淖尔市中级人民法院";

    @TempDir
    Path tmp;

    private static CliTest.Result cli(Path dir, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        CliTest.Result r = CliTest.run(all);
        assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isZero();
        return r;
    }

    /** Every figure of stats appearance and stats loss for the periods, as the command line prints them. */
    private static List<String> figures(Path dir, List<String> periods, List<Integer> years) {
        List<String> out = new ArrayList<>();
        for (String p : periods) {
            for (String unit : List.of("CASE", "HEARING")) {
                for (String by : List.of("overall", "agency", "region", "field")) {
                    for (String scope : by.equals("overall") ? List.of("ALL", "NOTIFIED") : List.of("ALL")) {
                        out.add(p + " " + unit + " " + by + " " + scope + "\n"
                                + cli(dir, "stats", "appearance", "--period", p, "--unit", unit, "--by", by, "--scope", scope, "--format", "csv").out());
                    }
                }
            }
        }
        for (int y : years) {
            for (String by : List.of("overall", "agency", "field")) {
                out.add(y + " loss " + by + "\n" + cli(dir, "stats", "loss", "--year", String.valueOf(y), "--by", by, "--format", "csv").out());
            }
        }
        return out;
    }

    /** The same figures from StatsData, the function stats appearance / stats loss print (in one open database). */
    private static List<String> figuresInProcess(Path dir, List<String> periods, List<Integer> years) {
        List<String> out = new ArrayList<>();
        try (Database db = Database.open(dir, Database.Mode.READ)) {
            for (String p : periods) {
                for (AppearanceStats.Unit unit : AppearanceStats.Unit.values()) {
                    for (Grouping by : Grouping.values()) {
                        for (AppearanceStats.Scope scope : AppearanceStats.Scope.values()) {
                            out.add(p + " " + unit + " " + by + " " + scope + " "
                                    + StatsData.appearance(db, Period.parse(p), unit, scope, by));
                        }
                    }
                }
            }
            for (int y : years) {
                for (Grouping by : List.of(Grouping.AGENCY, Grouping.FIELD, Grouping.OVERALL)) {
                    for (LossStats.Denominator d : LossStats.Denominator.values()) {
                        out.add(y + " loss " + by + " " + d + " " + StatsData.loss(db, y, false, d, by) + StatsData.loss(db, y, true, d, by));
                    }
                }
            }
        }
        return out;
    }

    private static List<List<Object>> exported(Path dir) {
        try (Database db = Database.open(dir, Database.Mode.READ)) {
            return HearingExport.rows(db, null, null);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "csv"})
    void theHandWorkedTableRoundTrips(String format) throws Exception {
        Path county = tmp.resolve("county");
        Path city = tmp.resolve("city");
        try (Database db = Database.open(county, Database.Mode.WRITE)) {
            new SettingsRepository(db).put(SettingKey.COURT_NAME, COURT);
            new HearingImportTestSetup(db).directoryAndTable(tmp);
        }
        try (Database db = Database.open(city, Database.Mode.WRITE)) {
            new SettingsRepository(db).put(SettingKey.COURT_NAME, COURT);
            new HearingImportTestSetup(db).directory();
        }
        Path file = tmp.resolve("开庭导出." + format);
        assertThat(cli(county, "export", "hearings", "--out", file.toString()).out()).contains("9");
        // the file is in the import layout: the headers, a time of day, two defendants of one case, empty cells
        TabularFile.Content content = TabularFile.read(file);
        assertThat(content.headers()).isEqualTo(cn.fuyuan.desk.caseload.HearingImport.HEADERS);
        assertThat(content.rows()).hasSize(9);
        assertThat(content.rows()).anySatisfy(r -> assertThat(r.get("开庭日期")).isEqualTo("2025-07-10 09:30"));
        assertThat(content.rows().stream().filter(r -> r.get("案号").equals("（2025）内08行初1号")).map(r -> r.get("被告")).distinct())
                .containsExactlyInAnyOrder("临河区公安局", "临河区住房和城乡建设局");
        assertThat(content.rows().get(0).get("通知送达日期")).isEqualTo("2025-07-01");
        assertThat(content.rows()).anySatisfy(r -> assertThat(r.get("结案日期")).isEmpty());

        cli(city, "import", "hearings", file.toString());
        List<String> periods = List.of("2025Q2", "2025Q3", "2025Q4", "2025");
        assertThat(figures(city, periods, List.of(2025))).isEqualTo(figures(county, periods, List.of(2025)));
        assertThat(exported(city)).isEqualTo(exported(county));
    }

    @Test
    void theDemoRegisterRoundTripsWithADateRange() throws Exception {
        Path county = tmp.resolve("county");
        Path city = tmp.resolve("city");
        cli(county, "demo");
        // the same directory, settings and courts, and no cases
        Files.createDirectories(city);
        Backup.backup(county, city.resolve(Database.FILE_NAME));
        try (Database db = Database.open(city, Database.Mode.WRITE)) {
            TestDb.execute(db, "DELETE FROM hearing_appearance", "DELETE FROM hearing", "DELETE FROM case_defendant", "DELETE FROM case_review",
                    "DELETE FROM admin_case");
        }
        List<String> years;
        try (Database db = Database.open(county, Database.Mode.READ)) {
            years = new ArrayList<>();
            for (long y = TestDb.longValue(db, "SELECT min(substr(hearing_date, 1, 4)) FROM hearing");
                 y <= TestDb.longValue(db, "SELECT max(substr(hearing_date, 1, 4)) FROM hearing"); y++) {
                years.add(String.valueOf(y));
            }
            assertThat(TestDb.longValue(db, "SELECT count(*) FROM hearing WHERE hearing_time IS NOT NULL")).isPositive();
            assertThat(TestDb.longValue(db, "SELECT count(*) FROM (SELECT case_id FROM case_defendant GROUP BY case_id HAVING count(*) > 1)")).isPositive();
        }
        Path file = tmp.resolve("all.xlsx");
        cli(county, "export", "hearings", "--out", file.toString());
        cli(city, "import", "hearings", file.toString());
        List<String> periods = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (String y : years) {
            periods.add(y);
            periods.add(y + "Q3");
            ys.add(Integer.parseInt(y));
        }
        assertThat(figuresInProcess(city, periods, ys)).isEqualTo(figuresInProcess(county, periods, ys));
        List<String> yearsOnly = years;
        assertThat(figures(city, yearsOnly, List.of())).isEqualTo(figures(county, yearsOnly, List.of()));
        assertThat(exported(city)).isEqualTo(exported(county));

        // a range: only the hearings in it
        Path part = tmp.resolve("q.csv");
        cli(county, "export", "hearings", "--from", years.get(0) + "-04-01", "--to", years.get(0) + "-06-30", "--out", part.toString());
        TabularFile.Content q = TabularFile.read(part);
        assertThat(q.rows()).isNotEmpty().allSatisfy(r -> {
            LocalDate d = LocalDate.parse(r.get("开庭日期").substring(0, 10));
            assertThat(d).isBetween(LocalDate.parse(years.get(0) + "-04-01"), LocalDate.parse(years.get(0) + "-06-30"));
        });
        assertThat(CliTest.run("--data", county.toString(), "export", "hearings", "--out", tmp.resolve("x.pdf").toString()).code())
                .isEqualTo(Cli.BAD_INPUT);
    }
}
