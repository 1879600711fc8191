package cn.fuyuan.desk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

/** The converters the generated classes read and bind dates through: the text each writes, and what each reads. */
class DateConvertersTest {
    @Test
    void aDayIsIsoText() {
        DateConverter c = new DateConverter();
        assertThat(c.to(LocalDate.of(2025, 3, 1))).isEqualTo("2025-03-01");
        assertThat(c.from("2025-03-01")).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(c.to(null)).isNull();
        assertThat(c.from(null)).isNull();
        assertThat(c.from("")).isNull();
        assertThat(c.from("  ")).isNull();
        assertThatThrownBy(() -> c.from("2025/3/1")).isInstanceOf(DateTimeParseException.class).hasMessageContaining("2025/3/1");
        assertThatThrownBy(() -> c.from("2025-02-30")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void aTimeOfDayIsHoursAndMinutes() {
        TimeConverter c = new TimeConverter();
        assertThat(c.to(LocalTime.of(9, 0))).isEqualTo("09:00");
        assertThat(c.from("14:30")).isEqualTo(LocalTime.of(14, 30));
        assertThat(c.from(null)).isNull();
        assertThat(c.from(" ")).isNull();
        assertThatThrownBy(() -> c.from("9点")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void aMeetingTimeIsStoredToTheMinute() {
        MinuteConverter c = new MinuteConverter();
        assertThat(c.to(LocalDateTime.of(2025, 3, 1, 9, 0))).isEqualTo("2025-03-01T09:00");
        assertThat(c.to(LocalDateTime.of(2025, 3, 1, 9, 0, 30))).as("seconds are not stored").isEqualTo("2025-03-01T09:00");
        assertThat(c.from("2025-03-01T15:00")).isEqualTo(LocalDateTime.of(2025, 3, 1, 15, 0));
        assertThat(c.from(null)).isNull();
        assertThatThrownBy(() -> c.from("2025-03-01 15:00")).isInstanceOf(DateTimeParseException.class);
    }
}
