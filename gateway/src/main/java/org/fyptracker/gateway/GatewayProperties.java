package org.fyptracker.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The services behind the gateway and the limits it holds them to.
 *
 * @param services       by name: where the service listens and which paths it owns
 * @param timeout        the longest a request may wait on a service before the caller gets a problem
 * @param maxRequestBody the largest request body accepted at the door
 * @param maxConcurrentCalls requests in flight to one service at most (its bulkhead); one more is answered
 *                       503 at once. 500 is Reactor Netty's connection pool per service, so the gateway
 *                       never queues more than it could send.
 */
@ConfigurationProperties("fyp.gateway")
public record GatewayProperties(
        Map<String, Service> services,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("1MB") DataSize maxRequestBody,
        @DefaultValue("500") int maxConcurrentCalls) {

    /**
     * @param uri   base URI of the service
     * @param paths path patterns routed to it
     */
    public record Service(URI uri, List<String> paths) {
    }
}
