package cn.fuyuan.desk.suggestion;

import java.util.Arrays;
import java.util.Optional;

/** Type of a letter (个案 / 类案 / 综合治理). Stored by code; printed and imported by its Chinese label. */
public enum SuggestionKind {
    INDIVIDUAL("个案"),
    CATEGORY("类案"),
    GOVERNANCE("综合治理");

    private final String zh;

    SuggestionKind(String zh) {
        this.zh = zh;
    }

    /** The Chinese label of documents and import files. */
    public String zh() {
        return zh.split("/")[0];
    }

    /** Message key of the label in the UI's language. */
    public String messageKey() {
        return "suggestion.kind." + name();
    }

    /** The UI label. */
    public String label() {
        return cn.fuyuan.desk.i18n.Messages.get(messageKey());
    }

    /** By Chinese label (any of the variants separated by '/') or code. */
    public static Optional<SuggestionKind> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(values())
                .filter(v -> v.name().equalsIgnoreCase(t) || Arrays.asList(v.zh.split("/")).contains(t)
                        || v.zh.split("/")[0].equals(t))
                .findFirst();
    }

    @Override
    public String toString() {
        return zh.split("/")[0];
    }
}
