package cn.fuyuan.desk.report.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a paragraph into lines of grid cells (one cell per full-width character, half a cell per half-width one),
 * with the Chinese line-breaking rules a typesetter keeps: no closing punctuation at the start of a line, no opening
 * bracket at its end, no break inside a run of digits and Latin letters (2025, 75.00%, A12).
 */
final class LineBreaker {
    private LineBreaker() {
    }

    /** A character placed at a cell position (in cells from the line's start edge) in a face. */
    record Glyph(String text, double cell, double cells, Face face) {
    }

    /** A line: its glyphs, the cells they take, and whether it ends its paragraph. */
    record Line(List<Glyph> glyphs, double used, double start, double capacity, boolean last) {
    }

    private static final String NO_START = "，。、；：？！）》」』】〕…—’”%·.,;:!?)]";
    private static final String NO_END = "（《「『【〔‘“([";

    private record Ch(String s, double w, Face face, boolean word) {
    }

    static List<Line> lines(Paragraph p, Face defaultFace, double width) {
        List<Ch> chars = new ArrayList<>();
        for (Run r : p.runs()) {
            Face f = r.face() == null ? defaultFace : r.face();
            String t = r.text();
            for (int i = 0; i < t.length(); ) {
                int cp = t.codePointAt(i);
                int n = Character.charCount(cp);
                String s = t.substring(i, i + n);
                boolean word = cp < 0x2000 && (Character.isLetterOrDigit(cp) || cp == '.' || cp == '%' || cp == '-' || cp == '+');
                chars.add(new Ch(s, Gbt9704.cells(cp), f, word));
                i += n;
            }
        }
        List<Line> out = new ArrayList<>();
        int i = 0;
        boolean first = true;
        while (i < chars.size() || first) {
            // a space where a line breaks is not carried to the next line's start ("2026-03-20 已办结" in a cell)
            while (!first && i < chars.size() && chars.get(i).s.equals(" ")) {
                i++;
            }
            if (!first && i >= chars.size()) {
                break;
            }
            double start = first ? p.firstIndent() : p.leftIndent();
            double cap = width - start - p.rightIndent();
            int j = i;
            double used = 0;
            while (j < chars.size() && used + chars.get(j).w <= cap + 1e-9) {
                used += chars.get(j).w;
                j++;
            }
            if (j < chars.size() && j > i) {
                int k = adjust(chars, i, j);
                if (k > i) {
                    j = k;
                }
            }
            List<Glyph> glyphs = new ArrayList<>();
            double at = 0;
            for (int k = i; k < j; k++) {
                Ch c = chars.get(k);
                glyphs.add(new Glyph(c.s, at, c.w, c.face));
                at += c.w;
            }
            out.add(new Line(glyphs, at, start, cap, j >= chars.size()));
            i = j;
            first = false;
            if (chars.isEmpty()) {
                break;
            }
        }
        return out;
    }

    /**
     * The end of a line that would end at j: moved back so that no rule is broken (never below i + 1). The rules are
     * applied until none moves the break: moving back for a closing mark can land inside a word ("（50.0" | "0%）"
     * when the line is full at "%"), and moving back for a word can put an opening bracket at the line's end.
     */
    private static int adjust(List<Ch> chars, int i, int j) {
        int k = j;
        for (int before = -1; before != k; ) {
            before = k;
            k = wholeWord(chars, i, k);
            // closing punctuation does not start a line: take the character before it down too
            while (k > i + 1 && k < chars.size() && NO_START.contains(chars.get(k).s)) {
                k--;
            }
            // an opening bracket does not end a line
            while (k > i + 1 && NO_END.contains(chars.get(k - 1).s)) {
                k--;
            }
        }
        return k;
    }

    /** k moved back to the start of the word of digits / letters it would split; a word longer than the line is split. */
    private static int wholeWord(List<Ch> chars, int i, int k) {
        int w = k;
        while (w > i + 1 && w < chars.size() && chars.get(w).word && chars.get(w - 1).word) {
            w--;
        }
        if (w == i + 1 && w < chars.size() && chars.get(w).word && chars.get(w - 1).word) {
            return k; // a word longer than the line: split it where the line is full
        }
        return w;
    }
}
