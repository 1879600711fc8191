package cn.fuyuan.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.Main;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 §13: a file the libraries cannot read is refused in the user's language, naming the file; the library's
 * words and stack trace go to the log file, and no logger line reaches the command line's console.
 */
class CliConsoleTest {
    @TempDir
    Path tmp;

    private record Run(int code, String err) {
    }

    private Run run(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1",
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(100, TimeUnit.SECONDS)).isTrue();
            return new Run(p.exitValue(), err);
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aFileNoLibraryCanReadIsRefusedInChineseAndTheDetailGoesToTheLogOnly() throws Exception {
        Path data = tmp.resolve("data");
        Path fake = Files.writeString(tmp.resolve("名录.xlsx"), "这不是一个 Excel 文件", StandardCharsets.UTF_8);

        Run r = run("--data", data.toString(), "import", "agencies", fake.toString());

        assertThat(r.code()).as(r.err()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains(fake.toString()).contains("不是有效的 .xlsx 工作簿")
                .doesNotContain("WARN").doesNotContain("ERROR").doesNotContain("Exception").doesNotContain("\tat ");
        String log = Files.readString(data.resolve("logs").resolve("fuyuan-desk.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("WARN").contains("Cannot read XLSX").contains("NotOfficeXmlFileException");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void inEnglishTheRefusalIsEnglish() throws Exception {
        Path fake = Files.write(tmp.resolve("bomb.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0, 0});

        Run r = run("--data", tmp.resolve("data").toString(), "--lang", "en", "import", "hearings", fake.toString());

        assertThat(r.code()).as(r.err()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains(fake.toString()).contains("is not a valid .xlsx workbook").doesNotContain("WARN");
    }
}
