package org.fyptracker.tracking.events;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.fyptracker.contracts.DomainEvent;
import org.fyptracker.platform.events.CloudEventKafkaConverter;

/**
 * Puts events on a topic as the producing service would (the same CloudEvent converter), one at a time and
 * acknowledged, so a test of a projection can say exactly what tracking was given.
 */
public final class TopicWriter implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final CloudEventKafkaConverter converter;

    public TopicWriter(String bootstrap, CloudEventKafkaConverter converter) {
        this.producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap), new StringSerializer(),
                new ByteArraySerializer());
        this.converter = converter;
    }

    /** Publishes {@code event} as event {@code eventId}, number {@code sequence} of its aggregate, and waits for the broker. */
    public void publish(String topic, String aggregateType, DomainEvent event, long sequence, String eventId)
            throws ExecutionException, InterruptedException {
        GenericDomainEventMessage<DomainEvent> message = new GenericDomainEventMessage<>(aggregateType,
                event.aggregateId(), sequence, event, Map.of(), eventId, Instant.now());
        producer.send(converter.createKafkaMessage(message, topic)).get();
    }

    @Override
    public void close() {
        producer.close();
    }
}
