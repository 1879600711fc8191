package cn.fuyuan.desk.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A coded value (an enum) stored by its code, printed and imported by its Chinese label, and shown in the
 * UI's language. {@link #variants()} lists the Chinese label first, then the other spellings an import
 * file may use (e.g. 采纳, 已采纳).
 */
public interface ChineseCode {

    String name();

    /** The Chinese label first, then accepted variants. */
    List<String> variants();

    /** The prefix of the UI message keys, e.g. "suggestion.adoption." (the key is prefix + code). */
    String messagePrefix();

    /** The Chinese label of documents and import files. */
    default String zh() {
        return variants().get(0);
    }

    /** Message key of the label in the UI's language. */
    default String messageKey() {
        return messagePrefix() + name();
    }

    /** The UI label. */
    default String label() {
        return Messages.get(messageKey());
    }

    /** By Chinese label, one of its variants, or code (case-insensitive); empty for blank or unknown text. */
    static <E extends Enum<E> & ChineseCode> Optional<E> parse(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(type.getEnumConstants())
                .filter(v -> v.name().equalsIgnoreCase(t) || v.variants().contains(t))
                .findFirst();
    }

    /** Splits "采纳/已采纳" into its variants. */
    static List<String> variantsOf(String slashSeparated) {
        return List.of(slashSeparated.split("/"));
    }
}
