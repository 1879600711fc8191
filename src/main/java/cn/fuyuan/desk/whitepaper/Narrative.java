package cn.fuyuan.desk.whitepaper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chapter's words. One paragraph per line; a line starting with {@code ## } is a sub-heading. A figure the words
 * quote is marked {@code ⟦key=value⟧} (key of {@link ChapterFigures#figures()}), so that regenerating the figures
 * can put the new value in and say where it changed, and printing shows the value alone.
 */
public final class Narrative {
    /** A quoted figure: ⟦key=value⟧. */
    public static final Pattern MARK = Pattern.compile("⟦([A-Za-z0-9_.]+)=([^⟧]*)⟧");
    public static final String SUBHEADING = "## ";

    /** A quoted figure whose value is not the figure's value any more. */
    public record Change(Chapter chapter, String key, String label, String quoted, String now) {
    }

    /** The words after a refresh and the quoted figures that changed. */
    public record Refreshed(String text, List<Change> changes) {
    }

    /** One printed block: a sub-heading or a paragraph, with the marks replaced by their values. */
    public record Block(boolean subheading, String text) {
    }

    private Narrative() {
    }

    /** ⟦key=value⟧ for the figure of that key. */
    public static String mark(String key, ChapterFigures f) {
        String v = f.value(key);
        if (v == null) {
            throw new IllegalArgumentException("no figure " + key);
        }
        return "⟦" + key + "=" + v + "⟧";
    }

    /** The text with every mark replaced by its value (as printed). */
    public static String plain(String text) {
        return MARK.matcher(text == null ? "" : text).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
    }

    /** The printed blocks: paragraphs and sub-headings, blank lines dropped. */
    public static List<Block> blocks(String text) {
        List<Block> out = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            boolean sub = l.startsWith(SUBHEADING.strip());
            out.add(new Block(sub, plain(sub ? l.substring(2).strip() : l)));
        }
        return out;
    }

    /**
     * Puts the current value of each quoted figure into the words and lists the ones that changed. The words
     * themselves are kept; a mark whose figure the chapter no longer has is kept as it is and reported (now = null).
     */
    public static Refreshed refresh(Chapter chapter, String text, Map<String, ChapterFigures.Figure> figures) {
        List<Change> changes = new ArrayList<>();
        Matcher m = MARK.matcher(text == null ? "" : text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String quoted = m.group(2);
            ChapterFigures.Figure f = figures.get(key);
            if (f == null) {
                changes.add(new Change(chapter, key, key, quoted, null));
                m.appendReplacement(sb, Matcher.quoteReplacement(m.group()));
            } else {
                if (!f.value().equals(quoted)) {
                    changes.add(new Change(chapter, key, f.label(), quoted, f.value()));
                }
                m.appendReplacement(sb, Matcher.quoteReplacement("⟦" + key + "=" + f.value() + "⟧"));
            }
        }
        m.appendTail(sb);
        return new Refreshed(sb.toString(), changes);
    }
}
