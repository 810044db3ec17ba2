package org.fyptracker.platform.time;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * Reads the one form every date in the services' JSON is written in — {@code 2026-06-30} — by hand, and hands every
 * other form to jackson-datatype-jsr310's own deserializer (other forms, arrays, errors and their messages). Its
 * {@code DateTimeFormatter} was what was left of the date parsing on the thread that reads events from Kafka, after
 * {@link UtcInstants} (docs/benchmarks.md, finding 42): each report carries two or three dates.
 */
public final class IsoLocalDates extends StdScalarDeserializer<LocalDate> implements ContextualDeserializer {

    public IsoLocalDates() {
        super(LocalDate.class);
    }

    /** A Jackson module with this deserializer; registered after jsr310's, so it takes precedence. */
    public static SimpleModule module() {
        return new SimpleModule("fyp-iso-local-dates").addDeserializer(LocalDate.class, new IsoLocalDates());
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            LocalDate date = parse(parser.getText());
            if (date != null) {
                return date;
            }
        }
        return LocalDateDeserializer.INSTANCE.deserialize(parser, context);
    }

    /**
     * A property with its own format ({@code @JsonFormat}: a pattern, a shape, leniency, a locale or a zone), or a
     * mapper configured with one for every date, is read by the standard deserializer, as configured. (jsr310's
     * deserializer answers this question with a new copy of itself even when nothing is configured, so the format
     * is looked at here.)
     */
    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
            throws JsonMappingException {
        JsonFormat.Value format = findFormatOverrides(context, property, handledType());
        boolean plain = format == null || !(format.hasPattern() || format.hasShape() || format.hasLenient()
                || format.hasLocale() || format.hasTimeZone());
        return plain ? this : LocalDateDeserializer.INSTANCE.createContextual(context, property);
    }

    /** The date of {@code yyyy-MM-dd}, or null for any other text (or an impossible date). */
    public static LocalDate parse(String text) {
        return text.length() == 10 ? dateAt(text, 0) : null;
    }

    /** The date written as {@code yyyy-MM-dd} from {@code from} on, or null if it is not one. */
    static LocalDate dateAt(String text, int from) {
        if (text.charAt(from + 4) != '-' || text.charAt(from + 7) != '-') {
            return null;
        }
        int year = digits(text, from, 4);
        int month = digits(text, from + 5, 2);
        int day = digits(text, from + 8, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /** The number written by {@code count} ASCII digits from {@code from}; -1 if one is not a digit. */
    static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
