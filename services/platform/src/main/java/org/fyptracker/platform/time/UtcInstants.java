package org.fyptracker.platform.time;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the one form every instant in the services' JSON is written in — UTC, {@code 2026-05-10T02:00:00Z} with
 * up to nine digits of fraction — by hand, and hands every other form to jackson-datatype-jsr310's own deserializer
 * (offsets, numbers, leap seconds, errors). {@code DateTimeFormatter} resolving its fields was a quarter of the
 * thread that reads events from Kafka: once for each event's {@code ce_time} (read the same way,
 * {@code CanonicalTimeEventWriter}) and again for each instant in its data (docs/benchmarks.md, finding 37).
 */
public final class UtcInstants extends StdScalarDeserializer<Instant> implements ContextualDeserializer {

    private static final int[] SCALE = {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    public UtcInstants() {
        super(Instant.class);
    }

    /** A Jackson module with this deserializer; registered after jsr310's, so it takes precedence. */
    public static SimpleModule module() {
        return new SimpleModule("fyp-utc-instants").addDeserializer(Instant.class, new UtcInstants());
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            Instant instant = parse(parser.getText());
            if (instant != null) {
                return instant;
            }
        }
        return InstantDeserializer.INSTANT.deserialize(parser, context);
    }

    /** A property with its own format ({@code @JsonFormat}) is read by the standard deserializer, as configured. */
    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
            throws JsonMappingException {
        JsonDeserializer<?> standard = InstantDeserializer.INSTANT.createContextual(context, property);
        return standard == InstantDeserializer.INSTANT ? this : standard;
    }

    /** The instant of {@code yyyy-MM-ddTHH:mm:ss[.f…]Z}, or null for any other text (or an impossible date). */
    public static Instant parse(String text) {
        int length = text.length();
        if (length < 20 || length > 30 || text.charAt(length - 1) != 'Z' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        LocalDate date = IsoLocalDates.dateAt(text, 0);
        int hour = IsoLocalDates.digits(text, 11, 2);
        int minute = IsoLocalDates.digits(text, 14, 2);
        int second = IsoLocalDates.digits(text, 17, 2);
        int nanos = 0;
        if (length > 20) {
            int fraction = length - 21;
            if (text.charAt(19) != '.' || fraction < 1) {
                return null;
            }
            int value = IsoLocalDates.digits(text, 20, fraction);
            if (value < 0) {
                return null;
            }
            nanos = value * SCALE[fraction];
        }
        if (date == null || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        return Instant.ofEpochSecond(date.toEpochDay() * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }
}
