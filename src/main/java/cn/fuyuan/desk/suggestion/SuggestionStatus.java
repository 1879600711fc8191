package cn.fuyuan.desk.suggestion;

import java.util.Arrays;
import java.util.Optional;

/** Where a letter is in its life (domain.md §1). Stored by code; printed and imported by its Chinese label. */
public enum SuggestionStatus {
    DRAFT("草稿"),
    PENDING("待审批"),
    SIGNED("已签发"),
    DELIVERED("已送达"),
    REPLIED("已回复"),
    CLOSED("已办结"),
    WITHDRAWN("已撤回");

    private final String zh;

    SuggestionStatus(String zh) {
        this.zh = zh;
    }

    /** The Chinese label of documents and import files. */
    public String zh() {
        return zh.split("/")[0];
    }

    /** Message key of the label in the UI's language. */
    public String messageKey() {
        return "suggestion.status." + name();
    }

    /** The UI label. */
    public String label() {
        return cn.fuyuan.desk.i18n.Messages.get(messageKey());
    }

    /** By Chinese label (any of the variants separated by '/') or code. */
    public static Optional<SuggestionStatus> parse(String text) {
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
