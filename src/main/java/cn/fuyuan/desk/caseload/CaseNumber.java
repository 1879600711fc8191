package cn.fuyuan.desk.caseload;

import cn.fuyuan.desk.i18n.Messages;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 案号 (domain.md §4): {@code （收案年度）法院代字[专门审判代字]类型代字案件编号号}, e.g. （2025）内08行初12号.
 * Input may use half-width brackets or spaces; the normal form has full-width brackets, no spaces and
 * no leading zeros. Used wherever a case number is typed, imported or printed.
 *
 * @param year      收案年度, e.g. 2025
 * @param courtCode 法院代字 incl. a 专门审判代字 if any, e.g. 内08 or 内0802
 * @param type      administrative type code, e.g. 行初
 * @param number    案件编号, e.g. 12
 */
public record CaseNumber(int year, String courtCode, String type, int number) {

    /** Administrative type codes (longest first, so that 行赔初 wins over 行初 … when matching). */
    public static final List<String> TYPES = List.of(
            "行赔初", "行赔终", "行赔监", "行赔申", "行赔抗", "行赔再", "行赔他", "行审复",
            "行辖终", "行初", "行终", "行监", "行申", "行抗", "行再", "行审", "行他", "行辖");

    /** Court code: 最高法, or a province abbreviation with 0, 2 or 4 digits (内, 内08, 内0802). */
    static final String COURT = "(?:最高法|[\\u4e00-\\u9fa5](?:\\d{4}|\\d{2})?)";

    /** The normal form. Group 1 year, 2 court code, 3 type, 4 number. */
    public static final Pattern NORMAL = Pattern.compile(
            "（(\\d{4})）(" + COURT + ")(" + String.join("|", TYPES) + ")([1-9]\\d{0,5})号");

    private static final Pattern LOOSE = Pattern.compile(
            "[（(]\\s*(\\d{4})\\s*[）)]\\s*(" + COURT + ")\\s*(" + String.join("|", TYPES) + ")\\s*第?\\s*(\\d{1,6})\\s*号");

    @Override
    public String toString() {
        return "（" + year + "）" + courtCode + type + number + "号";
    }

    /** The case number in normal form, or empty when the text is not a case number of an administrative case. */
    public static Optional<CaseNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().replace('\u3000', ' ');
        Matcher m = LOOSE.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int number = Integer.parseInt(m.group(4));
        if (year < 1990 || year > 2100 || number < 1) {
            return Optional.empty();
        }
        return Optional.of(new CaseNumber(year, m.group(2), m.group(3), number));
    }

    /** Parses or throws IllegalArgumentException with a message that quotes the text and shows the form. */
    public static CaseNumber of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException(Messages.get("case.badNumber", text == null ? "" : text.strip())));
    }

    /** Normalises the text to the normal form, or returns empty. */
    public static Optional<String> normalise(String text) {
        return parse(text).map(CaseNumber::toString);
    }

    /** First-instance case (行初, or 行赔初 for compensation). */
    public boolean firstInstance() {
        return type.equals("行初") || type.equals("行赔初");
    }
}
