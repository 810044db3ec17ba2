package org.fyptracker.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.cloudevents.CloudEventTypes;
import org.fyptracker.contracts.departments.DepartmentRenamed;
import org.junit.jupiter.api.Test;

/**
 * Evolution rule 1 (docs/integrators.md) seen from a consumer one release behind its producer, and the data as it
 * arrived kept with the message for consumers that log events as text.
 */
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
        assertThat(CloudEventKafkaConverter.receivedJson(read.get())).as("the data as it arrived, the new field too")
                .hasValueSatisfying(json -> assertThat(new String(json, StandardCharsets.UTF_8))
                        .contains("榕政文〔2026〕12号").contains("鼓楼区人民政府"));
    }

    @Test
    void an_event_sent_as_a_kafka_record_reads_back_with_its_id_time_sequence_and_payload() {
        Instant at = Instant.parse("2026-05-01T08:00:00.123456Z");
        GenericDomainEventMessage<DepartmentRenamed> sent = new GenericDomainEventMessage<>("DepartmentRenamed", "gl-gov", 3,
                renamed, MetaData.with("correlationId", "c-1"), "e-1", at);
        ProducerRecord<String, byte[]> record = converter.createKafkaMessage(sent, "fyp.departments.events.v1");

        EventMessage<?> read = converter.readKafkaMessage(new ConsumerRecord<>(record.topic(), 0, 7L, 0L,
                TimestampType.CREATE_TIME, 0, record.value().length, record.key(), record.value(), record.headers(),
                Optional.empty())).orElseThrow();

        assertThat(read.getIdentifier()).isEqualTo("e-1");
        assertThat(read.getTimestamp()).isEqualTo(at);
        assertThat(read.getPayload()).isEqualTo(renamed);
        assertThat(((DomainEventMessage<?>) read).getSequenceNumber()).isEqualTo(3);
        assertThat(((DomainEventMessage<?>) read).getAggregateIdentifier()).isEqualTo("gl-gov");
        assertThat(read.getMetaData()).containsEntry("correlationId", "c-1");
    }

    @Test
    void a_time_written_with_an_offset_by_another_producer_is_read_as_the_same_instant() {
        CloudEvent published = converter.toCloudEvent(new GenericDomainEventMessage<>("DepartmentRenamed", "gl-gov", 3, renamed));
        CloudEvent withOffset = CloudEventBuilder.v1(published)
                .withTime(OffsetDateTime.parse("2026-05-01T16:00:00+08:00")).build();
        ProducerRecord<String, byte[]> record = KafkaMessageFactory.createWriter("t", "gl-gov").writeBinary(withOffset);
        assertThat(new String(record.headers().lastHeader("ce_time").value(), StandardCharsets.UTF_8)).endsWith("+08:00");

        EventMessage<?> read = converter.readKafkaMessage(new ConsumerRecord<>("t", 0, 0L, 0L, TimestampType.CREATE_TIME, 0,
                record.value().length, record.key(), record.value(), record.headers(), Optional.empty())).orElseThrow();

        assertThat(read.getTimestamp()).isEqualTo(Instant.parse("2026-05-01T08:00:00Z"));
    }

    @Test
    void a_message_that_did_not_come_from_kafka_has_no_received_json() {
        assertThat(CloudEventKafkaConverter.receivedJson(new GenericDomainEventMessage<>("DepartmentRenamed", "gl-gov", 3, renamed)))
                .isEmpty();
    }

    @Test
    void the_strict_mapper_the_reader_is_built_from_stays_strict_for_request_bodies() {
        converter.toCloudEvent(new GenericDomainEventMessage<>("DepartmentRenamed", "gl-gov", 3, renamed));
        assertThat(strict.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
        assertThat(CloudEventTypes.typeOf(DepartmentRenamed.class)).endsWith(".v1");
    }
}
