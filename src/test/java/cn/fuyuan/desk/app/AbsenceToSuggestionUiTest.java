package cn.fuyuan.desk.app;

import static cn.fuyuan.desk.store.jooq.Tables.ADMIN_CASE;
import static cn.fuyuan.desk.store.jooq.Tables.CASE_DEFENDANT;
import static cn.fuyuan.desk.store.jooq.Tables.SUGGESTION;
import static cn.fuyuan.desk.store.jooq.Tables.SUGGESTION_CASE;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.caseload.AbsenceFollowUp;
import cn.fuyuan.desk.store.Database;
import java.time.LocalDate;
import org.jooq.Record2;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window wires the two features: an unjustified absence recorded for a case (案件与出庭) drafts a
 * suggestion letter (司法建议) for it and shows that draft.
 */
class AbsenceToSuggestionUiTest extends AppUiTestBase {

    @Test
    void anUnjustifiedAbsenceDraftsALetterAndTheWindowShowsIt() throws Exception {
        withDemoData();
        startApp();
        Record2<String, Integer> defendant;
        int draftsBefore;
        try (Database db = Database.open(dataDir, Database.Mode.READ)) {
            defendant = db.dsl().select(ADMIN_CASE.CASE_NUMBER, CASE_DEFENDANT.AGENCY_ID)
                    .from(ADMIN_CASE).join(CASE_DEFENDANT).on(CASE_DEFENDANT.CASE_ID.eq(ADMIN_CASE.ID))
                    .orderBy(ADMIN_CASE.ID).limit(1).fetchOne();
            draftsBefore = db.dsl().fetchCount(SUGGESTION);
        }
        assertThat(AbsenceFollowUp.current()).as("the window registers the suggestion side").isPresent();
        AbsenceFollowUp.UnjustifiedAbsence facts = new AbsenceFollowUp.UnjustifiedAbsence(defendant.value1(), null, defendant.value2(),
                "被告机关", LocalDate.of(2025, 7, 10), true, null, "张三", "局长", cn.fuyuan.desk.caseload.AbsenceReason.UNJUSTIFIED, false, null);

        WaitForAsyncUtils.asyncFx(() -> AbsenceFollowUp.current().orElseThrow().draftSuggestion(null, facts)).get();
        WaitForAsyncUtils.waitForFxEvents();

        waitUntil(() -> node("section-SUGGESTIONS").map(n -> n.getScene() != null).orElse(false));
        try (Database db = Database.open(dataDir, Database.Mode.READ)) {
            assertThat(db.dsl().fetchCount(SUGGESTION)).isEqualTo(draftsBefore + 1);
            Integer newest = db.dsl().select(org.jooq.impl.DSL.max(SUGGESTION.ID)).from(SUGGESTION).fetchOne(0, Integer.class);
            assertThat(db.dsl().select(SUGGESTION.STATUS).from(SUGGESTION).where(SUGGESTION.ID.eq(newest)).fetchOne(SUGGESTION.STATUS))
                    .isEqualTo("DRAFT");
            assertThat(db.dsl().select(SUGGESTION_CASE.CASE_NUMBER).from(SUGGESTION_CASE).where(SUGGESTION_CASE.SUGGESTION_ID.eq(newest))
                    .fetch(SUGGESTION_CASE.CASE_NUMBER)).containsExactly(defendant.value1());
        }
    }
}
