package org.fyptracker.platform.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.extensions.kafka.eventhandling.consumer.AsyncFetcher;
import org.axonframework.extensions.kafka.eventhandling.consumer.ConsumerFactory;
import org.axonframework.extensions.kafka.eventhandling.consumer.DefaultConsumerFactory;
import org.axonframework.extensions.kafka.eventhandling.consumer.Fetcher;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaEventMessage;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.SortedKafkaMessageBuffer;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.StreamableKafkaMessageSource;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Conditional;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Feeds this service's projections from the Kafka topics other services publish to (Axon's streamable
 * Kafka source): each processing group named in {@code fyp.events.processors} is a tracking processor
 * whose token (the offsets per partition) lives in MongoDB next to its read model.
 */
@AutoConfiguration(afterName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
@Conditional(ConsumesEventsCondition.class)
public class EventConsumingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EventConsumingConfiguration.class);

    /** Created if absent, so a consumer that starts before the publisher never waits on a missing topic. */
    @Bean
    public KafkaAdmin.NewTopics consumedEventTopics(EventStreamProperties properties) {
        return new KafkaAdmin.NewTopics(properties.consumeTopics().stream()
                .map(topic -> EventTopics.eventTopic(topic, properties))
                .toArray(org.apache.kafka.clients.admin.NewTopic[]::new));
    }

    @Bean
    public ConsumerFactory<String, byte[]> eventConsumerFactory(KafkaProperties kafka) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties(null));
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new DefaultConsumerFactory<>(config);
    }

    @Bean(destroyMethod = "shutdown")
    public Fetcher<String, byte[], KafkaEventMessage> eventFetcher() {
        return AsyncFetcher.<String, byte[], KafkaEventMessage>builder().pollTimeout(200).build();
    }

    /**
     * One Kafka source per set of topics the processors read ({@link EventStreamProperties#topicsOf}); each
     * processor opens its own consumer on it. The buffer between the fetching thread and the processor holds two
     * batches: one for the processor to take whole, one being fetched meanwhile.
     */
    @Bean
    public ConfigurerModule consumingProcessors(ConsumerFactory<String, byte[]> eventConsumerFactory,
                                                Fetcher<String, byte[], KafkaEventMessage> eventFetcher,
                                                CloudEventKafkaConverter converter,
                                                @Qualifier("eventSerializer") Serializer eventSerializer,
                                                EventStreamProperties properties) {
        int batchSize = properties.consumerBatchSize();
        Map<List<String>, StreamableKafkaMessageSource<String, byte[]>> sources = new HashMap<>();
        return configurer -> {
            for (String processor : properties.processors()) {
                List<String> topics = properties.topicsOf(processor);
                if (!properties.consumeTopics().containsAll(topics)) {
                    throw new IllegalStateException("processor " + processor + " reads " + topics
                            + ", not all of them in fyp.events.consume-topics " + properties.consumeTopics());
                }
                StreamableKafkaMessageSource<String, byte[]> source = sources.computeIfAbsent(topics, t ->
                        StreamableKafkaMessageSource.<String, byte[]>builder()
                                .topics(t)
                                .consumerFactory(eventConsumerFactory)
                                .fetcher(eventFetcher)
                                .messageConverter(converter)
                                .serializer(eventSerializer)
                                .bufferFactory(() -> new SortedKafkaMessageBuffer<>(Math.max(1000, 2 * batchSize)))
                                .build());
                configurer.eventProcessing().registerTrackingEventProcessor(processor, c -> source,
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(batchSize));
                log.info("processor {} reads topics {} in batches of up to {}", processor, topics, batchSize);
            }
        };
    }
}
