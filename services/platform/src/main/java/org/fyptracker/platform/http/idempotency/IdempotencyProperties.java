package org.fyptracker.platform.http.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param required   whether writes without an Idempotency-Key are refused
 * @param lease      how long a request may hold its key before a retry may take it over (a crashed
 *                   request never finishes; the aggregates drop a repeated key, so taking over is safe)
 * @param collection MongoDB collection of the keys
 */
@ConfigurationProperties("fyp.idempotency")
public record IdempotencyProperties(
        @DefaultValue("true") boolean required,
        @DefaultValue("30s") Duration lease,
        @DefaultValue("idempotency_keys") String collection) {
}
