package cn.fuyuan.desk.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Chinese names in pinyin order, as a published ranking lists them within one rate (domain.md §10) — for every Han
 * character of the BMP (CJK Unified Ideographs and Extension A), not only the common ones: the JDK's Chinese collator
 * orders GB2312's second level after all of the first, so 磴口县 (dèng) came after 乌拉特前旗. The order is ICU's zh
 * pinyin collation, shipped as the characters in that order ({@code pinyin-order.txt}, written by the test class
 * {@code PinyinOrderData} and held to ICU by {@code PinyinOrderTest}) so the app does without ICU's 14 MB.
 * As in ICU's order ({@code [reorder Hani]}), digits, punctuation and symbols come before Han characters and letters of
 * other scripts (Latin …) after them; each group by code point.
 */
public final class PinyinOrder {
    /** The ranges the file covers: Extension A and the Unified Ideographs. */
    public static final int[][] RANGES = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}};
    private static final int HAN = 0x110000;
    /** Letters of other scripts: after every Han character. */
    private static final int LETTER = HAN + 0x10000;
    /** Each covered character's place in the order, + 1 (0: not covered); read at the first comparison. */
    private static final class Rank {
        static final char[] OF = load();
    }

    /** Names compared in pinyin order. */
    public static final Comparator<String> NAMES = (a, b) -> Arrays.compare(key(a), key(b));

    private PinyinOrder() {
    }

    private static char[] load() {
        try (InputStream in = PinyinOrder.class.getResourceAsStream("pinyin-order.txt")) {
            if (in == null) {
                throw new IllegalStateException("pinyin-order.txt missing");
            }
            String order = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            char[] rank = new char[0x10000];
            for (int i = 0; i < order.length(); i++) {
                rank[order.charAt(i)] = (char) (i + 1);
            }
            return rank;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sort key: compare two with {@link Arrays#compare(int[], int[])} for the same order as {@link #NAMES}. */
    public static int[] key(String s) {
        int[] k = new int[s.codePointCount(0, s.length())];
        int n = 0;
        char[] rank = Rank.OF;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int r = cp < 0x10000 ? rank[cp] : 0;
            k[n++] = r != 0 ? HAN + r : Character.isLetter(cp) ? LETTER + cp : cp;
            i += Character.charCount(cp);
        }
        return k;
    }
}
