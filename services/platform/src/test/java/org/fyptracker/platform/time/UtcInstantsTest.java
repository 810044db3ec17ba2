package org.fyptracker.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An instant read by hand is the instant jsr310 reads; any form but the canonical one is jsr310's to read or refuse. */
class UtcInstantsTest {

    private final ObjectMapper standard = JsonMapper.builder().addModule(new JavaTimeModule()).build();
    private final ObjectMapper withFastPath = JsonMapper.builder().addModule(new JavaTimeModule())
            .addModule(UtcInstants.module()).build();

    record Stamped(Instant at) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-05-10T02:00:00Z", "2030-12-31T23:59:59Z", "2028-02-29T12:00:00Z", "1970-01-01T00:00:00Z",
            "2026-05-10T02:00:00.1Z", "2026-05-10T02:00:00.123Z", "2026-05-10T02:00:00.123456Z", "2026-05-10T02:00:00.123456789Z",
            "2026-05-10T02:00:00.000000001Z"})
    void the_canonical_form_is_read_by_hand_as_the_instant_it_names(String text) throws Exception {
        assertThat(UtcInstants.parse(text)).isEqualTo(Instant.parse(text));
        assertThat(read(withFastPath, text)).isEqualTo(read(standard, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-05-10T10:00:00+08:00", "2026-05-10T02:00Z", "2026-05-10 02:00:00Z", "2026-05-10T02:00:00.Z",
            "2026-05-10T02:00:00.1234567890Z", "+2026-05-10T02:00:00Z", "2026-05-10T02:00:00z", "2026-05-1OT02:00:00Z",
            "2026-05-10T24:00:00Z", "2026-06-30T23:59:60Z"})
    void any_other_form_goes_to_jsr310(String text) throws Exception {
        assertThat(UtcInstants.parse(text)).isNull();
        Instant usual;
        try {
            usual = read(standard, text);
        } catch (InvalidFormatException refused) {
            assertThatThrownBy(() -> read(withFastPath, text)).isInstanceOf(InvalidFormatException.class);
            return;
        }
        assertThat(read(withFastPath, text)).isEqualTo(usual);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-04-31T00:00:00Z",
            "2026-05-10T02:60:00Z"})
    void an_impossible_date_or_time_is_not_read_by_hand_and_jsr310_refuses_it(String text) {
        assertThat(UtcInstants.parse(text)).isNull();
        assertThatThrownBy(() -> read(withFastPath, text)).isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void an_epoch_number_is_still_read_as_jsr310_reads_it() throws Exception {
        assertThat(withFastPath.readValue("{\"at\":1780000000.5}", Stamped.class))
                .isEqualTo(standard.readValue("{\"at\":1780000000.5}", Stamped.class));
    }

    @Test
    void spring_boots_mapper_with_the_module_as_a_bean_reads_instants_through_it() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
                .withBean("utcInstants", Module.class, UtcInstants::module)
                .run(context -> {
                    ObjectMapper mapper = context.getBean(ObjectMapper.class);
                    JsonDeserializer<Object> reads = ((DefaultDeserializationContext) mapper.getDeserializationContext())
                            .createInstance(mapper.getDeserializationConfig(), null, null)
                            .findRootValueDeserializer(mapper.constructType(Instant.class));
                    assertThat(reads).isInstanceOf(UtcInstants.class);
                });
    }

    private static Instant read(ObjectMapper mapper, String text) throws Exception {
        return mapper.readValue("{\"at\":\"" + text + "\"}", Stamped.class).at();
    }
}
