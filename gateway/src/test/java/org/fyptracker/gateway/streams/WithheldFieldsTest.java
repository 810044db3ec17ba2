package org.fyptracker.gateway.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WithheldFieldsTest {

    private final WithheldFields withheld = new WithheldFields(List.of("secretHash"));

    private static CloudEvent event(String data) {
        return CloudEventBuilder.v1().withId("e-1").withSource(URI.create("/fyp-tracker/departments"))
                .withType("org.fyptracker.departments.ClientSecretRotated.v1").withSubject("gl-gov-reporting")
                .withExtension("aggregatesequence", 3L)
                .withDataContentType("application/json").withData(data.getBytes(StandardCharsets.UTF_8)).build();
    }

    private static String data(CloudEvent event) {
        return new String(event.getData().toBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void a_withheld_field_leaves_the_data_and_everything_else_stays() {
        CloudEvent sent = withheld.from(event("{\"clientId\":\"gl-gov-reporting\",\"secretHash\":\"{bcrypt}$2a$10$x\",\"by\":\"鼓楼区\"}"));

        assertThat(data(sent)).isEqualTo("{\"clientId\":\"gl-gov-reporting\",\"by\":\"鼓楼区\"}");
        assertThat(sent.getId()).isEqualTo("e-1");
        assertThat(sent.getType()).isEqualTo("org.fyptracker.departments.ClientSecretRotated.v1");
        assertThat(sent.getExtension("aggregatesequence")).isEqualTo(3L);
        assertThat(sent.getDataContentType()).isEqualTo("application/json");
    }

    @Test
    void an_event_without_withheld_fields_is_sent_as_it_came() {
        CloudEvent event = event("{\"projectId\":\"kp-1\",\"note\":\"secretHash is not a field here\"}");
        assertThat(withheld.from(event)).isSameAs(event);
    }

    @Test
    void with_nothing_withheld_even_the_hash_goes_out() {
        CloudEvent event = event("{\"clientId\":\"c\",\"secretHash\":\"h\"}");
        assertThat(new WithheldFields(List.of()).from(event)).isSameAs(event);
    }
}
