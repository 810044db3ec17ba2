package org.fyptracker.testkit;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.fyptracker.contracts.DomainEvent;

/**
 * Puts events on a topic as the producing service would (give it the services' CloudEvent converter), one at a
 * time and acknowledged, so a test of a projection can say exactly what a consuming service was given.
 */
public final class TopicWriter implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final KafkaMessageConverter<String, byte[]> converter;

    public TopicWriter(String bootstrap, KafkaMessageConverter<String, byte[]> converter) {
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
