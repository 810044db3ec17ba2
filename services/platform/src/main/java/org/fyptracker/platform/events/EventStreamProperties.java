package org.fyptracker.platform.events;

import java.time.Duration;
import java.util.List;
import java.util.Map;
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
 * @param publisherAckTimeout how long the publisher waits for Kafka to acknowledge a whole batch before it fails the
 *                            batch (which is then sent again; consumers drop the repeats by CloudEvent id)
 * @param processorTopics    the consumed topics a processor reads, by processor; a processor not named here reads
 *                           every consumed topic. A processor that reads only the topics its handlers need does not
 *                           fetch, convert and skip the others' records, nor store its token for them
 * @param consumerBatchSize  events a consuming processor handles in one unit of work (one token write); a backlog
 *                           (a rebuild, a burst) fills batches, live traffic is mostly one event per batch anyway
 */
@ConfigurationProperties("fyp.events")
public record EventStreamProperties(
        String publishTopic,
        @DefaultValue List<String> consumeTopics,
        @DefaultValue List<String> processors,
        @DefaultValue("3") int partitions,
        @DefaultValue("1") short replicas,
        @DefaultValue("100") int publisherBatchSize,
        @DefaultValue("10s") Duration publisherAckTimeout,
        @DefaultValue Map<String, List<String>> processorTopics,
        @DefaultValue("100") int consumerBatchSize) {

    public boolean publishes() {
        return publishTopic != null && !publishTopic.isBlank();
    }

    /** The topics {@code processor} reads: its own list if it has one, else every consumed topic. */
    public List<String> topicsOf(String processor) {
        List<String> own = processorTopics.get(processor);
        return own == null || own.isEmpty() ? consumeTopics : own;
    }
}
