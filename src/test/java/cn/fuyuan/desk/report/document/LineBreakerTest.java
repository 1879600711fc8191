package cn.fuyuan.desk.report.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Line breaks worked out by hand on a 28-cell line (full-width characters one cell, digits half a cell). */
class LineBreakerTest {

    static List<String> lines(String text) {
        Paragraph p = new Paragraph(List.of(Run.of(text)), Align.JUSTIFY, 0, 0, 0, false);
        return LineBreaker.lines(p, Face.FANGSONG, 28).stream()
                .map(l -> String.join("", l.glyphs().stream().map(LineBreaker.Glyph::text).toList())).toList();
    }

    @Test
    void aFigureIsNotSplitWhenTheLineIsFullAtItsPercentSign() {
        // 24 characters and "（" take 25 cells, "50.0" two more, "0%" the 28th: the line is full at "%", and "）" may
        // not start the next line. Taking "%" down with it would leave "（50.0" | "0%）" (the bulletin of 2025Q3, page 3,
        // did); the figure goes down whole, and with it the bracket, which may not end a line.
        assertThat(lines("旗、乌拉特后旗、乌拉特前旗。出庭率最低的是五原县（50.00%）。较上期"))
                .containsExactly("旗、乌拉特后旗、乌拉特前旗。出庭率最低的是五原县", "（50.00%）。较上期");
    }

    @Test
    void closingPunctuationGoesDownWithTheCharacterBeforeIt() {
        // 28 characters fill the line; "。" may not start the next one, so "县" goes down with it
        assertThat(lines("一二三四五六七八九十一二三四五六七八九十一二三四五六七县。后"))
                .containsExactly("一二三四五六七八九十一二三四五六七八九十一二三四五六七", "县。后");
    }

    @Test
    void anOpeningBracketDoesNotEndALine() {
        assertThat(lines("一二三四五六七八九十一二三四五六七八九十一二三四五六七《八》"))
                .containsExactly("一二三四五六七八九十一二三四五六七八九十一二三四五六七", "《八》");
    }

    @Test
    void aYearIsNotSplitButAWordLongerThanTheLineIs() {
        assertThat(lines("一二三四五六七八九十一二三四五六七八九十一二三四五六七2025年"))
                .containsExactly("一二三四五六七八九十一二三四五六七八九十一二三四五六七", "2025年");
        String digits = "1234567890".repeat(6);
        assertThat(lines(digits)).containsExactly(digits.substring(0, 56), digits.substring(56));
    }

    @Test
    void aSpaceAtABreakDoesNotStartTheNextLine() {
        // the 督办表's 最新进展 cell, five cells wide: "2026-03-20" fills it, the space after it goes with the break
        Paragraph p = new Paragraph(List.of(Run.of("2026-03-20 已办结，已制定")), Align.LEFT, 0, 0, 0, false);
        assertThat(LineBreaker.lines(p, Face.FANGSONG, 5).stream()
                .map(l -> String.join("", l.glyphs().stream().map(LineBreaker.Glyph::text).toList())))
                .containsExactly("2026-03-20", "已办结，已", "制定");
    }
}
