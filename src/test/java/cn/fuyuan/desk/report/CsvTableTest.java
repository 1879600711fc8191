package cn.fuyuan.desk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Issue 15 §3: the one CSV writer quotes by RFC 4180 and guards cells a spreadsheet would run as formulas. */
class CsvTableTest {
    private static List<CSVRecord> readBack(String csv) throws Exception {
        return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    }

    @Test
    void formulaCellsAreTextAndLineBreaksQuotesAndCommasAreQuoted() throws Exception {
        StringBuilder out = new StringBuilder();
        CsvTable.write(out, List.of("group", "rate"), List.of(
                Arrays.asList("=1+1", new BigDecimal("-1.50")),
                Arrays.asList("+cmd|' /C calc'!A0", 3),
                Arrays.asList("@SUM(1)", null),
                Arrays.asList("-2+3", -4),
                Arrays.asList("\tTAB", 0),
                Arrays.asList("\rCR", 0),
                Arrays.asList("测试局\n甲", 1),
                Arrays.asList("说\"明\",其他", 2),
                Arrays.asList("临河区公安局", 5)));

        String csv = out.toString();
        assertThat(csv).startsWith("group,rate\r\n").contains("\r\n'=1+1,-1.50\r\n").contains("\"测试局\n甲\",1\r\n")
                .contains("\"说\"\"明\"\",其他\",2\r\n").contains("\r\n临河区公安局,5\r\n");
        List<CSVRecord> records = readBack(csv);
        assertThat(records).hasSize(10);
        assertThat(records.stream().skip(1).map(r -> r.get(0)).toList()).containsExactly(
                "'=1+1", "'+cmd|' /C calc'!A0", "'@SUM(1)", "'-2+3", "'\tTAB", "'\rCR", "测试局\n甲", "说\"明\",其他", "临河区公安局");
        assertThat(records.stream().skip(1).map(r -> r.get(1)).toList()).containsExactly(
                "-1.50", "3", "", "-4", "0", "0", "1", "2", "5"); // numbers, negative ones too, are never guarded
    }
}
