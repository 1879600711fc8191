package cn.fuyuan.desk.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.agency.Agency;
import cn.fuyuan.desk.history.HistoryWords;
import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.store.AuditRepository;
import cn.fuyuan.desk.store.AuditRepository.Entry;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.store.Vocabulary;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A letter's own history (its History button) shows the number its signing took (issue 12 point 8), in words. */
class SuggestionHistoryTest {
    @TempDir
    Path tmp;
    Database db;

    @BeforeEach
    void open() {
        Messages.setLocale(Messages.CHINESE);
        db = Database.open(tmp.resolve("data"), Database.Mode.WRITE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theNumberASigningTookIsInTheLettersHistory() {
        Agency agency = SuggestionFixtures.setUp(db);
        SuggestionRepository repo = new SuggestionRepository(db);
        int id = repo.saveDraft(SuggestionFixtures.draft(agency.id(), "关于规范土地征收程序的司法建议书"));
        repo.submit(id);
        Suggestion signed = repo.sign(id, Approver.PRESIDENT, LocalDate.of(2025, 3, 1));
        int other = repo.saveDraft(SuggestionFixtures.draft(agency.id(), "另一份"));
        repo.submit(other);
        repo.sign(other, Approver.PRESIDENT, LocalDate.of(2025, 3, 2));

        List<Entry> history = new AuditRepository(db).forRecord("suggestion", id, Vocabulary.childrenOf("suggestion"));
        List<String> lines = history.stream().map(e -> HistoryWords.describe(e, HistoryWords.names(db))).toList();
        assertThat(signed.number()).isNotBlank();
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("文号: " + signed.number()));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("状态: 待审批 → 已签发", "审批人: "));
        // the other letter's number is not in this letter's history
        String otherNumber = repo.find(other).orElseThrow().number();
        assertThat(String.join("\n", lines)).doesNotContain(otherNumber);
        // without its children, as before, the number was missing
        assertThat(new AuditRepository(db).forRecord("suggestion", id).stream().map(HistoryWords::describe))
                .noneMatch(l -> l.contains(signed.number()));
    }
}
