package org.fyptracker.platform.inbound;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A service's Kafka inbound topic and the topic its outcomes go to; both created at start like the event
 * topics (partitions and replicas from {@code fyp.events.*}). The consumer group is {@code fyp.inbound.group},
 * by default {@code <spring.application.name>-inbound}.
 *
 * @param topic             records in, e.g. {@code fyp.observations.inbound.v1}
 * @param outcomesTopic     what became of each record, e.g. {@code fyp.observations.outcomes.v1}
 * @param inboundRetention  how long records in are kept: a sender has answered by then
 * @param outcomesRetention how long outcomes are kept: long enough for a sender to catch up
 */
@ConfigurationProperties("fyp.inbound")
public record InboundProperties(
        String topic,
        String outcomesTopic,
        @DefaultValue("14d") Duration inboundRetention,
        @DefaultValue("90d") Duration outcomesRetention) {
}
