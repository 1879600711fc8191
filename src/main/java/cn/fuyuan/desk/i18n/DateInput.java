package cn.fuyuan.desk.i18n;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reading of a date typed by a person or written in an import cell (issue 12 §1): {@code 2026-12-05},
 * {@code 2026/12/5}, {@code 2026.12.5}, {@code 2026年12月5日} and {@code 20261205} (full-width digits too, spaces
 * around the separators ignored); anything else, or a day that does not exist (2026-02-30), is refused. Dates are
 * shown as {@code 2026-12-05} ({@link #format}) whatever the OS locale. Used by every import date cell and by every
 * date field of the window (through the toolkit's date picker converter).
 */
public final class DateInput {
    /** The forms accepted, as the Chinese messages list them. */
    public static final String FORMS = "2026-12-05、2026/12/5、2026.12.5、2026年12月5日、20261205";

    /** The forms accepted, listed in the user's language (、 in Chinese, commas in English). */
    public static String forms() {
        return Messages.locale().getLanguage().equals("en") ? FORMS.replace("、", ", ") : FORMS;
    }

    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private DateInput() {
    }

    /** The date the text gives, or empty when it is blank or not one of the accepted forms. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = halfWidth(text).strip();
        Matcher m = SEPARATED.matcher(t);
        if (m.matches()) {
            return of(m.group(1), m.group(3), m.group(4));
        }
        m = CHINESE.matcher(t);
        if (m.matches()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT.matcher(t);
        if (m.matches()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        return Optional.empty();
    }

    /**
     * The date the text gives; refuses anything else with a message naming the field, the text and the accepted forms.
     *
     * @param field the field's name as the user sees it (开庭日期)
     */
    public static LocalDate parse(String text, String field) {
        return parse(text).orElseThrow(() -> new Refused(refusal(field, text)));
    }

    /** The message for a text that is not a date: names the field, quotes the text, lists the accepted forms. */
    public static String refusal(String field, String text) {
        return Messages.get("date.refused", field, text == null ? "" : text.strip(), forms());
    }

    /** The message for a cell (the field is named by the row and column around it). */
    public static String cellRefusal(String text) {
        return Messages.get("date.cellRefused", text == null ? "" : text.strip(), forms());
    }

    /** How a date is shown everywhere: ISO, 2026-12-05. */
    public static String format(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static Optional<LocalDate> of(String y, String m, String d) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Full-width digits and separators (２０２６／１２／５) as their ASCII forms. */
    private static String halfWidth(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char r = c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c == '－' ? '-' : c == '／' ? '/' : c == '．' ? '.'
                    : c == '\u3000' ? ' ' : c;
            if (r != c && b == null) {
                b = new StringBuilder(s);
            }
            if (b != null) {
                b.setCharAt(i, r);
            }
        }
        return b == null ? s : b.toString();
    }

    /** A text that is not a date; the message is the user's. */
    public static final class Refused extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message);
        }
    }
}
