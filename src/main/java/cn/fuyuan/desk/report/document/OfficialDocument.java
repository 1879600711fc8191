package cn.fuyuan.desk.report.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One official document (公文) as content. Built once by a feature from its figures and rendered to PDF, DOCX and
 * XLSX by {@link DocumentRenderer}; the layout is {@link Gbt9704}'s, not the feature's.
 *
 * @param title       the document's own title (2号 小标宋, centred; also the file metadata title). A {@code '\n'}
 *                    in it is where a long title breaks; without one the renderer breaks a long title at a
 *                    meaningful point (after 关于…的, a 、 or a closing bracket) and balances the lines
 * @param redHeading  the 红头 mark (e.g. 府院联动联席会议纪要) printed in red above a red rule, or null
 * @param number      发文字号 (巴法建〔2025〕3号) or null
 * @param recipient   主送 line, ending with a full-width colon, or null
 * @param body        the blocks in reading order
 * @param attachments 附件说明 names, numbered by the renderer when there are several
 * @param signature   署名 and 成文日期, or null
 * @param note        附注 without its brackets (联系人：…，联系电话：…), or null
 * @param imprint     版记 at the last page's foot, or null
 * @param author      metadata author (the issuing court or office)
 * @param archival    write the PDF as PDF/A-2b
 * @param pageNumbers print page numbers (§7.5)
 * @param landscape   printed across an A4 page turned (a table of many columns: §10.2), the 版心 turned with it
 */
public record OfficialDocument(String title, String redHeading, String number, String recipient, List<Block> body,
                               List<String> attachments, Signature signature, String note, Imprint imprint,
                               String author, boolean archival, boolean pageNumbers, boolean landscape) {
    public OfficialDocument {
        Objects.requireNonNull(title, "title");
        body = List.copyOf(body);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A document on an upright page. */
    public OfficialDocument(String title, String redHeading, String number, String recipient, List<Block> body,
                            List<String> attachments, Signature signature, String note, Imprint imprint,
                            String author, boolean archival, boolean pageNumbers) {
        this(title, redHeading, number, recipient, body, attachments, signature, note, imprint, author, archival,
                pageNumbers, false);
    }

    /** The title on one line, as the file's metadata carries it. */
    public String plainTitle() {
        return title.replace("\n", "");
    }

    /** The same document written archival (PDF/A-2b) or not. */
    public OfficialDocument archival(boolean archival) {
        return new OfficialDocument(title, redHeading, number, recipient, body, attachments, signature, note, imprint, author,
                archival, pageNumbers, landscape);
    }

    /** The tables of the body, in order. */
    public List<Table> tables() {
        return body.stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }

    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** Collects a document block by block. */
    public static final class Builder {
        private final String title;
        private String redHeading;
        private String number;
        private String recipient;
        private final List<Block> body = new ArrayList<>();
        private final List<String> attachments = new ArrayList<>();
        private Signature signature;
        private String note;
        private Imprint imprint;
        private String author;
        private boolean archival;
        private boolean pageNumbers = true;
        private boolean landscape;

        private Builder(String title) {
            this.title = Objects.requireNonNull(title, "title");
        }

        public Builder redHeading(String mark) {
            this.redHeading = mark;
            return this;
        }

        public Builder number(String number) {
            this.number = number;
            return this;
        }

        public Builder recipient(String recipient) {
            this.recipient = recipient;
            return this;
        }

        public Builder heading(int level, String text) {
            body.add(new Heading(level, text));
            return this;
        }

        /** A body paragraph (justified, indented two characters). */
        public Builder paragraph(String text) {
            body.add(Paragraph.of(text));
            return this;
        }

        public Builder add(Block block) {
            body.add(Objects.requireNonNull(block, "block"));
            return this;
        }

        public Builder addAll(List<? extends Block> blocks) {
            blocks.forEach(this::add);
            return this;
        }

        public Builder table(Table table) {
            return add(table);
        }

        public Builder chart(Chart chart) {
            return add(chart);
        }

        public Builder pageBreak() {
            return add(new PageBreak());
        }

        public Builder attachment(String name) {
            attachments.add(name);
            return this;
        }

        public Builder signature(String signer, LocalDate date) {
            this.signature = Signature.of(signer, date);
            return this;
        }

        public Builder signature(Signature signature) {
            this.signature = signature;
            return this;
        }

        public Builder note(String note) {
            this.note = note;
            return this;
        }

        public Builder imprint(Imprint imprint) {
            this.imprint = imprint;
            return this;
        }

        public Builder author(String author) {
            this.author = author;
            return this;
        }

        public Builder archival(boolean archival) {
            this.archival = archival;
            return this;
        }

        public Builder pageNumbers(boolean pageNumbers) {
            this.pageNumbers = pageNumbers;
            return this;
        }

        /** Print across an A4 page turned (a wide table). */
        public Builder landscape(boolean landscape) {
            this.landscape = landscape;
            return this;
        }

        public OfficialDocument build() {
            return new OfficialDocument(title, redHeading, number, recipient, body, attachments, signature, note, imprint,
                    author, archival, pageNumbers, landscape);
        }
    }
}
