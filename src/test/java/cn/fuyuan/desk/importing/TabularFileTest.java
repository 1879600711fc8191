package cn.fuyuan.desk.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TabularFileTest {
    @TempDir
    Path tmp;

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    @Test
    void xlsxRowsKeepTheirSheetRowNumbersAndColumnsAndDatesReadAsIso() throws Exception {
        Path f = Sheets.xlsx(tmp.resolve("名录.xlsx"), List.of(
                row("名称", "层级", "成立日期", "编号"),
                row("临河区公安局", "县", LocalDate.of(1984, 3, 7), 42),
                row(),                                        // an empty row is skipped
                row("五原县住建局", null, null, 7)));          // gaps stay in their columns

        TabularFile.Content c = TabularFile.read(f);

        assertThat(c.headers()).containsExactly("名称", "层级", "成立日期", "编号");
        assertThat(c.rows()).hasSize(2);
        TabularFile.Row first = c.rows().get(0);
        assertThat(first.number()).isEqualTo(2);
        assertThat(first.get("名称")).isEqualTo("临河区公安局");
        assertThat(first.get("成立日期")).isEqualTo("1984-03-07");
        assertThat(first.get("编号")).isEqualTo("42");
        TabularFile.Row second = c.rows().get(1);
        assertThat(second.number()).isEqualTo(4);
        assertThat(second.get("层级")).isEmpty();
        assertThat(second.get("编号")).isEqualTo("7");
        assertThat(second.get("不存在的列")).isEmpty();
    }

    @Test
    void csvWithAndWithoutBomReadTheFirstHeader() throws Exception {
        List<List<String>> rows = List.of(List.of("名称", "层级"), List.of(" 临河区公安局 ", "县"));
        for (boolean bom : new boolean[] {true, false}) {
            Path f = Sheets.csv(tmp.resolve("bom-" + bom + ".csv"), StandardCharsets.UTF_8, bom, rows);
            TabularFile.Content c = TabularFile.read(f);
            assertThat(c.headers()).as("bom=" + bom).containsExactly("名称", "层级");
            assertThat(c.rows()).singleElement().satisfies(r -> {
                assertThat(r.number()).isEqualTo(2);
                assertThat(r.get("名称")).isEqualTo("临河区公安局");
            });
        }
    }

    @Test
    void gbkCsvIsRefusedNamingTheFile() throws Exception {
        Path f = Sheets.csv(tmp.resolve("gbk名录.csv"), Charset.forName("GBK"), false,
                List.of(List.of("名称", "层级"), List.of("临河区公安局", "县")));
        assertThatThrownBy(() -> TabularFile.read(f))
                .isInstanceOf(ImportFileException.class)
                .hasMessageContaining(f.toString())
                .hasMessageContaining("UTF-8");
    }

    @Test
    void missingEmptyAndUnknownFilesAreRefusedNamingTheFile() throws Exception {
        Path missing = tmp.resolve("nope.xlsx");
        assertThatThrownBy(() -> TabularFile.read(missing)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining(missing.toString());
        Path empty = Files.writeString(tmp.resolve("empty.csv"), "\r\n , \r\n");
        assertThatThrownBy(() -> TabularFile.read(empty)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining(empty.toString()).hasMessageContaining("没有内容");
        Path doc = Files.writeString(tmp.resolve("名录.docx"), "x");
        assertThatThrownBy(() -> TabularFile.read(doc)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining(doc.toString());
        Path fakeXlsx = Files.writeString(tmp.resolve("fake.xlsx"), "名称,层级\n");
        assertThatThrownBy(() -> TabularFile.read(fakeXlsx)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining(fakeXlsx.toString());
    }
}
