package cn.fuyuan.desk.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 12 §1: the one reading of a typed or imported date. */
class DateInputTest {
    @AfterEach
    void chinese() {
        Messages.setLocale(Messages.CHINESE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-05", "2026/12/5", "2026.12.5", "2026年12月5日", "2026年12月5", "20261205", " 2026 - 12 - 05 ",
        "２０２６／１２／５", "2026-12-5"})
    void readsTheFormsClerksType(String text) {
        assertThat(DateInput.parse(text)).contains(LocalDate.of(2026, 12, 5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12/5/2026", "5.12.2026", "2026-12/5", "2026-02-30", "2026-13-01", "2026", "202612", "2026年12月",
        "abc", "2026-12-05x", "26/12/5"})
    void refusesEverythingElse(String text) {
        assertThat(DateInput.parse(text)).isEmpty();
        assertThatThrownBy(() -> DateInput.parse(text, "开庭日期")).isInstanceOf(DateInput.Refused.class)
                .hasMessageContaining("开庭日期").hasMessageContaining(text.strip()).hasMessageContaining(DateInput.FORMS);
    }

    @Test
    void showsIsoAndRefusesInEnglishWithCommas() {
        assertThat(DateInput.format(LocalDate.of(2026, 12, 5))).isEqualTo("2026-12-05");
        Messages.setLocale(java.util.Locale.ENGLISH);
        assertThat(DateInput.refusal("Hearing date", "12/5/2026"))
                .isEqualTo("\"Hearing date\": the date \"12/5/2026\" is not understood; write it as one of "
                        + "2026-12-05, 2026/12/5, 2026.12.5, 2026年12月5日, 20261205");
    }
}
