package org.fyptracker.platform.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Request bodies are read strictly (the bad-input corpus, docs/reliability.md): a JSON key given twice, a
 * number or boolean where text is expected, a number for an enum, a date that is not a {@code YYYY-MM-DD}
 * string and a number beyond what any figure of the plans needs are refused with a 400 problem, never
 * quietly converted into something that is then stored. Only the HTTP message converters get this mapper;
 * events are (de)serialised as before.
 */
public class StrictJsonBodies implements WebMvcConfigurer {

    /** Plenty for money in 亿元 and any statistic; beyond it a number is a mistake or an attack. */
    static final BigDecimal LARGEST = new BigDecimal("1e15");
    static final int MOST_DECIMALS = 10;

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        for (HttpMessageConverter<?> converter : converters) {
            if (converter instanceof MappingJackson2HttpMessageConverter json) {
                json.setObjectMapper(strict(json.getObjectMapper()));
            }
        }
    }

    /** A copy of {@code mapper} that reads as strictly as the REST API (the Kafka inbound topics read bodies with it too). */
    public static ObjectMapper strict(ObjectMapper mapper) {
        ObjectMapper strict = mapper.copy();
        strict.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        strict.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        strict.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        SimpleModule module = new SimpleModule("fyp-strict-bodies");
        module.addDeserializer(LocalDate.class, new IsoDate());
        module.addDeserializer(BigDecimal.class, new BoundedDecimal());
        strict.registerModule(module);
        return strict;
    }

    /** Only {@code "YYYY-MM-DD"} with a real day: no arrays, numbers, signs, five-digit years or 2030-02-30. */
    static final class IsoDate extends StdScalarDeserializer<LocalDate> {
        private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
        private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

        IsoDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText();
            if (SHAPE.matcher(text).matches()) {
                try {
                    return LocalDate.parse(text, STRICT);
                } catch (DateTimeParseException impossible) {
                    // falls through to the refusal
                }
            }
            return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not a date (YYYY-MM-DD)");
        }
    }

    /** A JSON number (not a string), at most 10^15 in size and with at most 10 decimals (no 1e999, no 1e-999). */
    static final class BoundedDecimal extends StdScalarDeserializer<BigDecimal> {
        BoundedDecimal() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonToken token = parser.currentToken();
            if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
                return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
            }
            BigDecimal value = parser.getDecimalValue();
            if (value.abs().compareTo(LARGEST) > 0 || value.stripTrailingZeros().scale() > MOST_DECIMALS) {
                return (BigDecimal) context.handleWeirdNumberValue(BigDecimal.class, value,
                        "beyond ±10^15 or more than " + MOST_DECIMALS + " decimals");
            }
            return value;
        }
    }
}
