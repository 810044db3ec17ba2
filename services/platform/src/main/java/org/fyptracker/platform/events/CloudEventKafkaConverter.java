package org.fyptracker.platform.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.messaging.GenericMessage;
import org.fyptracker.contracts.DomainEvent;
import org.fyptracker.contracts.cloudevents.CloudEventExtensions;
import org.fyptracker.contracts.cloudevents.CloudEventTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Axon event messages to and from Kafka records in CloudEvents 1.0 binary mode: the attributes travel as
 * {@code ce_*} headers, the record value is the event's JSON data, the record key is the aggregate id.
 * The CloudEvent id is the Axon event id, so re-publishing the same stored event gives the same id and
 * consumers can drop duplicates by it.
 */
public class CloudEventKafkaConverter implements KafkaMessageConverter<String, byte[]> {

    static final String CORRELATION_ID = "correlationId";
    /**
     * Metadata of a message read from Kafka: the event's JSON data as it arrived, in UTF-8, for a consumer that keeps
     * the event as text (an event log) without writing it again — writing it was a quarter of tracking's projecting
     * thread in a rebuild (docs/benchmarks.md, finding 37). The bytes, not a {@code String}: decoding every event's
     * text to UTF-16 for the one consumer that stores it, which encodes it back, was a tenth of tracking's CPU in a
     * rebuild (finding 42). Held in memory with the message; not part of the CloudEvent.
     */
    public static final String RECEIVED_JSON = "receivedJson";
    private static final Logger log = LoggerFactory.getLogger(CloudEventKafkaConverter.class);

    private final ObjectMapper json;
    /**
     * Reads event data tolerantly: a producer one release ahead may add an optional field (evolution rule 1,
     * docs/integrators.md), and an older consumer must read the event, not skip it. Request bodies stay strict.
     */
    private final ObjectMapper tolerantReader;

    public CloudEventKafkaConverter(ObjectMapper json) {
        this.json = json;
        this.tolerantReader = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Override
    public ProducerRecord<String, byte[]> createKafkaMessage(EventMessage<?> message, String topic) {
        CloudEvent event = toCloudEvent(message);
        return KafkaMessageFactory.createWriter(topic, event.getSubject()).writeBinary(event);
    }

    public CloudEvent toCloudEvent(EventMessage<?> message) {
        if (!(message.getPayload() instanceof DomainEvent payload)) {
            throw new IllegalArgumentException("not a published event: " + message.getPayloadType().getName());
        }
        long sequence = message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : 0L;
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(message.getIdentifier())
                .withSource(CloudEventTypes.sourceOf(payload.getClass()))
                .withType(CloudEventTypes.typeOf(payload.getClass()))
                .withSubject(payload.aggregateId())
                .withTime(message.getTimestamp().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(write(payload))
                .withExtension(CloudEventExtensions.SEQUENCE, sequence);
        if (payload.planCode() != null) {
            builder.withExtension(CloudEventExtensions.PLAN, payload.planCode());
        }
        if (payload.provenance() != null && payload.provenance().department() != null) {
            builder.withExtension(CloudEventExtensions.DEPARTMENT, payload.provenance().department());
        }
        Object correlationId = message.getMetaData().get(CORRELATION_ID);
        if (correlationId != null) {
            builder.withExtension(CloudEventExtensions.CORRELATION_ID, correlationId.toString());
        }
        return builder.build();
    }

    @Override
    public Optional<EventMessage<?>> readKafkaMessage(ConsumerRecord<String, byte[]> record) {
        try {
            return fromCloudEvent(KafkaMessageFactory.createReader(record).read(CanonicalTimeEventWriter::new));
        } catch (RuntimeException e) {
            // A record that is not a CloudEvent must not block the topic for everything behind it.
            log.warn("skipped unreadable record topic={} partition={} offset={} reason={}",
                    record.topic(), record.partition(), record.offset(), e.toString());
            return Optional.empty();
        }
    }

    public Optional<EventMessage<?>> fromCloudEvent(CloudEvent event) {
        Optional<Class<? extends DomainEvent>> type = CloudEventTypes.classOf(event.getType());
        if (type.isEmpty()) {
            log.debug("skipped event of unknown type id={} type={}", event.getId(), event.getType());
            return Optional.empty();
        }
        byte[] data = event.getData() == null ? null : event.getData().toBytes();
        DomainEvent payload = read(event.getId(), data, type.get());
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(RECEIVED_JSON, data);
        Object correlationId = event.getExtension(CloudEventExtensions.CORRELATION_ID);
        if (correlationId != null) {
            metaData.put(CORRELATION_ID, correlationId.toString());
        }
        Object sequence = event.getExtension(CloudEventExtensions.SEQUENCE);
        long seq = sequence == null ? 0L : Long.parseLong(sequence.toString());
        GenericMessage<DomainEvent> message = new GenericMessage<>(event.getId(), payload, metaData);
        return Optional.of(new GenericDomainEventMessage<>(CloudEventTypes.typeOf(type.get()),
                event.getSubject(), seq, message, event.getTime().toInstant()));
    }

    private byte[] write(Object payload) {
        try {
            return json.writeValueAsBytes(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DomainEvent read(String id, byte[] data, Class<? extends DomainEvent> type) {
        if (data == null) {
            throw new IllegalArgumentException("event " + id + " has no data");
        }
        try {
            return tolerantReader.readValue(data, type);
        } catch (IOException e) {
            throw new UncheckedIOException("event " + id + " has data that is not a " + type.getSimpleName(), e);
        }
    }

    /**
     * The event's JSON data as it arrived from Kafka, in UTF-8 ({@link #RECEIVED_JSON}); empty for a message from
     * elsewhere. The caller must not change the bytes: the message holds them.
     */
    public static Optional<byte[]> receivedJson(EventMessage<?> message) {
        return message.getMetaData().get(RECEIVED_JSON) instanceof byte[] json ? Optional.of(json) : Optional.empty();
    }
}
