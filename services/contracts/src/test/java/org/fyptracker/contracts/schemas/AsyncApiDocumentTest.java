package org.fyptracker.contracts.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.fyptracker.contracts.DomainEvent;
import org.fyptracker.contracts.cloudevents.CloudEventExtensions;
import org.fyptracker.contracts.cloudevents.CloudEventTypes;
import org.fyptracker.contracts.inbound.InboundOutcome;
import org.fyptracker.contracts.inbound.InboundRecord;
import org.fyptracker.contracts.indicators.InboundObservation;
import org.fyptracker.contracts.projects.InboundReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/asyncapi.yaml names every event type in the code, on its context's topic, with its schema and its
 * CloudEvent headers, and nothing the code does not publish. (That it is a valid AsyncAPI 3.0 document is
 * checked by the AsyncAPI parser in the verify phase of this module.)
 */
class AsyncApiDocumentTest {

    static final Path DOCUMENT = EventSchemas.moduleDir().resolve("../../docs/asyncapi.yaml").normalize();
    /** Each context's topic, as the services' application.yml name them. */
    static final Map<String, String> TOPICS = Map.of("projects", "fyp.projects.events.v1", "indicators", "fyp.indicators.events.v1",
            "plans", "fyp.plans.events.v1", "departments", "fyp.departments.events.v1");

    static JsonNode asyncapi;

    @BeforeAll
    static void read() throws IOException {
        asyncapi = new ObjectMapper(new YAMLFactory()).readTree(DOCUMENT.toFile());
    }

    @Test
    void it_is_an_asyncapi_3_document_with_every_topic_the_project_creates() {
        assertThat(asyncapi.path("asyncapi").asText()).isEqualTo("3.0.0");
        Set<String> addresses = new TreeSet<>();
        asyncapi.path("channels").forEach(c -> addresses.add(c.path("address").asText()));
        assertThat(addresses).containsAll(TOPICS.values()).contains("fyp.reports.inbound.v1", "fyp.reports.outcomes.v1",
                "fyp.observations.inbound.v1", "fyp.observations.outcomes.v1");
        for (String topic : TOPICS.values()) {
            JsonNode kafka = channelOf(topic).path("bindings").path("kafka");
            assertThat(kafka.path("partitions").asInt()).as(topic + " partitions").isEqualTo(3);
            assertThat(kafka.path("topicConfiguration").path("retention.ms").asLong()).as(topic + " kept forever").isEqualTo(-1);
        }
    }

    @Test
    void every_event_type_in_the_code_is_a_message_of_its_topic_with_its_schema_and_headers() {
        List<String> problems = new ArrayList<>();
        for (Class<? extends DomainEvent> event : CloudEventTypes.all()) {
            String type = CloudEventTypes.typeOf(event);
            JsonNode message = asyncapi.path("components").path("messages").path(type);
            if (message.isMissingNode()) {
                problems.add(type + ": no message");
                continue;
            }
            String schemaRef = message.path("payload").path("schema").path("$ref").asText();
            if (!schemaRef.equals("./schemas/" + type + ".json")) {
                problems.add(type + ": payload is " + schemaRef);
            }
            JsonNode own = message.path("headers").path("allOf").path(1).path("properties");
            if (!own.path("ce_type").path("const").asText().equals(type)
                    || !own.path("ce_source").path("const").asText().equals(CloudEventTypes.sourceOf(event).toString())) {
                problems.add(type + ": ce_type/ce_source headers do not name it");
            }
            String context = CloudEventTypes.sourceOf(event).getPath().substring("/fyp-tracker/".length());
            JsonNode ref = channelOf(TOPICS.get(context)).path("messages").path(event.getSimpleName()).path("$ref");
            if (!ref.asText().equals("#/components/messages/" + type)) {
                problems.add(type + ": not a message of " + TOPICS.get(context));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void it_describes_no_event_type_the_code_does_not_publish_and_every_cloudevent_header() {
        Set<String> documented = new TreeSet<>();
        asyncapi.path("components").path("messages").fieldNames().forEachRemaining(name -> {
            if (name.startsWith("org.fyptracker.")) {
                documented.add(name);
            }
        });
        Set<String> code = new TreeSet<>(CloudEventTypes.all().stream().map(CloudEventTypes::typeOf).toList());
        assertThat(documented).isEqualTo(code);

        JsonNode headers = asyncapi.path("components").path("schemas").path("CloudEventHeaders").path("properties");
        for (String attribute : List.of("specversion", "id", "source", "type", "subject", "time",
                CloudEventExtensions.PLAN, CloudEventExtensions.DEPARTMENT, CloudEventExtensions.CORRELATION_ID,
                CloudEventExtensions.SEQUENCE)) {
            assertThat(headers.has("ce_" + attribute)).as("header ce_" + attribute).isTrue();
        }
        assertThat(headers.has("content-type")).isTrue();
    }

    @Test
    void the_inbound_records_and_their_outcome_are_described_as_the_contract_records_are() {
        Map<String, Class<? extends Record>> shapes = Map.of("InboundReport", InboundReport.class,
                "InboundObservation", InboundObservation.class, "InboundOutcome", InboundOutcome.class);
        shapes.forEach((name, type) -> {
            JsonNode schema = asyncapi.path("components").path("schemas").path(name);
            Set<String> documented = new TreeSet<>();
            schema.path("properties").fieldNames().forEachRemaining(documented::add);
            Set<String> components = new TreeSet<>(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList());
            assertThat(documented).as(name + " properties").isEqualTo(components);
        });
        assertThat(enumOf("InboundReport", "operation")).isEqualTo(constants(InboundReport.Operation.class));
        assertThat(enumOf("InboundObservation", "operation")).isEqualTo(constants(InboundObservation.Operation.class));
        assertThat(enumOf("InboundOutcome", "outcome")).isEqualTo(constants(InboundOutcome.Outcome.class));
        for (String message : List.of("InboundReport", "InboundObservation")) {
            assertThat(asyncapi.path("components").path("messages").path(message).path("headers").path("$ref").asText())
                    .as(message + " carries the sender's token").isEqualTo("#/components/schemas/InboundHeaders");
        }
        assertThat(asyncapi.at("/components/schemas/InboundHeaders/properties").has(InboundRecord.AUTHORIZATION)).isTrue();
        assertThat(channelOf("fyp.observations.inbound.v1").at("/messages/InboundObservation/$ref").asText())
                .isEqualTo("#/components/messages/InboundObservation");
        assertThat(channelOf("fyp.observations.outcomes.v1").at("/messages/InboundOutcome/$ref").asText())
                .isEqualTo("#/components/messages/InboundOutcome");
    }

    private static List<String> enumOf(String schema, String property) {
        List<String> values = new ArrayList<>();
        asyncapi.path("components").path("schemas").path(schema).path("properties").path(property).path("enum")
                .forEach(v -> values.add(v.asText()));
        return values;
    }

    private static List<String> constants(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    private static JsonNode channelOf(String topic) {
        for (JsonNode channel : asyncapi.path("channels")) {
            if (channel.path("address").asText().equals(topic)) {
                return channel;
            }
        }
        throw new AssertionError("no channel for " + topic);
    }
}
