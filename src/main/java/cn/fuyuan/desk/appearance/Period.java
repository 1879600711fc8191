package cn.fuyuan.desk.appearance;

import cn.fuyuan.desk.i18n.Messages;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statistics period: a quarter ({@code 2025Q3}) or a year ({@code 2025}), both ends inclusive; or the year to the
 * end of a quarter (1 January to 30 September for {@code 2025Q3}, the bulletin's 年度累计).
 *
 * @param quarter 1–4, or 0 for a whole year
 * @param toDate  from 1 January to the quarter's end (a year is already whole: false)
 */
public record Period(int year, int quarter, boolean toDate) {
    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:\\s*[Qq]([1-4]))?");

    public Period {
        if (quarter < 0 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
        toDate = toDate && quarter != 0;
    }

    /** A quarter (1–4) or a year (0). */
    public Period(int year, int quarter) {
        this(year, quarter, false);
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
        return isYear() || toDate ? LocalDate.of(year, 1, 1) : LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate to() {
        return isYear() ? LocalDate.of(year, 12, 31) : LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1);
    }

    public boolean contains(LocalDate d) {
        return d != null && !d.isBefore(from()) && !d.isAfter(to());
    }

    /** The year to this quarter's end (a year: itself). */
    public Period yearToDate() {
        return new Period(year, quarter, true);
    }

    /** The same period a year before (2025Q3 → 2024Q3; 1–9月 2025 → 1–9月 2024). */
    public Period yearBefore() {
        return new Period(year - 1, quarter, toDate);
    }

    /** The quarter or year before (of a year to date: the same span a year before). */
    public Period previous() {
        if (isYear() || toDate) {
            return yearBefore();
        }
        return quarter == 1 ? new Period(year - 1, 4) : new Period(year, quarter - 1);
    }

    /** 2025Q3 or 2025. */
    @Override
    public String toString() {
        return isYear() ? String.valueOf(year) : year + "Q" + quarter + (toDate ? "YTD" : "");
    }

    /** 2025年第三季度, 2025年1—9月 (to date) or 2025年 (as printed in the bulletin). */
    public String chinese() {
        if (toDate) {
            return year + "年1—" + quarter * 3 + "月";
        }
        return isYear() ? year + "年" : year + "年第" + "一二三四".charAt(quarter - 1) + "季度";
    }
}
