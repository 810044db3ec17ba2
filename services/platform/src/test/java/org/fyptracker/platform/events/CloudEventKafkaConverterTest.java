package org.fyptracker.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.cloudevents.CloudEventTypes;
import org.fyptracker.contracts.departments.DepartmentRenamed;
import org.junit.jupiter.api.Test;

/** Evolution rule 1 (docs/integrators.md) seen from a consumer one release behind its producer. */
class CloudEventKafkaConverterTest {

    /** Strict like the services' own mapper (fyp-platform.yml): request bodies refuse unknown properties. */
    private final ObjectMapper strict = JsonMapper.builder().findAndAddModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final CloudEventKafkaConverter converter = new CloudEventKafkaConverter(strict);

    private final DepartmentRenamed renamed = new DepartmentRenamed("gl-gov", "鼓楼区人民政府", "鼓楼区政府",
            "机构改革", new Provenance("fz-drc", "demo-admin", Instant.parse("2026-05-01T08:00:00Z"), "k-1"));

    @Test
    void an_event_published_with_an_optional_field_this_reader_does_not_know_is_read_not_skipped() throws Exception {
        CloudEvent published = converter.toCloudEvent(new GenericDomainEventMessage<>("DepartmentRenamed", "gl-gov", 3, renamed));
        ObjectNode newer = (ObjectNode) strict.readTree(published.getData().toBytes());
        newer.put("gazetteReference", "榕政文〔2026〕12号");
        CloudEvent fromNewerProducer = CloudEventBuilder.v1(published).withData(strict.writeValueAsBytes(newer)).build();

        Optional<EventMessage<?>> read = converter.fromCloudEvent(fromNewerProducer);

        assertThat(read).isPresent();
        assertThat(read.get().getPayload()).isEqualTo(renamed);
        assertThat(read.get().getIdentifier()).isEqualTo(published.getId());
    }

    @Test
    void the_strict_mapper_the_reader_is_built_from_stays_strict_for_request_bodies() {
        converter.toCloudEvent(new GenericDomainEventMessage<>("DepartmentRenamed", "gl-gov", 3, renamed));
        assertThat(strict.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
        assertThat(CloudEventTypes.typeOf(DepartmentRenamed.class)).endsWith(".v1");
    }
}
