package cn.fuyuan.desk.suggestion;

import java.util.Arrays;
import java.util.Optional;

/** Who approved a letter for signing. Stored by code; printed and imported by its Chinese label. */
public enum Approver {
    COMMITTEE("审判委员会/审委会"),
    PRESIDENT("院长"),
    VICE_PRESIDENT("副院长");

    private final String zh;

    Approver(String zh) {
        this.zh = zh;
    }

    /** The Chinese label of documents and import files. */
    public String zh() {
        return zh.split("/")[0];
    }

    /** Message key of the label in the UI's language. */
    public String messageKey() {
        return "suggestion.approver." + name();
    }

    /** The UI label. */
    public String label() {
        return cn.fuyuan.desk.i18n.Messages.get(messageKey());
    }

    /** By Chinese label (any of the variants separated by '/') or code. */
    public static Optional<Approver> parse(String text) {
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
