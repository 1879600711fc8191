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
    /** Messages.get("key" ... and Messages.get(cond ? "key1" : "key2" ... */
    private static final Pattern USE = Pattern.compile("Messages\\.get\\(\\s*(?:\"([^\"]+)\"|[^\";]*?\\?\\s*\"([^\"]+)\"\\s*:\\s*\"([^\"]+)\")");

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

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Map<String, String> zh = load("messages.properties");
        Path sources = Path.of(System.getProperty("basedir", ".")).resolve("src/main/java");
        assertThat(sources).isDirectory();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = USE.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    for (int g = 1; g <= 3; g++) {
                        if (m.group(g) != null) {
                            used.add(m.group(g));
                        }
                    }
                }
            }
        }
        assertThat(used).as("keys found in the sources").contains("store.locked", "import.rowProblem", "import.summaryDryRun");
        ArrayList<String> missing = new ArrayList<>(used);
        missing.removeAll(zh.keySet());
        assertThat(missing).as("Messages.get keys with no message").isEmpty();
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
