package org.fyptracker.projects.inbound;

import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.fyptracker.platform.events.EventStreamProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The inbound and outcome topics, created at start. Unlike the event topics they are not the record:
 * inbound records are kept 14 days and outcomes 90 days, long enough for a sender to catch up.
 */
@Configuration
public class InboundTopics {

    @Bean
    NewTopic inboundReportsTopic(@Value("${fyp.projects.inbound-topic}") String name, EventStreamProperties events) {
        return new NewTopic(name, events.partitions(), events.replicas())
                .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(14L * 24 * 3600 * 1000)));
    }

    @Bean
    NewTopic reportOutcomesTopic(@Value("${fyp.projects.outcomes-topic}") String name, EventStreamProperties events) {
        return new NewTopic(name, events.partitions(), events.replicas())
                .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(90L * 24 * 3600 * 1000)));
    }
}
