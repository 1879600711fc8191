package cn.fuyuan.desk.report.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A document laid out as a sequence of items in GB/T 9704 order — the part of the layout both renderers share, so
 * the PDF and the DOCX have the same paragraphs with the same roles, indents and keeps.
 */
final class Flow {
    private Flow() {
    }

    enum Role { TITLE, NUMBER, RECIPIENT, BODY, HEADING1, HEADING2, HEADING3, HEADING4, ATTACHMENT, SIGNER, DATE, NOTE, BLANK }

    sealed interface Item permits Text, TableItem, ChartItem, Break, RedHead, ImprintItem, CoverItem, ContentsItem {
    }

    /**
     * One paragraph on the grid.
     *
     * @param keepWithNext stays on the page of the next item
     * @param group        items with the same non-zero group stay on one page (署名 and 成文日期)
     */
    record Text(Role role, Paragraph paragraph, Face face, float size, boolean keepWithNext, int group) implements Item {
        boolean blank() {
            return paragraph.runs().isEmpty() || paragraph.text().isEmpty();
        }
    }

    record TableItem(Table table) implements Item {
    }

    record ChartItem(Chart chart) implements Item {
    }

    record Break() implements Item {
    }

    record RedHead(String mark, String number) implements Item {
    }

    record ImprintItem(Imprint imprint) implements Item {
    }

    record CoverItem(Cover cover) implements Item {
    }

    /**
     * A table of contents and its entries: {@code heading} is the entry's heading's position among the document's
     * headings (0-based, every level), by which a renderer finds the page it is printed on.
     */
    record ContentsItem(Contents contents, List<Entry> entries) implements Item {
    }

    record Entry(int level, String text, int heading) {
    }

    static List<Item> of(OfficialDocument d) {
        List<Item> out = new ArrayList<>();
        boolean red = d.redHeading() != null && !d.redHeading().isBlank();
        boolean cover = !d.body().isEmpty() && d.body().get(0) instanceof Cover;
        if (cover) {
            // the cover carries the title
        } else if (red) {
            out.add(new RedHead(d.redHeading(), d.number()));
        } else {
            for (String line : titleLines(d.title())) {
                out.add(text(Role.TITLE, new Paragraph(List.of(Run.of(line)), Align.CENTER, 0, 0, 0, true), Face.TITLE,
                        Gbt9704.TITLE_PT, true));
            }
            if (d.number() != null && !d.number().isBlank()) {
                out.add(text(Role.NUMBER, new Paragraph(List.of(Run.of(d.number())), Align.CENTER, 0, 0, 0, true),
                        Face.FANGSONG, Gbt9704.BODY_PT, true));
            }
            out.add(text(Role.BLANK, Paragraph.blank(), Face.FANGSONG, Gbt9704.BODY_PT, true));
        }
        if (d.recipient() != null && !d.recipient().isBlank()) {
            out.add(text(Role.RECIPIENT, Paragraph.flush(d.recipient()), Face.FANGSONG, Gbt9704.BODY_PT, false));
        }
        List<Block> body = d.body();
        for (int k = 0; k < body.size(); k++) {
            Block b = body.get(k);
            if (b instanceof Cover c) {
                out.add(new CoverItem(c));
            } else if (b instanceof Contents c) {
                out.add(new ContentsItem(c, entries(c, body, k)));
            } else if (b instanceof Heading h) {
                out.add(text(Role.values()[Role.HEADING1.ordinal() + h.level() - 1],
                        new Paragraph(List.of(Run.of(h.text())), Align.JUSTIFY, 2, 0, 0, true), h.face(), Gbt9704.BODY_PT, true));
            } else if (b instanceof Paragraph p) {
                out.add(text(p.text().isEmpty() ? Role.BLANK : Role.BODY, p, Face.FANGSONG, Gbt9704.BODY_PT, p.keepWithNext()));
            } else if (b instanceof Table t) {
                out.add(new TableItem(t));
            } else if (b instanceof Chart c) {
                out.add(new ChartItem(c));
            } else {
                out.add(new Break());
            }
        }
        List<String> att = d.attachments();
        if (!att.isEmpty()) {
            out.add(text(Role.BLANK, Paragraph.blank(), Face.FANGSONG, Gbt9704.BODY_PT, true));
            double label = Gbt9704.cells("附件：");
            for (int i = 0; i < att.size(); i++) {
                String num = att.size() > 1 ? (i + 1) + "．" : "";
                String line = (i == 0 ? "附件：" : "") + num + att.get(i);
                double first = i == 0 ? 2 : 2 + label;
                out.add(text(Role.ATTACHMENT, new Paragraph(List.of(Run.of(line)), Align.LEFT, first,
                        2 + label + Gbt9704.cells(num), 0, false), Face.FANGSONG, Gbt9704.BODY_PT, i + 1 < att.size()));
            }
        }
        Signature s = d.signature();
        if (s != null && (!s.signers().isEmpty() || s.date() != null)) {
            int g = 1;
            out.add(new Text(Role.BLANK, Paragraph.blank(), Face.FANGSONG, Gbt9704.BODY_PT, true, g));
            String date = Gbt9704.date(s.date());
            double signerCells = s.signers().stream().mapToDouble(Gbt9704::cells).max().orElse(0);
            double dateCells = Gbt9704.cells(date);
            // §7.3.5.2: signer two characters in from the right; the date's first character two to the right of
            // the signer's; a date longer than that stands two in and pushes the signer left
            double signerRight = 2;
            double dateRight = 28 - (28 - 2 - signerCells + 2) - dateCells;
            if (dateRight < 2) {
                dateRight = 2;
                signerRight = 28 - (28 - 2 - dateCells - 2) - signerCells;
            }
            for (String signer : s.signers()) {
                out.add(new Text(Role.SIGNER, new Paragraph(List.of(Run.of(signer)), Align.RIGHT, 0, 0, signerRight, true),
                        Face.FANGSONG, Gbt9704.BODY_PT, true, g));
            }
            if (s.date() != null) {
                out.add(new Text(Role.DATE, new Paragraph(List.of(Run.of(date)), Align.RIGHT, 0, 0, dateRight, false),
                        Face.FANGSONG, Gbt9704.BODY_PT, d.note() != null, g));
            }
        }
        if (d.note() != null && !d.note().isBlank()) {
            out.add(new Text(Role.NOTE, new Paragraph(List.of(Run.of("（" + d.note() + "）")), Align.LEFT, 2, 2, 0, false),
                    Face.FANGSONG, Gbt9704.BODY_PT, false, 1));
        }
        if (d.imprint() != null) {
            out.add(new ImprintItem(d.imprint()));
        }
        return out;
    }

