package cn.fuyuan.desk.app;

import cn.fuyuan.desk.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 使用说明: one page per section, shipped as resources {@code /cn/fuyuan/desk/help/<section>.md} (Chinese) and
 * {@code <section>_en.md} (English), in a small Markdown subset — {@code #} and {@code ##} headings, paragraphs,
 * {@code -} bullets and {@code 1.} steps — read into blocks that {@link HelpWindow} lays out.
 */
final class Help {
    enum Kind { TITLE, HEADING, PARAGRAPH, BULLET, STEP }

    /** One block of a page; a step keeps its number as written. */
    record Block(Kind kind, String text, String number) {
    }

    private Help() {
    }

    static String resource(Section s, Locale locale) {
        String base = "/cn/fuyuan/desk/help/" + s.name().toLowerCase(Locale.ROOT);
        return "en".equals(locale.getLanguage()) ? base + "_en.md" : base + ".md";
    }

    /** The page's text in the language, or null when it is not shipped. */
    static String text(Section s, Locale locale) {
        try (InputStream in = Help.class.getResourceAsStream(resource(s, locale))) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Block> page(Section s, Locale locale) {
        String t = text(s, locale);
        return t == null ? List.of(new Block(Kind.PARAGRAPH, Messages.get("help.missing"), null)) : parse(t);
    }

    /** Lines into blocks: a paragraph runs on over lines until a blank line or another block. */
    static List<Block> parse(String text) {
        List<Block> out = new ArrayList<>();
        StringBuilder para = null;
        Kind kind = null;
        String number = null;
        for (String raw : text.replace("\r", "").split("\n", -1)) {
            String line = raw.strip();
            Kind k = null;
            String n = null;
            String body = line;
            if (line.startsWith("## ")) {
                k = Kind.HEADING;
                body = line.substring(3);
            } else if (line.startsWith("# ")) {
                k = Kind.TITLE;
                body = line.substring(2);
            } else if (line.startsWith("- ")) {
                k = Kind.BULLET;
                body = line.substring(2);
            } else if (line.matches("\\d+\\.\\s.*")) {
                k = Kind.STEP;
                n = line.substring(0, line.indexOf('.'));
                body = line.substring(line.indexOf('.') + 1);
            }
            if (line.isEmpty() || k != null) {
                if (para != null) {
                    out.add(new Block(kind, para.toString().strip(), number));
                    para = null;
                }
                if (k == Kind.TITLE || k == Kind.HEADING) {
                    out.add(new Block(k, body.strip(), null));
                } else if (k != null) {
                    para = new StringBuilder(body.strip());
                    kind = k;
                    number = n;
                }
                continue;
            }
            if (para == null) {
                para = new StringBuilder(line);
                kind = Kind.PARAGRAPH;
                number = null;
            } else {
                // a Chinese line runs on without a space, an English one with
                char last = para.charAt(para.length() - 1);
                para.append(last < 0x2E80 && line.charAt(0) < 0x2E80 ? " " : "").append(line);
            }
        }
        if (para != null) {
            out.add(new Block(kind, para.toString().strip(), number));
        }
        return out;
    }
}
