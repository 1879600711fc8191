package cn.fuyuan.desk.appearance;

import cn.fuyuan.desk.i18n.Messages;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statistics period: a quarter ({@code 2025Q3}) or a year ({@code 2025}), both ends inclusive.
 *
 * @param quarter 1–4, or 0 for a whole year
 */
public record Period(int year, int quarter) {
    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:\\s*[Qq]([1-4]))?");

    public Period {
        if (quarter < 0 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
    }

    public static Period parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException(Messages.get("appearance.badPeriod", text));
        }
        return new Period(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
    }

    public static Period quarterOf(LocalDate d) {
        return new Period(d.getYear(), (d.getMonthValue() - 1) / 3 + 1);
    }

    public boolean isYear() {
        return quarter == 0;
    }

    public LocalDate from() {
        return isYear() ? LocalDate.of(year, 1, 1) : LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate to() {
        return isYear() ? LocalDate.of(year, 12, 31) : from().plusMonths(3).minusDays(1);
    }

    public boolean contains(LocalDate d) {
        return d != null && !d.isBefore(from()) && !d.isAfter(to());
    }

    /** The quarter or year before. */
    public Period previous() {
        if (isYear()) {
            return new Period(year - 1, 0);
        }
        return quarter == 1 ? new Period(year - 1, 4) : new Period(year, quarter - 1);
    }

    /** 2025Q3 or 2025. */
    @Override
    public String toString() {
        return isYear() ? String.valueOf(year) : year + "Q" + quarter;
    }

    /** 2025年第三季度 or 2025年 (as printed in the bulletin). */
    public String chinese() {
        return isYear() ? year + "年" : year + "年第" + "一二三四".charAt(quarter - 1) + "季度";
    }
}
