package cn.fuyuan.desk.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.demo.DemoData;
import cn.fuyuan.desk.store.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestionDemoTest {
    @TempDir
    Path tmp;

    List<Suggestion> demo(String name) {
        try (Database db = Database.open(tmp.resolve(name), Database.Mode.WRITE)) {
            DemoData.write(db, 1, DemoData.DEFAULT_SEED, null);
            SuggestionRepository repo = new SuggestionRepository(db);
            int year = LocalDate.now().getYear();
            for (int y : List.of(year - 1)) {
                // each year's series runs 1..n without a gap
                List<Integer> seqs = repo.numbers(y).stream().map(SuggestionRepository.NumberEntry::seq).toList();
                assertThat(seqs).isNotEmpty().containsExactlyElementsOf(IntStream.rangeClosed(1, seqs.size()).boxed().toList());
            }
            return repo.list();
        }
    }

    @Test
    void lettersOverTwoYearsInEveryStateSomeOverdueSomeExcellentAndTheSameForTheSameSeed() {
        List<Suggestion> letters = demo("a");
        LocalDate today = LocalDate.now();
        assertThat(letters.stream().map(Suggestion::status).distinct()).containsExactlyInAnyOrder(SuggestionStatus.values());
        assertThat(letters).anyMatch(s -> s.overdue(today)).anyMatch(Suggestion::excellent)
                .anyMatch(s -> s.adoption() == Adoption.ADOPTED);
        assertThat(letters.stream().filter(s -> s.issuedOn() != null).map(s -> s.issuedOn().getYear()).distinct())
                .contains(today.getYear() - 1).isSubsetOf(today.getYear() - 1, today.getYear());
        List<Suggestion> again = demo("b");
        assertThat(again).extracting(Suggestion::title, Suggestion::status, Suggestion::number)
                .containsExactlyElementsOf(letters.stream().map(s -> org.assertj.core.groups.Tuple.tuple(s.title(), s.status(), s.number())).toList());
    }
}
