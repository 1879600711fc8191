package cn.fuyuan.desk.i18n;

/** 一、二、… 十一、… 九十九: the numbering of topics and agreed items in the minutes, of problems and suggestions in a letter. */
public final class ChineseNumerals {
    private static final String[] DIGITS = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private ChineseNumerals() {
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五; beyond 99 the Arabic number. */
    public static String of(int n) {
        if (n <= 0 || n > 99) {
            return Integer.toString(n);
        }
        if (n < 10) {
            return DIGITS[n];
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : DIGITS[tens]) + "十" + (ones == 0 ? "" : DIGITS[ones]);
    }
}
