package cn.fuyuan.desk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every section has its 使用说明 in Chinese and in English, shipped as resources, and they say the same things. */
class HelpTest {

    @Test
    void everySectionHasAGuideInBothLanguages() {
        for (Section s : Section.values()) {
            for (Locale l : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                String text = Help.text(s, l);
                assertThat(text).as(Help.resource(s, l)).isNotNull();
                List<Help.Block> page = Help.parse(text);
                assertThat(page.get(0).kind()).as(s + " " + l + " starts with its title").isEqualTo(Help.Kind.TITLE);
                assertThat(page).as(s + " " + l + " has sections").filteredOn(b -> b.kind() == Help.Kind.HEADING).hasSizeGreaterThanOrEqualTo(2);
                assertThat(text.length()).as(s + " " + l + " says something").isGreaterThan(240);
            }
            String zh = Help.text(s, Locale.SIMPLIFIED_CHINESE);
            String en = Help.text(s, Locale.ENGLISH);
            assertThat(zh.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count())
                    .as(s + " in Chinese").isGreaterThan(150);
            // both pages have the same outline: as many headings, as many steps
            assertThat(count(en, Help.Kind.HEADING)).as(s + " headings").isEqualTo(count(zh, Help.Kind.HEADING));
            assertThat(count(en, Help.Kind.STEP)).as(s + " steps").isEqualTo(count(zh, Help.Kind.STEP));
        }
    }

    @Test
    void theGuidesNameTheImportColumnsWhereASectionImports() {
        for (Locale l : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            assertThat(Help.text(Section.CASES, l)).contains("案号", "被告", "开庭日期", "通知送达日期", "负责人级别", "败诉原因");
            assertThat(Help.text(Section.AGENCIES, l)).contains("名称", "简称", "所属地区", "领域", "层级", "联系电话");
            assertThat(Help.text(Section.SUGGESTIONS, l)).contains("文号", "被建议单位", "签发日期", "回复期限", "采纳情况");
        }
    }

    @Test
    void parsesHeadingsParagraphsBulletsAndSteps() {
        List<Help.Block> b = Help.parse("# 标题\n\n第一段\n接着\n\n## 流程\n1. 先做\n   这个\n2. 再做\n- 一点\n\nEnglish line\nruns on\n");
        assertThat(b).extracting(Help.Block::kind).containsExactly(Help.Kind.TITLE, Help.Kind.PARAGRAPH, Help.Kind.HEADING,
                Help.Kind.STEP, Help.Kind.STEP, Help.Kind.BULLET, Help.Kind.PARAGRAPH);
        assertThat(b.get(1).text()).isEqualTo("第一段接着");
        assertThat(b.get(3).text()).isEqualTo("先做这个");
        assertThat(b.get(4).number()).isEqualTo("2");
        assertThat(b.get(6).text()).isEqualTo("English line runs on");
    }

    private static long count(String text, Help.Kind kind) {
        return Help.parse(text).stream().filter(x -> x.kind() == kind).count();
    }
}
