package cn.fuyuan.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.TestDb;
import cn.fuyuan.desk.store.Database;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code search} and {@code check --repair} on the demo database, through the command line. */
class SearchCliTest {
    @TempDir
    Path tmp;

    private CliTest.Result cli(Path dir, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliTest.run(all);
    }

    @Test
    void searchAnswersJsonAndCsvOfTheKindsAskedFor() throws Exception {
        Path dir = tmp.resolve("data");
        assertThat(cli(dir, "demo").code()).isZero();
        String problem;
        String agency;
        try (Database db = Database.open(dir, Database.Mode.READ)) {
            problem = TestDb.string(db, "SELECT substr(problem, 2, 3) FROM suggestion_item ORDER BY id LIMIT 1");
            agency = TestDb.string(db, "SELECT substr(name, 3, 4) FROM agency ORDER BY id LIMIT 1");
        }
        CliTest.Result r = cli(dir, "search", problem, "--kind", "letter", "--limit", "3");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode hits = new ObjectMapper().readTree(r.out());
        assertThat(hits.size()).isBetween(1, 3);
        for (JsonNode h : hits) {
            assertThat(h.get("kind").asText()).isEqualTo("letter");
            assertThat(h.get("id").asInt()).isPositive();
            assertThat(h.get("title").asText()).isNotBlank();
            assertThat(h.get("snippet").asText()).contains(problem);
            assertThat(h.get("highlighted").asText()).contains("【" + problem + "】");
        }
        CliTest.Result csv = cli(dir, "search", agency, "--kind", "agency,case", "--format", "csv");
        assertThat(csv.code()).isZero();
        assertThat(csv.out()).startsWith("kind,id,title,snippet,highlighted\r\n").contains("\r\nagency,");
        // two characters: answered by the scan
        CliTest.Result two = cli(dir, "search", agency.substring(0, 2), "--kind", "agency");
        assertThat(new ObjectMapper().readTree(two.out()).size()).isPositive();
        // the white paper is a documented kind that answers nothing until its feature's table exists
        CliTest.Result wp = cli(dir, "search", problem, "--kind", "whitepaper");
        assertThat(wp.code()).isZero();
        assertThat(new ObjectMapper().readTree(wp.out()).size()).isZero();
        assertThat(cli(dir, "search", problem, "--limit", "0").code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(cli(dir, "search", problem, "--kind", "nothing").code()).isEqualTo(Cli.BAD_INPUT);
    }

    @Test
    void checkRepairRebuildsAnEmptiedIndex() {
        Path dir = tmp.resolve("data");
        assertThat(cli(dir, "demo").code()).isZero();
        long rows;
        try (Database db = Database.open(dir, Database.Mode.WRITE)) {
            rows = TestDb.count(db, "search_letter");
            db.dsl().execute("DELETE FROM search_letter");
        }
        assertThat(cli(dir, "check").out()).contains("search index: ok");
        CliTest.Result r = cli(dir, "check", "--repair");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("搜索索引已重建");
        try (Database db = Database.open(dir, Database.Mode.READ)) {
            assertThat(TestDb.count(db, "search_letter")).isEqualTo(rows).isPositive();
        }
    }
}
