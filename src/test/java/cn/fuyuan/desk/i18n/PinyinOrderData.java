package cn.fuyuan.desk.i18n;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code pinyin-order.txt}: the Han characters of {@link PinyinOrder#RANGES} in ICU's zh pinyin collation order.
 * Run when ICU is upgraded: {@code java -cp target/test-classes:target/classes:<icu4j.jar> cn.fuyuan.desk.i18n.PinyinOrderData}
 * (from the project folder); {@code PinyinOrderTest} fails while the file differs from ICU.
 */
public final class PinyinOrderData {
    static final Path FILE = Path.of("src/main/resources/cn/fuyuan/desk/i18n/pinyin-order.txt");

    private PinyinOrderData() {
    }

    static String order() {
        Collator icu = Collator.getInstance(ULocale.forLanguageTag("zh-u-co-pinyin"));
        List<String> chars = new ArrayList<>();
        for (int[] r : PinyinOrder.RANGES) {
            for (int cp = r[0]; cp <= r[1]; cp++) {
                if (Character.isIdeographic(cp)) {
                    chars.add(new String(Character.toChars(cp)));
                }
            }
        }
        chars.sort((a, b) -> {
            int c = icu.compare(a, b);
            return c != 0 ? c : Integer.compare(a.codePointAt(0), b.codePointAt(0));
        });
        return String.join("", chars) + "\n";
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(FILE, order(), StandardCharsets.UTF_8);
        System.out.println("wrote " + FILE);
    }
}
