package cn.fuyuan.desk.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseNumberTest {

    @ParameterizedTest
    @CsvSource({
        "（2025）内08行初12号, （2025）内08行初12号",
        "(2025)内08行初12号, （2025）内08行初12号",
        "( 2025 ) 内08 行初 0012 号, （2025）内08行初12号",
        "（2024）内0802行初3号, （2024）内0802行初3号",
        "（2023）吉01行终100号, （2023）吉01行终100号",
        "（2025）内08行赔初7号, （2025）内08行赔初7号",
        "（2025）内行申5号, （2025）内行申5号",
        "（2025）最高法行再1号, （2025）最高法行再1号",
        "（2025）内08行审复2号, （2025）内08行审复2号",
        "（2025）内08行初第9号, （2025）内08行初9号",
    })
    void normalisesToFullWidthWithoutLeadingZeros(String input, String expected) {
        assertThat(CaseNumber.normalise(input)).hasValue(expected);
        assertThat(CaseNumber.NORMAL.matcher(expected).matches()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2025内08行初12号", "（2025）内08民初12号", "（2025）内08行初0号", "（25）内08行初12号",
        "（2025）内8行初12号", "（2025）内08行初12", "（2025）内08行初12号之一"})
    void refusesWhatIsNotAnAdministrativeCaseNumber(String input) {
        assertThat(CaseNumber.parse(input)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void splitsIntoParts() {
        CaseNumber n = CaseNumber.of("（2025）内0802行赔初12号");
        assertThat(n.year()).isEqualTo(2025);
        assertThat(n.courtCode()).isEqualTo("内0802");
        assertThat(n.type()).isEqualTo("行赔初");
        assertThat(n.number()).isEqualTo(12);
        assertThat(n.firstInstance()).isTrue();
        assertThat(CaseNumber.of("（2025）内08行终1号").firstInstance()).isFalse();
        assertThatThrownBy(() -> CaseNumber.of("（2025）内08民初1号")).hasMessageContaining("（2025）内08民初1号");
    }
}
