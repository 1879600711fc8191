package cn.fuyuan.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.caseload.HearingImport;
import cn.fuyuan.desk.caseload.HearingImportTestSetup;
import cn.fuyuan.desk.importing.Sheets;
import cn.fuyuan.desk.store.Database;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stats caseload} against a register imported with {@code import hearings}, two years in a row, worked by hand. */
class CaseloadCliTest {
    @TempDir
    Path tmp;

    static List<String> row(String number, String defendant, String filed, String hearing, String result, String closed) {
        List<String> r = new ArrayList<>(Arrays.asList(new String[HearingImport.HEADERS.size()]));
        r.replaceAll(x -> "");
        r.set(HearingImport.HEADERS.indexOf(HearingImport.NUMBER), number);
        r.set(HearingImport.HEADERS.indexOf(HearingImport.DEFENDANT), defendant);
        r.set(HearingImport.HEADERS.indexOf(HearingImport.FILED), filed);
        r.set(HearingImport.HEADERS.indexOf(HearingImport.HEARING_DATE), hearing);
        r.set(HearingImport.HEADERS.indexOf(HearingImport.RESULT), result);
        r.set(HearingImport.HEADERS.indexOf(HearingImport.CLOSED), closed);
        return r;
    }

    /*
     * By hand (A 临河区公安局 field 公安, B 临河住建局 field 住建, C 五原县公安局 field 公安):
     *                          filed       closed      2024                 2025
     *  （2023）内08行初5号 A    2023-11-10  2024-03-01  carried over, closed  —
     *  （2024）内08行初1号 B    2024-02-01  2024-06-30  received, closed      —
     *  （2024）内08行初2号 A    2024-10-01  2025-02-10  received, pending     carried over, closed
     *  （2024）内08行终3号 C    2024-12-20  —           received, pending     carried over, pending
     *  （2025）内08行初4号 B    2025-01-05  2025-05-01  —                     received, closed
     *  （2025）内08行初5号 C    2025-06-01  —           —                     received, pending
     *  （2025）内08行初6号 A    —           2025-09-01  —                     left out (no filing date)
     *  （2025）内08行初7号 A    2025-03-01  2025-04-01  —                     received, closed
     * 2024: received 3, carried 1, closed 2, pending 2, 2 ÷ 4 = 50.00
     * 2025: received 3, carried 2, closed 3, pending 2, 3 ÷ 5 = 60.00, left out 1
     * 2025 by type: 行初 received 3, carried 1, closed 3, pending 1, 75.00; 行终 0, 1, 0, 1, 0.00
     */
    static List<List<String>> register() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HearingImport.HEADERS);
        rows.add(row("（2023）内08行初5号", "临河区公安局", "2023-11-10", "2024-01-15", "驳回诉讼请求", "2024-03-01"));
        rows.add(row("（2024）内08行初1号", "临河住建局", "2024-02-01", "2024-04-01", "撤销", "2024-06-30"));
        rows.add(row("（2024）内08行初2号", "临河区公安局", "2024-10-01", "2024-12-01", "撤诉", "2025-02-10"));
        rows.add(row("（2024）内08行终3号", "五原县公安局", "2024-12-20", "2025-03-01", "", ""));
        rows.add(row("（2025）内08行初4号", "临河住建局", "2025-01-05", "2025-02-01", "确认违法", "2025-05-01"));
        rows.add(row("（2025）内08行初5号", "五原县公安局", "2025-06-01", "2025-07-01", "", ""));
        rows.add(row("（2025）内08行初6号", "临河区公安局", "", "2025-08-01", "驳回诉讼请求", "2025-09-01"));
        rows.add(row("（2025）内08行初7号", "临河区公安局", "2025-03-01", "2025-03-20", "调解", "2025-04-01"));
        return rows;
    }

    private CliTest.Result cli(Path dir, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliTest.run(all);
    }

    static void row(JsonNode n, String group, int received, int carried, int closed, int pending, String rate) {
        assertThat(n.get("group").asText()).isEqualTo(group);
        assertThat(n.get("received").asInt()).as(group + " received").isEqualTo(received);
        assertThat(n.get("carriedOver").asInt()).as(group + " carriedOver").isEqualTo(carried);
        assertThat(n.get("closed").asInt()).as(group + " closed").isEqualTo(closed);
        assertThat(n.get("pending").asInt()).as(group + " pending").isEqualTo(pending);
        if (rate == null) {
            assertThat(n.get("closingRate").isNull()).isTrue();
        } else {
            assertThat(n.get("closingRate").decimalValue()).as(group + " closingRate").isEqualByComparingTo(rate);
        }
    }

    @Test
    void importedRegisterGivesTheHandWorkedFiguresForTwoYears() throws Exception {
        Path dir = tmp.resolve("data");
        try (Database db = Database.open(dir, Database.Mode.WRITE)) {
            new HearingImportTestSetup(db).directory();
        }
        Path file = Sheets.csv(tmp.resolve("台账.csv"), StandardCharsets.UTF_8, true, register());
        CliTest.Result imported = cli(dir, "import", "hearings", file.toString());
        assertThat(imported.code()).as(imported.err()).isZero();

        ObjectMapper json = new ObjectMapper();
        CliTest.Result y2024 = cli(dir, "stats", "caseload", "--year", "2024");
        assertThat(y2024.code()).as(y2024.err()).isZero();
        JsonNode a = json.readTree(y2024.out());
        assertThat(a).hasSize(1);
        row(a.get(0), "全部", 3, 1, 2, 2, "50.00");

        JsonNode b = json.readTree(cli(dir, "stats", "caseload", "--year", "2025").out());
        row(b.get(0), "全部", 3, 2, 3, 2, "60.00");
        assertThat(b.get(0).get("leftOut").asInt()).isEqualTo(1);

        JsonNode byType = json.readTree(cli(dir, "stats", "caseload", "--year", "2025", "--by", "type").out());
        assertThat(byType).hasSize(2);
        row(byType.get(0), "行初", 3, 1, 3, 1, "75.00");
        row(byType.get(1), "行终", 0, 1, 0, 1, "0.00");

        // field: 公安 = 行初2 (carried, closed), 行终3 (carried), 行初5 (received), 行初7 (received, closed); 住建 = 行初4
        JsonNode byField = json.readTree(cli(dir, "stats", "caseload", "--year", "2025", "--by", "field").out());
        row(byField.get(0), "公安", 2, 2, 2, 2, "50.00");
        row(byField.get(1), "住建", 1, 0, 1, 0, "100.00");

        CliTest.Result csv = cli(dir, "stats", "caseload", "--year", "2010", "--format", "csv");
        assertThat(csv.out()).isEqualTo("group,received,carriedOver,closed,pending,closingRate,leftOut\r\n全部,0,0,0,0,,0\r\n");

        CliTest.Result bad = cli(dir, "stats", "caseload", "--year", "2025", "--by", "agency");
        assertThat(bad.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(bad.err()).contains("agency");
    }
}
