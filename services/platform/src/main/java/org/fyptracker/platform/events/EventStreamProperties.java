package org.fyptracker.platform.events;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which topic a service publishes its events to, which topics it consumes, and how those topics are
 * created. Bootstrap servers come from {@code spring.kafka.bootstrap-servers}.
 *
 * @param publishTopic  topic this service's events go to; empty for a service that publishes nothing
 * @param consumeTopics topics this service's projections read
 * @param processors    processing groups fed from the consumed topics
 * @param partitions    partitions of the topics this service creates
 * @param replicas      replication factor of the topics this service creates (1 locally, 3 on a cluster)
 * @param publisherBatchSize events the publishing processor hands to Kafka per batch
 */
@ConfigurationProperties("fyp.events")
public record EventStreamProperties(
        String publishTopic,
        @DefaultValue List<String> consumeTopics,
        @DefaultValue List<String> processors,
        @DefaultValue("3") int partitions,
        @DefaultValue("1") short replicas,
        @DefaultValue("100") int publisherBatchSize) {

    public boolean publishes() {
        return publishTopic != null && !publishTopic.isBlank();
    }
}
