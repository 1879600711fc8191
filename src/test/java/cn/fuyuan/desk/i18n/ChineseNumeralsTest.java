package cn.fuyuan.desk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one Chinese-numeral function: the minutes' 一、二、… and a letter's problems and suggestions. */
class ChineseNumeralsTest {

    @Test
    void numbersAsDocumentsWriteThem() {
        assertThat(ChineseNumerals.of(1)).isEqualTo("一");
        assertThat(ChineseNumerals.of(10)).isEqualTo("十");
        assertThat(ChineseNumerals.of(12)).isEqualTo("十二");
        assertThat(ChineseNumerals.of(20)).isEqualTo("二十");
        assertThat(ChineseNumerals.of(35)).isEqualTo("三十五");
        assertThat(ChineseNumerals.of(99)).isEqualTo("九十九");
        assertThat(ChineseNumerals.of(100)).isEqualTo("100");
        assertThat(ChineseNumerals.of(0)).isEqualTo("0");
    }
}