    /** The entries of contents {@code c} at body index {@code at}: the headings after it down to its depth. */
    private static List<Entry> entries(Contents c, List<Block> body, int at) {
        List<Entry> out = new ArrayList<>();
        int heading = 0;
        for (int k = 0; k < body.size(); k++) {
            if (body.get(k) instanceof Heading h) {
                if (k > at && h.level() <= c.depth()) {
                    out.add(new Entry(h.level(), h.text(), heading));
                }
                heading++;
            }
        }
        return out;
    }

    private static Text text(Role role, Paragraph p, Face face, float size, boolean keep) {
        return new Text(role, p, face, size, keep, 0);
    }

    /** Cells a 2号 title line holds: the block's width over 22 pt. */
    static final int TITLE_CELLS = (int) Math.floor(Gbt9704.textWidthPt() / Gbt9704.TITLE_PT);

    /**
     * The title's lines: the writer's own breaks ({@code '\n'}), else one line when it fits, else two or more lines
     * broken at the most balanced meaningful point — after 关于…, after 的, after 、，, after a closing bracket, after
     * 年/年度/季度 — never inside a word when such a point exists.
     */
    static List<String> titleLines(String title) {
        List<String> out = new ArrayList<>();
        for (String part : title.split("\n")) {
            breakTitle(part.strip(), out);
        }
        return out;
    }

    private static void breakTitle(String t, List<String> out) {
        if (Gbt9704.cells(t) <= TITLE_CELLS) {
            out.add(t);
            return;
        }
        int best = -1;
        double bestScore = Double.MAX_VALUE;
        double total = Gbt9704.cells(t);
        for (int i = 1; i < t.length(); i++) {
            double left = Gbt9704.cells(t.substring(0, i));
            double right = total - left;
            if (left > TITLE_CELLS) {
                break;
            }
            int q = breakQuality(t, i);
            if (q == 0) {
                continue;
            }
            // balance first among good points; the remainder may still be broken again when too long
            double score = Math.abs(Math.min(right, TITLE_CELLS) - left) + (right > TITLE_CELLS ? 100 : 0) - q * 2;
            if (score < bestScore) {
                bestScore = score;
                best = i;
            }
        }
        if (best < 0) {
            // no meaningful point fits: balance the lines
            int i = t.length() / 2;
            while (i > 1 && Gbt9704.cells(t.substring(0, i)) > TITLE_CELLS) {
                i--;
            }
            best = i;
        }
        out.add(t.substring(0, best));
        breakTitle(t.substring(best), out);
    }

    /** How good a break before index i is: 0 = not a meaningful point. */
    private static int breakQuality(String t, int i) {
        char prev = t.charAt(i - 1);
        char next = t.charAt(i);
        if ("，。、；：）》”".indexOf(next) >= 0) {
            return 0;
        }
        if (Character.isDigit(prev) && Character.isDigit(next)) {
            return 0;
        }
        if (t.startsWith("关于", i)) {
            return 3;
        }
        if (i >= 2 && t.startsWith("关于", i - 2)) {
            return 3;
        }
        if (prev == '的' || prev == '、' || prev == '，' || prev == '）' || prev == '》' || prev == '”') {
            return 2;
        }
        if (i >= 2 && (t.startsWith("季度", i - 2) || t.startsWith("年度", i - 2))) {
            return 2;
        }
        if (prev == '年' && !t.startsWith("度", i)) {
            return 1;
        }
        if (next == '（' || next == '《') {
            return 1;
        }
        return 0;
    }
}
