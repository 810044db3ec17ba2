package org.fyptracker.platform.events;

import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/** How the project's event topics are created: kept forever, because integrators replay from the start. */
public final class EventTopics {

    private EventTopics() {
    }

    public static NewTopic eventTopic(String name, EventStreamProperties properties) {
        return new NewTopic(name, properties.partitions(), properties.replicas())
                .configs(Map.of(
                        TopicConfig.RETENTION_MS_CONFIG, "-1",
                        TopicConfig.RETENTION_BYTES_CONFIG, "-1",
                        TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                        TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG,
                        String.valueOf(Math.max(1, properties.replicas() - 1))));
    }
}
