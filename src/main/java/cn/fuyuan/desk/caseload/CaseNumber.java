package cn.fuyuan.desk.caseload;

import cn.fuyuan.desk.i18n.Messages;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 案号 (domain.md §4 and §11): {@code （收案年度）法院代字[专门审判代字]类型代字案件编号号}, e.g. （2025）内08行初12号 or
 * （2019）最高法知行终235号, and the form before 2016 as registers and judgments still hold it,
 * {@code （2014）一中行（知）初字第9163号}. Input may use half-width or other brackets ({@code ()}, {@code 〔〕}, {@code []},
 * mixed) and stray spaces; the normal form has full-width round brackets, no spaces and no leading zeros
 * ({@code 第00142号} is {@code 第142号}); an old-form number keeps its old form. Non-administrative numbers (行保, 民, 刑,
 * 执, 委赔) and agencies' document numbers are refused, and {@link #refusal} says why. Used wherever a case number is
 * typed, imported or printed.
 *
 * @param year      收案年度, e.g. 2025
 * @param courtCode 法院代字 incl. a 专门审判代字 if any, e.g. 内08, 内0802, 最高法知; in the old form the court's
 *                  abbreviation, e.g. 一中
 * @param type      administrative type code, e.g. 行初 (for an old-form number the current code it stands for)
 * @param number    案件编号, e.g. 12
 * @param oldForm   for a number in the form before 2016, what stands between the court and {@code 第}, e.g. 行（知）初字;
 *                  null for the current form
 */
public record CaseNumber(int year, String courtCode, String type, int number, String oldForm) {

    /** A number in the current form. */
    public CaseNumber(int year, String courtCode, String type, int number) {
        this(year, courtCode, type, number, null);
    }

    /** Administrative type codes (longest first, so that 行赔初 wins over 行初 … when matching). */
    public static final List<String> TYPES = List.of(
            "行赔初", "行赔终", "行赔监", "行赔申", "行赔抗", "行赔再", "行赔他", "行审复",
            "行辖终", "行初", "行终", "行监", "行申", "行抗", "行再", "行审", "行他", "行辖");

    /** 专门审判代字 (法〔2018〕335号): one character after the court code, e.g. 知 in 最高法知行终. */
    static final String SPECIALTY = "[知金环]";

    /** Court code: 最高法, or a province abbreviation with 0, 2 or 4 digits (内, 内08, 内0802, 京73, 苏8601). */
    static final String COURT = "(?:最高法|[\\u4e00-\\u9fa5](?:\\d{4}|\\d{2})?)" + SPECIALTY + "?";

    private static final String OPEN = "[（(〔\\[［]";
    private static final String CLOSE = "[）)〕\\]］]";

    /** The normal form. Group 1 year, 2 court code, 3 type, 4 number. */
    public static final Pattern NORMAL = Pattern.compile(
            "（(\\d{4})）(" + COURT + ")(" + String.join("|", TYPES) + ")([1-9]\\d{0,5})号");

    private static final Pattern LOOSE = Pattern.compile(
            OPEN + "\\s*(\\d{4})\\s*" + CLOSE + "\\s*(" + COURT + ")\\s*(" + String.join("|", TYPES) + ")\\s*第?\\s*(\\d{1,6})\\s*号");

    /**
     * The form before 2016: court abbreviation (1–6 characters: 海, 金堂, 一中, 津高, 渝四中法), 行 or 行赔, an optional
     * bracketed 专门审判 character ((知)), the old type (初, 终, 再终 …), 字第, the number. Groups: 1 year, 2 court, 3 赔,
     * 4 bracketed character, 5 type, 6 number.
     */
    private static final Pattern OLD = Pattern.compile(
            OPEN + "\\s*(\\d{4})\\s*" + CLOSE + "\\s*([\\u4e00-\\u9fa5]{1,6}?)\\s*行(赔)?\\s*(?:" + OPEN + "\\s*([\\u4e00-\\u9fa5])\\s*" + CLOSE
                    + ")?\\s*(再终|审复|辖终|初|终|再|监|申|提|抗|审|他|辖)\\s*字\\s*第\\s*(\\d{1,6})\\s*号");

