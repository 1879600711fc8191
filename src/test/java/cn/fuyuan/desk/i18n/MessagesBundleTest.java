package cn.fuyuan.desk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.agency.AgencyLevel;
import cn.fuyuan.desk.settings.ReferenceList;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MessagesBundleTest {
    private static final String DIR = "/cn/fuyuan/desk/i18n/";
    private static final Pattern ARG = Pattern.compile("\\{(\\d+)");

    @AfterEach
    void chinese() {
        Messages.setLocale(Messages.CHINESE);
    }

    private static Map<String, String> load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream(DIR + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> m = new TreeMap<>();
        p.forEach((k, v) -> m.put((String) k, (String) v));
        return m;
    }

    @Test
    void bothBundlesHaveTheSameKeysAndNoBlankValue() throws IOException {
        Map<String, String> zh = load("messages.properties");
        Map<String, String> en = load("messages_en.properties");

        assertThat(zh).isNotEmpty();
        assertThat(new TreeSet<>(en.keySet())).as("keys missing from messages_en.properties")
                .containsAll(zh.keySet());
        assertThat(new TreeSet<>(zh.keySet())).as("keys missing from messages.properties")
                .containsAll(en.keySet());
        zh.forEach((k, v) -> assertThat(v).as("zh " + k).isNotBlank());
        en.forEach((k, v) -> assertThat(v).as("en " + k).isNotBlank());
    }

    @Test
    void translationsTakeTheSameArgumentsAndFormatThemAll() throws IOException {
        Map<String, String> zh = load("messages.properties");
        Map<String, String> en = load("messages_en.properties");
        for (String key : zh.keySet()) {
            Set<String> zhArgs = args(zh.get(key));
            assertThat(args(en.get(key))).as("arguments of " + key).isEqualTo(zhArgs);
            for (Map.Entry<Locale, String> e : Map.of(Locale.SIMPLIFIED_CHINESE, zh.get(key), Locale.ENGLISH, en.get(key)).entrySet()) {
                if (zhArgs.isEmpty()) {
                    continue;
                }
                Object[] values = new Object[zhArgs.stream().mapToInt(Integer::parseInt).max().orElse(0) + 1];
                for (int i = 0; i < values.length; i++) {
                    values[i] = "«ARG" + i + "»";
                }
                String out = new MessageFormat(e.getValue(), e.getKey()).format(values);
                for (String a : zhArgs) {
                    // an unpaired apostrophe would swallow the placeholder
                    assertThat(out).as(key + " in " + e.getKey()).contains("«ARG" + a + "»");
                }
            }
        }
    }

    private static Set<String> args(String pattern) {
        Set<String> out = new TreeSet<>();
        Matcher m = ARG.matcher(pattern);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** Ui.t("key" …, Messages.get("key" …, Ui.button("key" …, Ui.title("key" …, with the key or a ternary of two keys. */
    private static final Pattern GLOBAL_USE = Pattern.compile(
            "(?:Messages\\.get|Ui\\.t|Ui\\.button|Ui\\.title)\\(\\s*(?:\"([^\"]+)\"(?=\\s*[,)])|[^\";]*?\\?\\s*\"([^\"]+)\"\\s*:\\s*\"([^\"]+)\"(?=\\s*[,)]))");
    /** Ui.button("key", "tooltipKey", …). */
    private static final Pattern TOOLTIP_USE = Pattern.compile("Ui\\.button\\(\\s*\"[^\"]+\"\\s*,\\s*\"([^\"]+)\"");
    /** A method or constructor of the file whose first parameter is a message key: {@code col(String key, …)}, {@code StepDialog(String titleKey)}. */
    private static final Pattern KEY_METHOD = Pattern.compile("\\b(\\w+)\\(\\s*String\\s+(?:key|\\w+Key)\\b");
    private static final Pattern OTHER_STRING_METHOD = Pattern.compile("\\b(\\w+)\\(\\s*String\\s+(\\w+)\\s*[,)]");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    /** A literal that is the start of computed keys: "caseload.enum." + …, return "suggestion.status."; */
    private static final Pattern PREFIX = Pattern.compile("[a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_-]+)*\\.");

    private static Map<Path, String> sources() throws IOException {
        Path dir = Path.of(System.getProperty("basedir", ".")).resolve("src/main/java");
        assertThat(dir).isDirectory();
        Map<Path, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                out.put(dir.relativize(f), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    /** The keys the code names as literals: the global helpers, and each file's own helpers that take a key first. */
    static Set<String> literalKeys(Map<Path, String> sources) {
        Set<String> used = new TreeSet<>();
        for (String text : sources.values()) {
            Matcher m = GLOBAL_USE.matcher(text);
            while (m.find()) {
                for (int g = 1; g <= 3; g++) {
                    if (m.group(g) != null) {
                        used.add(m.group(g));
                    }
                }
            }
            m = TOOLTIP_USE.matcher(text);
            while (m.find()) {
                used.add(m.group(1));
            }
            Set<String> methods = new TreeSet<>();
            m = KEY_METHOD.matcher(text);
            while (m.find()) {
                methods.add(m.group(1));
            }
            // a name also declared with a first String that is not a key (text(String id, …) beside text(String key, …)) is left out
            m = OTHER_STRING_METHOD.matcher(text);
            while (m.find()) {
                if (!m.group(2).equals("key") && !m.group(2).endsWith("Key")) {
                    methods.remove(m.group(1));
                }
            }
            for (String method : methods) {
                Matcher call = Pattern.compile("(?<![\\w.])(?:new\\s+|\\w+\\.)?" + method + "\\(\\s*\"([^\"]+)\"").matcher(text);
                while (call.find()) {
                    used.add(call.group(1));
                }
            }
        }
        return used;
    }

    /** The keys computed from coded values: every enum constant's messageKey() or display key, sections, settings. */
    static Set<String> computedKeys(Map<Path, String> sources) throws Exception {
        Set<String> out = new TreeSet<>();
        for (Map.Entry<Path, String> e : sources.entrySet()) {
            if (!e.getValue().contains("enum ")) {
                continue;
            }
            String name = e.getKey().toString().replace('/', '.').replace('\\', '.').replaceAll("\\.java$", "");
            Class<?> type = Class.forName(name, false, MessagesBundleTest.class.getClassLoader());
            for (Class<?> c : Stream.concat(Stream.of(type), Stream.of(type.getDeclaredClasses())).toList()) {
                if (!c.isEnum()) {
                    continue;
                }
                java.lang.reflect.Method key = method(c, "messageKey");
                java.lang.reflect.Method label = method(c, "labelKey");
                for (Object constant : c.getEnumConstants()) {
                    if (key != null) {
                        out.add((String) key.invoke(constant));
                    }
                    if (label != null) {
                        out.add((String) label.invoke(constant));
                    }
                }
                // label(): "caseload.enum." + the enum's simple name + "." + the constant
                if (method(c, "label") != null && e.getValue().contains("\"caseload.enum.\" + getClass().getSimpleName()")) {
                    for (Object constant : c.getEnumConstants()) {
                        out.add("caseload.enum." + c.getSimpleName() + "." + ((Enum<?>) constant).name());
                    }
                }
            }
        }
        for (cn.fuyuan.desk.settings.SettingKey k : cn.fuyuan.desk.settings.SettingKey.featureSettings()) {
            out.add("settings.group." + k.group());
        }
        // the suggestion rules name fields; each field's label is the message suggestion.<field>
        sources.entrySet().stream().filter(e -> e.getKey().endsWith("SuggestionRules.java")).forEach(e -> {
            Matcher f = Pattern.compile("(?:required|label|notBefore)\\(\\s*\"(\\w+)\"(?:\\s*,\\s*\"(\\w+)\")?").matcher(e.getValue());
            while (f.find()) {
                out.add("suggestion." + f.group(1));
                if (f.group(2) != null) {
                    out.add("suggestion." + f.group(2));
                }
            }
        });
        return out;
    }

    private static java.lang.reflect.Method method(Class<?> c, String name) {
        try {
            java.lang.reflect.Method m = c.getMethod(name);
            return m.getReturnType() == String.class ? m : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws Exception {
        Map<String, String> zh = load("messages.properties");
        Map<Path, String> sources = sources();
        Set<String> used = literalKeys(sources);
        assertThat(used).as("keys found in the sources: Messages.get, Ui.t, Ui.button (and its tooltip), a file's own key helpers")
                .contains("store.locked", "import.rowProblem", "suggestion.flag.overdue", "caseload.mapping.col.header",
                        "suggestion.action.reply", "caseload.col.notice", "meeting.attendees", "report.suggestionChase.what");
        Set<String> computed = computedKeys(sources);
        assertThat(computed).as("computed keys").contains("nav.dashboard", "caseload.enum.HeadRank.PRINCIPAL",
                "suggestion.status.DRAFT", "settings.appearance.lateNoticeDays", "settings.group.appearance");
        used.addAll(computed);
        ArrayList<String> missing = new ArrayList<>(used);
        missing.removeAll(zh.keySet());
        assertThat(missing).as("keys the code uses with no message").isEmpty();
    }

    @Test
    void everyMessageIsUsedByTheCode() throws Exception {
        Map<String, String> zh = load("messages.properties");
        Map<Path, String> sources = sources();
        Set<String> literals = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        for (String text : sources.values()) {
            Matcher m = LITERAL.matcher(text);
            while (m.find()) {
                literals.add(m.group(1));
                if (PREFIX.matcher(m.group(1)).matches()) {
                    prefixes.add(m.group(1));
                }
            }
        }
        Set<String> used = new TreeSet<>(literals);
        used.addAll(computedKeys(sources));
        for (cn.fuyuan.desk.settings.SettingKey k : cn.fuyuan.desk.settings.SettingKey.values()) {
            k.choices().forEach(v -> used.add(k.labelKey() + "." + v));   // a choice's label, when it has one
        }
        List<String> unused = new ArrayList<>();
        for (String key : zh.keySet()) {
            boolean isUsed = used.contains(key) || prefixes.stream().anyMatch(p ->
                    // "history.column." + table + "." + column; a one-word prefix ("suggestion." + field) only with a literal field
                    key.startsWith(p) && (p.indexOf('.') < p.length() - 1 || literals.contains(key.substring(p.length()))));
            if (!isUsed) {
                unused.add(key);
            }
        }
        assertThat(unused).as("messages no code uses (delete them, or use them)").isEmpty();
    }

    @Test
    void noDialogTakesJavaFxsButtonsWhoseTextFollowsTheSystemLocale() throws IOException {
        Pattern fixed = Pattern.compile("ButtonType\\.(OK|CANCEL|YES|NO|CLOSE|APPLY|FINISH|NEXT|PREVIOUS)\\b");
        List<String> found = new ArrayList<>();
        for (Map.Entry<Path, String> e : sources().entrySet()) {
            String code = e.getValue().replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
            Matcher m = fixed.matcher(code);
            while (m.find()) {
                found.add(e.getKey() + ": " + m.group());
            }
        }
        assertThat(found).as("use Dialogs.okCancel / okButton / cancelButton (texts in the app's language)").isEmpty();
        // TextInputDialog and ChoiceDialog come with JavaFX's OK / Cancel: each must replace them
        for (Map.Entry<Path, String> e : sources().entrySet()) {
            int made = count(e.getValue(), "new (?:javafx\\.scene\\.control\\.)?(?:TextInputDialog|ChoiceDialog)\\b");
            int replaced = count(e.getValue(), "getButtonTypes\\(\\)\\.setAll\\(Dialogs\\.okButton\\(\\), Dialogs\\.cancelButton\\(\\)\\)");
            assertThat(replaced).as(e.getKey() + ": a TextInputDialog / ChoiceDialog keeps JavaFX's buttons").isGreaterThanOrEqualTo(made);
        }
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void computedKeysExistInBothLanguages() {
        for (Locale l : Messages.SUPPORTED) {
            Messages.setLocale(l);
            for (AgencyLevel level : AgencyLevel.values()) {
                assertThat(Messages.has(level.messageKey())).as(l + " " + level).isTrue();
            }
            for (ReferenceList.Kind kind : ReferenceList.Kind.values()) {
                assertThat(kind.label()).as(l + " " + kind).doesNotStartWith("!");
            }
        }
    }

    @Test
    void localeSwitchesAndNumbersAreNotGrouped() {
        Messages.setLocale(Locale.ENGLISH);
        assertThat(Messages.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(Messages.get("import.rowProblem", 1234, "名称", "x")).isEqualTo("Row 1234, column \"名称\": x");
        Messages.setLocale(Locale.FRENCH); // unsupported: back to Chinese
        assertThat(Messages.locale()).isEqualTo(Messages.CHINESE);
        assertThat(Messages.get("import.rowProblem", 1234, "名称", "x")).isEqualTo("第 1234 行“名称”列：x");
        assertThat(Messages.get("no.such.key")).isEqualTo("!no.such.key!");
        assertThat(Messages.parseLocale("en_US")).isEqualTo(Locale.ENGLISH);
        assertThat(Messages.parseLocale("")).isEqualTo(Messages.CHINESE);
    }
}
