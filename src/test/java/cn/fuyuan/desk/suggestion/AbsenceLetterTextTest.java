package cn.fuyuan.desk.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.caseload.AbsenceFollowUp.UnjustifiedAbsence;
import cn.fuyuan.desk.caseload.AbsenceReason;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The drafted letter states what the record holds, nothing more: one hand-made record per kind of fact. */
class AbsenceLetterTextTest {
    static final LocalDate HEARING = LocalDate.of(2025, 7, 1);

    static UnjustifiedAbsence record(String court, boolean required, LocalDate served, String name, String title, String staff,
                                     boolean explanation) {
        return new UnjustifiedAbsence("（2025）内0802行初12号", court, 7, "临河区自然资源局", HEARING, required, served, name, title,
                AbsenceReason.UNJUSTIFIED, explanation, staff);
    }

    @Test
    void aNoticeServedByTheOwnCourtIsStatedWithItsDate() {
        AbsenceLetterText.Text t = AbsenceLetterText.of(record(null, true, LocalDate.of(2025, 6, 25), "张三", "局长", "李四、王五", true));
        assertThat(t.background()).isEqualTo("本院于2025年7月1日开庭审理（2025）内0802行初12号一案，临河区自然资源局为该案被告。"
                + "本院于2025年6月25日向该机关送达出庭应诉通知书。"
                + "该机关负责人局长张三未出庭应诉，未出庭理由为“无正当理由”，已提交情况说明；到庭应诉人员：李四、王五。");
        assertThat(t.problem()).isEqualTo("临河区自然资源局负责人经本院依法通知，无正当理由未出庭应诉，"
                + "不符合《最高人民法院关于行政机关负责人出庭应诉若干问题的规定》的要求。");
        assertThat(t.title()).isEqualTo("关于临河区自然资源局负责人无正当理由不出庭应诉的司法建议书");
    }

    @Test
    void aNoticeNotRequiredIsNeitherClaimedNorDenied_andTheCourtThatHeardTheCaseIsNamed() {
        AbsenceLetterText.Text t = AbsenceLetterText.of(record("巴彦淖尔市临河区人民法院", false, null, null, "局长", "李四", false));
        assertThat(t.background()).startsWith("巴彦淖尔市临河区人民法院于2025年7月1日开庭审理")
                .doesNotContain("本院", "通知", "送达", "2025-07-01", "出庭人员")
                .contains("该机关负责人局长未出庭应诉", "未提交情况说明", "到庭应诉人员：李四。");
        assertThat(t.problem()).doesNotContain("通知").startsWith("临河区自然资源局负责人无正当理由未出庭应诉");
    }

    @Test
    void aRequiredNoticeNeverServedIsSaidSo_andMissingFactsAreVisibleBlanks() {
        AbsenceLetterText.Text t = AbsenceLetterText.of(record(null, true, null, null, null, null, false));
        assertThat(t.background()).contains("该案出庭应诉通知书未送达该机关。")
                .contains("该机关负责人" + AbsenceLetterText.BLANK + "未出庭应诉")
                .contains("到庭应诉人员：" + AbsenceLetterText.BLANK + "。")
                .doesNotContain("依法通知", "null", "亦无");
        assertThat(t.problem()).doesNotContain("通知");
    }

    @Test
    void aNoticeServedByAnotherCourtIsThatCourtsNotice() {
        AbsenceLetterText.Text t = AbsenceLetterText.of(record("五原县人民法院", true, LocalDate.of(2025, 6, 20), "赵六", null, "钱七", false));
        assertThat(t.background()).contains("五原县人民法院于2025年7月1日开庭审理", "该院于2025年6月20日向该机关送达出庭应诉通知书",
                "该机关负责人赵六未出庭应诉").doesNotContain("本院");
        assertThat(t.problem()).contains("经五原县人民法院依法通知");
    }
}
