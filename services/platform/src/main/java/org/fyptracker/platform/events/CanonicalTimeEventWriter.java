package org.fyptracker.platform.events;

import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import io.cloudevents.SpecVersion;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.v1.CloudEventV1;
import io.cloudevents.rw.CloudEventContextWriter;
import io.cloudevents.rw.CloudEventWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import org.fyptracker.platform.time.UtcInstants;

/**
 * Builds the CloudEvent a Kafka record carries, as the SDK's own builder does, except that a {@code time} in the
 * form this system writes it (UTC, {@code …Z}) is read by hand ({@link UtcInstants}); any other form goes to the
 * builder. The SDK parses every {@code ce_time} with {@code OffsetDateTime.parse}, an eighth of the thread that
 * reads events (docs/benchmarks.md, finding 37). Plugged in through the SDK's writer factory, so the reading of
 * headers and data stays the SDK's.
 */
final class CanonicalTimeEventWriter implements CloudEventWriter<CloudEvent> {

    private final CloudEventBuilder builder;

    CanonicalTimeEventWriter(SpecVersion version) {
        this.builder = CloudEventBuilder.fromSpecVersion(version);
    }

    @Override
    public CloudEventContextWriter withContextAttribute(String name, String value) {
        Instant time = CloudEventV1.TIME.equals(name) ? UtcInstants.parse(value) : null;
        if (time != null) {
            builder.withTime(time.atOffset(ZoneOffset.UTC));
        } else {
            builder.withContextAttribute(name, value);
        }
        return this;
    }

    @Override
    public CloudEvent end(CloudEventData data) {
        return builder.end(data);
    }

    @Override
    public CloudEvent end() {
        return builder.end();
    }
}
