package cn.fuyuan.desk.suggestion;

import java.time.LocalDate;

/** Words of the printed documents: Chinese ordinals, the date line, the 案号 list. */
public final class SuggestionText {
    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private SuggestionText() {
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (1–99). */
    public static String chinese(int n) {
        if (n < 1 || n > 99) {
            return String.valueOf(n);
        }
        if (n < 10) {
            return DIGITS[n];
        }
        String tens = n / 10 == 1 ? "十" : DIGITS[n / 10] + "十";
        return n % 10 == 0 ? tens : tens + DIGITS[n % 10];
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
