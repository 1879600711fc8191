package cn.fuyuan.desk.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.caseload.CaseRules.NoticeState;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Where a notice stands, worked by hand: hearing on 2025-08-20, late = fewer than 3 days before. */
class NoticeStateTest {
    static final LocalDate HEARING = LocalDate.of(2025, 8, 20);

    static NoticeState state(boolean required, LocalDate served, LocalDate today) {
        return CaseRules.noticeState(Appearance.blank(1, "临河区公安局", required).withNotice(required, served), HEARING, today, 3);
    }

    @Test
    void noticeNotRequiredIsNotMissing() {
        assertThat(state(false, null, LocalDate.of(2025, 8, 19))).isEqualTo(NoticeState.NOT_REQUIRED);
        assertThat(NoticeState.NOT_REQUIRED.missing()).isFalse();
    }

    @Test
    void requiredAndNotServedIsDueUntilThreeDaysBeforeThenLate() {
        assertThat(state(true, null, LocalDate.of(2025, 8, 17))).isEqualTo(NoticeState.DUE);   // 3 days before: in time
        assertThat(state(true, null, LocalDate.of(2025, 8, 18))).isEqualTo(NoticeState.LATE);  // 2 days before
        assertThat(NoticeState.DUE.missing()).isTrue();
        assertThat(NoticeState.LATE.missing()).isTrue();
    }

    @Test
    void servedIsNotMissingAndMarkedLateWhenServedTooLate() {
        assertThat(state(true, LocalDate.of(2025, 8, 17), LocalDate.of(2025, 8, 19))).isEqualTo(NoticeState.SERVED);
        assertThat(state(true, LocalDate.of(2025, 8, 18), LocalDate.of(2025, 8, 19))).isEqualTo(NoticeState.SERVED_LATE);
        assertThat(state(false, LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 19))).isEqualTo(NoticeState.SERVED);
        assertThat(NoticeState.SERVED_LATE.missing()).isFalse();
    }
}
