package org.fyptracker.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** A date read by hand is the date jsr310 reads; any other form is jsr310's to read or refuse, as before. */
class IsoLocalDatesTest {

    private final ObjectMapper standard = JsonMapper.builder().addModule(new JavaTimeModule()).build();
    private final ObjectMapper withFastPath = JsonMapper.builder().addModule(new JavaTimeModule())
            .addModule(IsoLocalDates.module()).build();

    record Planned(LocalDate plannedDate) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-06-30", "2030-12-31", "2028-02-29", "2026-01-01", "1970-01-01", "0001-01-01"})
    void the_canonical_form_is_read_by_hand_as_the_date_it_names(String text) throws Exception {
        assertThat(IsoLocalDates.parse(text)).isEqualTo(LocalDate.parse(text));
        assertThat(read(withFastPath, text)).isEqualTo(read(standard, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-06-30T00:00:00", "2026-6-30", "20260630", "+2026-06-30", "2026-06-3O", "2026/06/30",
            "2026-06-30 ", ""})
    void any_other_form_goes_to_jsr310(String text) throws Exception {
        assertThat(IsoLocalDates.parse(text)).isNull();
        LocalDate usual;
        try {
            usual = read(standard, text);
        } catch (InvalidFormatException refused) {
            assertThatThrownBy(() -> read(withFastPath, text)).isInstanceOf(InvalidFormatException.class)
                    .hasMessage(refused.getMessage());
            return;
        }
        assertThat(read(withFastPath, text)).isEqualTo(usual);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-29", "2026-13-01", "2026-04-31", "2026-00-10", "2026-05-00"})
    void an_impossible_date_is_not_read_by_hand_and_jsr310_refuses_it(String text) {
        assertThat(IsoLocalDates.parse(text)).isNull();
        assertThatThrownBy(() -> read(withFastPath, text)).isInstanceOf(InvalidFormatException.class);
    }

    record Stamped(@JsonFormat(pattern = "dd.MM.yyyy") LocalDate on) {
    }

    @Test
    void a_property_with_its_own_pattern_is_read_by_that_pattern() throws Exception {
        assertThat(withFastPath.readValue("{\"on\":\"30.06.2026\"}", Stamped.class).on()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThatThrownBy(() -> withFastPath.readValue("{\"on\":\"2026-06-30\"}", Stamped.class))
                .isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void a_date_in_a_record_is_read_by_hand() throws Exception {
        JsonDeserializer<Object> reads = ((DefaultDeserializationContext) withFastPath.getDeserializationContext())
                .createInstance(withFastPath.getDeserializationConfig(), null, null)
                .findRootValueDeserializer(withFastPath.constructType(LocalDate.class));
        assertThat(reads).isInstanceOf(IsoLocalDates.class);
        assertThat(read(withFastPath, "2026-06-30")).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void a_date_as_an_array_is_still_read_as_jsr310_reads_it() throws Exception {
        assertThat(withFastPath.readValue("{\"plannedDate\":[2026,6,30]}", Planned.class).plannedDate())
                .isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void spring_boots_mapper_with_the_module_as_a_bean_reads_dates_through_it() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
                .withBean("isoLocalDates", Module.class, IsoLocalDates::module)
                .run(context -> {
                    ObjectMapper mapper = context.getBean(ObjectMapper.class);
                    JsonDeserializer<Object> reads = ((DefaultDeserializationContext) mapper.getDeserializationContext())
                            .createInstance(mapper.getDeserializationConfig(), null, null)
                            .findRootValueDeserializer(mapper.constructType(LocalDate.class));
                    assertThat(reads).isInstanceOf(IsoLocalDates.class);
                });
    }

    private static LocalDate read(ObjectMapper mapper, String text) throws Exception {
        return mapper.readValue("{\"plannedDate\":\"" + text + "\"}", Planned.class).plannedDate();
    }
}
