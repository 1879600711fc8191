package cn.fuyuan.desk.suggestion;

import cn.fuyuan.desk.i18n.ChineseNumerals;
import java.time.LocalDate;

/** Words of the printed documents: Chinese ordinals, the date line, the 案号 list. */
public final class SuggestionText {
    private SuggestionText() {
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (1–99): {@link ChineseNumerals}. */
    public static String chinese(int n) {
        return ChineseNumerals.of(n);
    }

    /** A count of months as written in a letter: 两个月, 三个月, 一个月. */
    public static String months(int n) {
        return (n == 2 ? "两" : chinese(n)) + "个月";
    }

    /** The date line in Arabic numerals (GB/T 9704-2012 §7.3.5.3): 2025年3月1日. */
    public static String date(LocalDate d) {
        return d == null ? "" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
