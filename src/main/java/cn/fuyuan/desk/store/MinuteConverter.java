package cn.fuyuan.desk.store;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.jooq.impl.AbstractConverter;

/**
 * A day and time to the minute as the database holds it (a meeting's {@code yyyy-MM-dd'T'HH:mm}) ↔
 * {@link LocalDateTime}; see {@link DateConverter}. Seconds are not stored. NULL and blank text read as none,
 * other text not of that form is refused by {@link LocalDateTime#parse(CharSequence, DateTimeFormatter)}.
 */
public final class MinuteConverter extends AbstractConverter<String, LocalDateTime> {
    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    public MinuteConverter() {
        super(String.class, LocalDateTime.class);
    }

    @Override
    public LocalDateTime from(String text) {
        return text == null || text.isBlank() ? null : LocalDateTime.parse(text, FORMAT);
    }

    @Override
    public String to(LocalDateTime at) {
        return at == null ? null : at.format(FORMAT);
    }
}
