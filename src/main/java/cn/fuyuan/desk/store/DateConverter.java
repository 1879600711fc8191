package cn.fuyuan.desk.store;

import java.time.LocalDate;
import org.jooq.impl.AbstractConverter;

/**
 * A day as the database holds it: ISO text {@code yyyy-MM-dd} ↔ {@link LocalDate}, given to the generated
 * classes by the {@code forcedTypes} of the jOOQ code generation ({@code pom.xml}), so no repository converts by
 * hand. NULL and blank text read as no day; any other text that is not a day of that form is refused with the
 * {@link java.time.format.DateTimeParseException} of {@link LocalDate#parse}, as the repositories' own
 * conversions did.
 */
public final class DateConverter extends AbstractConverter<String, LocalDate> {
    public DateConverter() {
        super(String.class, LocalDate.class);
    }

    @Override
    public LocalDate from(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }

    @Override
    public String to(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
