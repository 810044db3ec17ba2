package org.fyptracker.gateway.streams;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The server-sent event streams of the event topics ({@code GET /api/v1/streams/{topic}}).
 *
 * @param bootstrapServers      the Kafka cluster the topics are read from
 * @param topics                the topics that may be streamed; any other name is a 404
 * @param requiredScope         the OAuth2 scope a caller needs (authority {@code SCOPE_<scope>})
 * @param unauthenticatedAccess local demos only: let callers without a token in (never on a cluster)
 * @param maxConnections        concurrent streams at most; one more is a 503
 * @param heartbeat             an SSE comment is sent after this long without an event, so proxies keep the line
 * @param retry                 the reconnection delay the stream asks EventSource clients to use
 * @param kafka                 further Kafka consumer properties (security.protocol, sasl.*, ssl.*)
 * @param withheldFields        fields of an event's data never sent on a stream (a client secret's hash)
 */
@ConfigurationProperties("fyp.gateway.streams")
public record StreamProperties(
        @DefaultValue("127.0.0.1:9092") String bootstrapServers,
        @DefaultValue({"fyp.projects.events.v1", "fyp.indicators.events.v1", "fyp.departments.events.v1", "fyp.plans.events.v1"})
        List<String> topics,
        @DefaultValue("supervise") String requiredScope,
        @DefaultValue("false") boolean unauthenticatedAccess,
        @DefaultValue("100") int maxConnections,
        @DefaultValue("15s") Duration heartbeat,
        @DefaultValue("3s") Duration retry,
        @DefaultValue Map<String, String> kafka,
        @DefaultValue("secretHash") List<String> withheldFields) {
}
