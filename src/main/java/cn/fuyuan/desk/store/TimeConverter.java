package cn.fuyuan.desk.store;

import java.time.LocalTime;
import org.jooq.impl.AbstractConverter;

/**
 * A time of day as the database holds it (a hearing's {@code HH:mm}) ↔ {@link LocalTime}; see {@link DateConverter}.
 * Written as {@link LocalTime#toString()} writes it ({@code HH:mm}, with seconds only if it has any); NULL and
 * blank text read as no time, other text that is not a time is refused by {@link LocalTime#parse}.
 */
public final class TimeConverter extends AbstractConverter<String, LocalTime> {
    public TimeConverter() {
        super(String.class, LocalTime.class);
    }

    @Override
    public LocalTime from(String text) {
        return text == null || text.isBlank() ? null : LocalTime.parse(text);
    }

    @Override
    public String to(LocalTime time) {
        return time == null ? null : time.toString();
    }
}
