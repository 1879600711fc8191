package cn.fuyuan.desk.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SuggestionDatesTest {
    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void dueDateAddsCalendarMonthsAndClampsToTheMonthsLastDay() {
        assertThat(SuggestionDates.due(d("2025-03-15"), 2)).isEqualTo(d("2025-05-15"));
        // domain.md §8's own examples
        assertThat(SuggestionDates.due(d("2025-01-31"), 2)).isEqualTo(d("2025-03-31"));
        assertThat(SuggestionDates.due(d("2025-12-31"), 2)).isEqualTo(d("2026-02-28"));
        // 30 April + 1 month: 30 May (not the last day of May); 31 Dec 2023 + 2: leap February
        assertThat(SuggestionDates.due(d("2025-04-30"), 1)).isEqualTo(d("2025-05-30"));
        assertThat(SuggestionDates.due(d("2023-12-31"), 2)).isEqualTo(d("2024-02-29"));
        assertThat(SuggestionDates.due(d("2025-08-31"), 1)).isEqualTo(d("2025-09-30"));
        assertThat(SuggestionDates.due(null, 2)).isNull();
    }

    @Test
    void overdueOnlyWhenTheDueDateLiesBeforeTheDayAndNoReplyByThen() {
        LocalDate due = d("2025-05-15");
        assertThat(SuggestionDates.overdue(due, null, d("2025-05-15"))).as("on the due day").isFalse();
        assertThat(SuggestionDates.overdue(due, null, d("2025-05-16"))).isTrue();
        assertThat(SuggestionDates.overdue(due, d("2025-05-20"), d("2025-05-16"))).as("reply after D does not count yet").isTrue();
        assertThat(SuggestionDates.overdue(due, d("2025-05-20"), d("2025-05-20"))).as("replied late, by D").isFalse();
        assertThat(SuggestionDates.overdue(null, null, d("2030-01-01"))).as("not issued").isFalse();
    }

    @Test
    void dueSoonWithinTheWindowIncludingBothEnds() {
        LocalDate due = d("2025-05-15");
        assertThat(SuggestionDates.dueSoon(due, null, d("2025-05-01"), 14)).isTrue();
        assertThat(SuggestionDates.dueSoon(due, null, d("2025-04-30"), 14)).isFalse();
        assertThat(SuggestionDates.dueSoon(due, null, d("2025-05-15"), 14)).isTrue();
        assertThat(SuggestionDates.dueSoon(due, null, d("2025-05-16"), 14)).as("overdue, not due soon").isFalse();
        assertThat(SuggestionDates.dueSoon(due, d("2025-05-02"), d("2025-05-10"), 14)).as("replied").isFalse();
    }
}
