package cn.fuyuan.desk.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12 §12: what a cell may hold, checked when the file is read, for every import alike. */
class TabularFileCellsTest {
    @TempDir
    Path tmp;

    private Path csv(String name, String text) throws Exception {
        return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void aHeaderGivenTwiceIsRefusedNamingBothColumns() throws Exception {
        Path f = csv("twice.csv", "名称,层级,名称\r\n甲局,县,乙局\r\n");

        assertThatThrownBy(() -> TabularFile.read(f)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining(f.toString()).hasMessageContaining("“名称”").hasMessageContaining("A 列和 C 列");
    }

    @Test
    void aHeaderGivenTwiceInAnXlsxIsRefusedToo() throws Exception {
        Path f = Sheets.xlsx(tmp.resolve("twice.xlsx"), List.of(List.of("名称", "层级", "名称 "), List.of("甲局", "县", "乙局")));

        assertThatThrownBy(() -> TabularFile.read(f)).isInstanceOf(ImportFileException.class).hasMessageContaining("A 列和 C 列");
    }

    @Test
    void noBreakIdeographicAndZeroWidthSpacesAreSpacesOrDropped() throws Exception {
        Path f = csv("spaces.csv", "名称\u00a0,层级\r\n测试局甲\u00a0,县\r\n\u3000测试局乙\u200b,县\r\n测试\u00a0局丙,县\r\n");

        TabularFile.Content c = TabularFile.read(f);

        assertThat(c.headers()).containsExactly("名称", "层级");
        assertThat(c.rows()).extracting(r -> r.get("名称")).containsExactly("测试局甲", "测试局乙", "测试 局丙");
    }

    @Test
    void aDoubleBomIsDroppedAndTheFirstColumnKept() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        b.write("名称,层级\r\n测试局甲,县\r\n".getBytes(StandardCharsets.UTF_8));
        Path f = Files.write(tmp.resolve("bom2.csv"), b.toByteArray());

        TabularFile.Content c = TabularFile.read(f);

        assertThat(c.headers()).containsExactly("名称", "层级");
        assertThat(c.rows()).singleElement().satisfies(r -> assertThat(r.get("名称")).isEqualTo("测试局甲"));
    }

    @Test
    void aNulByteIsRefusedNamingRowAndColumn() throws Exception {
        Path f = csv("nul.csv", "名称,层级\r\n甲局,县\r\n测试\u0000局,县\r\n");

        assertThatThrownBy(() -> TabularFile.read(f)).isInstanceOf(ImportRejected.class)
                .hasMessageContaining("第 3 行“名称”列").hasMessageContaining("U+0000");
    }

    @Test
    void aTextOverTenThousandCharactersIsRefusedNamingRowAndColumn() throws Exception {
        Path f = csv("long.csv", "名称,情况说明\r\n甲局," + "长".repeat(10_000) + "\r\n乙局," + "长".repeat(10_001) + "\r\n");

        assertThatThrownBy(() -> TabularFile.read(f)).isInstanceOf(ImportRejected.class)
                .hasMessageContaining("第 3 行“情况说明”列").hasMessageContaining("10001").hasMessageNotContaining("第 2 行");
    }

    @Test
    void anUnclosedQuoteSaysWhereInTheUsersWords() throws Exception {
        Path f = csv("quote.csv", "名称,层级\r\n\"甲局,县\r\n");

        assertThatThrownBy(() -> TabularFile.read(f)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining(f.toString()).hasMessageContaining("引号").hasMessageNotContaining("EOF");
    }
}