    /** The current type an old type stands for (提 and 再终 were retrials). */
    private static final Map<String, String> OLD_TYPES = Map.ofEntries(Map.entry("初", "初"), Map.entry("终", "终"),
            Map.entry("再", "再"), Map.entry("再终", "再"), Map.entry("提", "再"), Map.entry("监", "监"), Map.entry("申", "申"),
            Map.entry("抗", "抗"), Map.entry("审", "审"), Map.entry("审复", "审复"), Map.entry("他", "他"), Map.entry("辖", "辖"),
            Map.entry("辖终", "辖终"));

    @Override
    public String toString() {
        if (oldForm != null) {
            return "（" + year + "）" + courtCode + oldForm + "第" + number + "号";
        }
        return "（" + year + "）" + courtCode + type + number + "号";
    }

    /** The case number in normal form, or empty when the text is not a case number of an administrative case. */
    public static Optional<CaseNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().replace('\u3000', ' ');
        Matcher m = LOOSE.matcher(t);
        if (m.matches()) {
            return checked(Integer.parseInt(m.group(1)), m.group(2), m.group(3), Integer.parseInt(m.group(4)), null);
        }
        m = OLD.matcher(t);
        if (m.matches()) {
            boolean compensation = m.group(3) != null;
            String type = "行" + (compensation ? "赔" : "") + OLD_TYPES.get(m.group(5));
            if (!TYPES.contains(type)) { // 行赔审复 and the like never existed
                return Optional.empty();
            }
            String old = "行" + (compensation ? "赔" : "") + (m.group(4) == null ? "" : "（" + m.group(4) + "）") + m.group(5) + "字";
            return checked(Integer.parseInt(m.group(1)), m.group(2), type, Integer.parseInt(m.group(6)), old);
        }
        return Optional.empty();
    }

    private static Optional<CaseNumber> checked(int year, String court, String type, int number, String oldForm) {
        if (year < 1990 || year > 2100 || number < 1) {
            return Optional.empty();
        }
        return Optional.of(new CaseNumber(year, court, type, number, oldForm));
    }

    /** What a non-administrative case type code says the case is (行保 before 行, 委赔 before 赔). */
    private static final Pattern OTHER_KIND = Pattern.compile(
            OPEN + "\\s*\\d{4}\\s*" + CLOSE + "\\s*[^\\d\\s]*?\\d*\\s*(行保复|行保|法委赔|委赔|民|刑|执)");

    /** An agency's document number: an issuing agency's code before the year (英府复决〔2018〕2号), or 行复 (行政复议). */
    private static final Pattern DOCUMENT = Pattern.compile(
            "\\s*(?:[^（(〔\\[［\\s\\d]+\\s*" + OPEN + "\\s*\\d{4}\\s*" + CLOSE + ".*|" + OPEN + "\\s*\\d{4}\\s*" + CLOSE + "\\s*[^\\d]{0,6}?行复.*)");

    /**
     * Why the text is not accepted as an administrative case number, in the user's language: a non-administrative case
     * (行保 非诉行为保全, 民, 刑, 执, 委赔 国家赔偿), an agency's document number, or not a case number at all (with the form).
     */
    public static String refusal(String text) {
        String t = text == null ? "" : text.strip();
        Matcher m = OTHER_KIND.matcher(t);
        if (m.lookingAt()) {
            String kind = switch (m.group(1)) {
                case "行保", "行保复" -> Messages.get("case.kind.preservation");
                case "委赔", "法委赔" -> Messages.get("case.kind.stateCompensation");
                case "民" -> Messages.get("case.kind.civil");
                case "刑" -> Messages.get("case.kind.criminal");
                default -> Messages.get("case.kind.enforcement");
            };
            return Messages.get("case.notAdministrative", t, kind);
        }
        if (DOCUMENT.matcher(t).matches()) {
            return Messages.get("case.documentNumber", t);
        }
        return Messages.get("case.badNumber", t);
    }

    /** Parses or throws IllegalArgumentException with a message that quotes the text and says why it is refused. */
    public static CaseNumber of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException(refusal(text)));
    }

    /** Normalises the text to the normal form, or returns empty. */
    public static Optional<String> normalise(String text) {
        return parse(text).map(CaseNumber::toString);
    }

    /** First-instance case (行初, or 行赔初 for compensation; 初字 in the old form). */
    public boolean firstInstance() {
        return type.equals("行初") || type.equals("行赔初");
    }

    /** Second-instance case (行终, or 行赔终 for compensation; 终字 in the old form); not 行辖终, an appeal on jurisdiction. */
    public boolean secondInstance() {
        return type.equals("行终") || type.equals("行赔终");
    }
}
