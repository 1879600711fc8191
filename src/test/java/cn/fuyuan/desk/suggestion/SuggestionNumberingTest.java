package cn.fuyuan.desk.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SuggestionNumberingTest {
    @Test
    void formatsWithHexagonalBracketsAndNoLeadingZeros() {
        assertThat(SuggestionNumbering.format("巴法建", 2025, 3)).isEqualTo("巴法建〔2025〕3号");
        assertThat(SuggestionNumbering.format("巴法建", 2026, 12)).isEqualTo("巴法建〔2026〕12号");
    }

    @Test
    void appendsFaJianWhenThePrefixDoesNotEndInIt() {
        assertThat(SuggestionNumbering.format("巴", 2025, 3)).isEqualTo("巴法建〔2025〕3号");
        assertThat(SuggestionNumbering.format(" 临 ", 2025, 1)).isEqualTo("临法建〔2025〕1号");
        assertThat(SuggestionNumbering.fullPrefix("巴法建")).isEqualTo("巴法建");
        assertThat(SuggestionNumbering.fullPrefix("")).isEqualTo("法建");
    }

    @Test
    void readsNumbersAsPeopleTypeThem() {
        assertThat(SuggestionNumbering.parse("巴法建〔2025〕3号")).contains(new SuggestionNumbering.Number("巴法建", 2025, 3));
        assertThat(SuggestionNumbering.parse("巴法建[2025]003号")).contains(new SuggestionNumbering.Number("巴法建", 2025, 3));
        assertThat(SuggestionNumbering.parse("巴法建（2025）第7号")).contains(new SuggestionNumbering.Number("巴法建", 2025, 7));
        assertThat(SuggestionNumbering.parse("巴法建〔2025〕0号")).isEmpty();
        assertThat(SuggestionNumbering.parse("巴法建2025-3")).isEmpty();
        assertThat(SuggestionNumbering.parse(null)).isEmpty();
    }
}
