package org.fyptracker.tracking.deadletters;

import java.time.Duration;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.fyptracker.platform.events.EventStreamProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A dead-letter queue in MongoDB (Axon's {@link MongoSequencedDeadLetterQueue}, collection
 * {@code deadletters}) for every Kafka-fed processing group: an event a projection cannot handle is parked
 * there with its error, and so is every later event of the same aggregate (their order matters), while the
 * processor carries on with every other aggregate. {@link DeadLetterController} lists, retries and drops them.
 */
@Configuration
public class DeadLetterConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterConfiguration.class);

    /** At most this many parked aggregates per processing group, and this many events per aggregate. */
    static final int MAX_SEQUENCES = 1024;
    static final int MAX_SEQUENCE_SIZE = 1024;

    @Bean
    public ConfigurerModule deadLetterQueues(EventStreamProperties events, MongoTemplate axonMongoTemplate,
                                             @Qualifier("eventSerializer") Serializer eventSerializer) {
        return configurer -> {
            for (String group : events.processors()) {
                configurer.eventProcessing().registerDeadLetterQueue(group, c -> MongoSequencedDeadLetterQueue.builder()
                        .processingGroup(group)
                        .mongoTemplate(axonMongoTemplate)
                        .serializer(eventSerializer)
                        .transactionManager(NoTransactionManager.INSTANCE)
                        .maxSequences(MAX_SEQUENCES)
                        .maxSequenceSize(MAX_SEQUENCE_SIZE)
                        .claimDuration(Duration.ofSeconds(30))
                        .build());
                // Without it the invoker asks MongoDB whether the event's sequence is parked for every event
                // (a count on the deadletters collection): one more round trip per event, the largest single
                // cost of projecting once views are written per batch (docs/benchmarks.md). With it, a segment
                // whose queue was empty when it started asks only about sequences it parked itself.
                configurer.eventProcessing().registerDeadLetteringEventHandlerInvokerConfiguration(group,
                        (c, invoker) -> invoker.enableSequenceIdentifierCache());
                log.info("processing group {} parks events it cannot handle in the dead-letter queue", group);
            }
        };
    }
}
