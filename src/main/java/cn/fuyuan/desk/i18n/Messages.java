package cn.fuyuan.desk.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * All user-facing text: {@code cn/fuyuan/desk/i18n/messages*.properties} (UTF-8). Chinese (zh_CN) is the
 * default bundle; English is complete beside it. The window, the command line and the rules share it.
 */
public final class Messages {
    public static final String BUNDLE = "cn.fuyuan.desk.i18n.messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, Locale.ENGLISH);

    private static volatile Locale locale = CHINESE;
    private static volatile ResourceBundle bundle = load(CHINESE);

    private Messages() {
    }

    private static ResourceBundle load(Locale l) {
        // no fallback to the JVM's default locale: zh_CN is the root bundle, English is explicit
        return ResourceBundle.getBundle(BUNDLE, l, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Locale locale() {
        return locale;
    }

    public static void setLocale(Locale l) {
        Locale chosen = l != null && l.getLanguage().equals("en") ? Locale.ENGLISH : CHINESE;
        bundle = load(chosen);
        locale = chosen;
    }

    /** Parses a setting value such as zh_CN or en. */
    public static Locale parseLocale(String tag) {
        if (tag == null || tag.isBlank()) {
            return CHINESE;
        }
        return tag.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : CHINESE;
    }

    public static String tag(Locale l) {
        return l.getLanguage().equals("en") ? "en" : "zh_CN";
    }

    public static boolean has(String key) {
        return bundle.containsKey(key);
    }

    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // row numbers, ids and counts read as written: 1234, not 1,234
            plain[i] = args[i] instanceof Number n ? n.toString() : args[i];
        }
        return new MessageFormat(pattern, locale).format(plain);
    }
}
