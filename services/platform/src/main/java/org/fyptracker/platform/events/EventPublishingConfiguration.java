package org.fyptracker.platform.events;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.extensions.kafka.eventhandling.producer.ConfirmationMode;
import org.axonframework.extensions.kafka.eventhandling.producer.DefaultProducerFactory;
import org.axonframework.extensions.kafka.eventhandling.producer.KafkaEventPublisher;
import org.axonframework.extensions.kafka.eventhandling.producer.KafkaPublisher;
import org.axonframework.extensions.kafka.eventhandling.producer.ProducerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.context.annotation.Bean;

/**
 * Publishes every event of this service's event store to its Kafka topic, from a tracking processor
 * over the store: an event stored while Kafka is down is sent when Kafka is back (at least once; the
 * CloudEvent id stays the same, so consumers drop repeats).
 */
@AutoConfiguration(afterName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
@ConditionalOnProperty("fyp.events.publish-topic")
public class EventPublishingConfiguration {

    public static final String PUBLISHER_GROUP = KafkaEventPublisher.DEFAULT_PROCESSING_GROUP;

    @Bean
    public NewTopic publishedEventsTopic(EventStreamProperties properties) {
        return EventTopics.eventTopic(properties.publishTopic(), properties);
    }

    @Bean(destroyMethod = "shutDown")
    public ProducerFactory<String, byte[]> eventProducerFactory(KafkaProperties kafka, EventStreamProperties properties) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties(null));
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        // Acknowledged per batch, not per event (axon-kafka's WAIT_FOR_ACK): see BatchAcknowledgedProducerFactory.
        return new BatchAcknowledgedProducerFactory<>(DefaultProducerFactory.<String, byte[]>builder()
                .configuration(config)
                .confirmationMode(ConfirmationMode.NONE)
                .build(), properties.publisherAckTimeout().toMillis());
    }

    @Bean(destroyMethod = "shutDown")
    public KafkaPublisher<String, byte[]> kafkaPublisher(ProducerFactory<String, byte[]> eventProducerFactory,
                                                         CloudEventKafkaConverter converter,
                                                         EventStreamProperties properties) {
        return KafkaPublisher.<String, byte[]>builder()
                .producerFactory(eventProducerFactory)
                .messageConverter(converter)
                .topic(properties.publishTopic())
                .build();
    }

    @Bean
    public KafkaEventPublisher<String, byte[]> kafkaEventPublisher(KafkaPublisher<String, byte[]> kafkaPublisher) {
        return KafkaEventPublisher.<String, byte[]>builder().kafkaPublisher(kafkaPublisher).build();
    }

    @Bean
    public ConfigurerModule publishingProcessor(KafkaEventPublisher<String, byte[]> kafkaEventPublisher,
                                                EventStreamProperties properties) {
        return configurer -> configurer.eventProcessing().registerEventHandler(c -> kafkaEventPublisher)
                .assignHandlerInstancesMatching(PUBLISHER_GROUP, handler -> handler == kafkaEventPublisher)
                .registerTrackingEventProcessor(PUBLISHER_GROUP, c -> c.eventStore(),
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(properties.publisherBatchSize()))
                // A failed send is retried by the processor instead of being skipped: nothing is lost.
                .registerListenerInvocationErrorHandler(PUBLISHER_GROUP, c -> PropagatingErrorHandler.instance());
    }
}
