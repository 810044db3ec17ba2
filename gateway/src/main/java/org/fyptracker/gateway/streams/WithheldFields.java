package org.fyptracker.gateway.streams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fields of an event's data that stay inside the platform: a stream sends the event without them. By default
 * {@code secretHash}, the BCrypt hash of a machine client's secret that {@code ClientRegistered} and
 * {@code ClientSecretRotated} carry for the departments service's own token endpoint; an integrator with the
 * {@code supervise} scope has no use for it. The event is otherwise sent as it is.
 */
final class WithheldFields {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> names;
    private final List<String> quoted;

    WithheldFields(List<String> names) {
        this.names = List.copyOf(names);
        this.quoted = names.stream().map(name -> "\"" + name + "\"").toList();
    }

    CloudEvent from(CloudEvent event) {
        if (names.isEmpty() || event.getData() == null) {
            return event;
        }
        byte[] data = event.getData().toBytes();
        String text = new String(data, StandardCharsets.UTF_8);
        if (quoted.stream().noneMatch(text::contains)) {
            return event; // most events: no parse
        }
        try {
            JsonNode node = JSON.readTree(data);
            if (!(node instanceof ObjectNode object)) {
                return event;
            }
            object.remove(names);
            return CloudEventBuilder.v1(event).withData(event.getDataContentType(), JSON.writeValueAsBytes(object)).build();
        } catch (IOException notJson) {
            return event;
        }
    }
}
