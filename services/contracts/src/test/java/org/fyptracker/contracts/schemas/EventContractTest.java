package org.fyptracker.contracts.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.fyptracker.contracts.DomainEvent;
import org.fyptracker.contracts.cloudevents.CloudEventTypes;
import org.fyptracker.contracts.cloudevents.PublishedSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract: what the services write for every event type validates against its published schema,
 * and reads back as the same event. Every permitted event class has a schema on the classpath
 * ({@code schemas/<type>.json}, shipped in the contracts jar with {@link PublishedSchemas}, which other suites
 * validate with: testkit checks every event the services publish in their integration tests).
 */
class EventContractTest {

    static final ObjectMapper JSON = EventSchemas.platformJson();

    static Stream<Class<? extends DomainEvent>> eventTypes() {
        return CloudEventTypes.all().stream();
    }

    /** Validation errors of an event's data against its published schema (strict: no unknown properties). */
    static Set<ValidationMessage> validate(String type, JsonNode data, boolean strict) {
        assertThat(PublishedSchemas.schemaOf(type)).as("schema of " + type).isPresent();
        return PublishedSchemas.validate(type, data, strict);
    }

    @Test
    void every_permitted_event_class_of_every_context_has_a_published_schema() {
        List<String> missing = new ArrayList<>();
        int count = 0;
        for (Class<?> root : CloudEventTypes.ROOTS) {
            for (Class<?> event : root.getPermittedSubclasses()) {
                count++;
                if (PublishedSchemas.schemaOf(CloudEventTypes.typeOf(event)).isEmpty()) {
                    missing.add(CloudEventTypes.typeOf(event));
                }
            }
        }
        assertThat(missing).as("event types without a schema").isEmpty();
        assertThat(count).isEqualTo(CloudEventTypes.all().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void what_the_services_write_for_the_event_validates_against_its_schema_and_reads_back_the_same(
            Class<? extends DomainEvent> eventClass) throws IOException {
        String type = CloudEventTypes.typeOf(eventClass);
        List<DomainEvent> samples = new ArrayList<>();
        for (int variant = 0; variant < Samples.variants(); variant++) {
            samples.add(Samples.full(eventClass, variant));
        }
        samples.add(Samples.minimal(eventClass));
        for (DomainEvent sample : samples) {
            byte[] wire = JSON.writeValueAsBytes(sample);
            JsonNode data = JSON.readTree(wire);
            assertThat(validate(type, data, true)).as(type + " data " + data).isEmpty();
            assertThat(JSON.readValue(wire, eventClass)).as("read back").isEqualTo(sample);
        }
    }

    @Test
    void data_that_breaks_the_contract_is_refused() throws IOException {
        String type = "org.fyptracker.projects.MilestoneProgressReported.v1";
        ObjectNode data = (ObjectNode) JSON.valueToTree(Samples.full(CloudEventTypes.classOf(type).orElseThrow(), 0));
        assertThat(validate(type, data, false)).isEmpty();

        ObjectNode missingId = data.deepCopy();
        missingId.remove("projectId");
        assertThat(validate(type, missingId, false)).anySatisfy(m -> assertThat(m.getMessage()).contains("projectId"));

        ObjectNode wrongType = data.deepCopy();
        wrongType.put("percentComplete", "forty");
        assertThat(validate(type, wrongType, false)).isNotEmpty();

        ObjectNode badDate = data.deepCopy();
        badDate.put("reportedOn", "10/05/2026");
        assertThat(validate(type, badDate, false)).isNotEmpty();

        ObjectNode unknownField = data.deepCopy();
        unknownField.put("newOptionalField", 1);
        assertThat(validate(type, unknownField, false)).as("published schema: open for new optional fields").isEmpty();
        assertThat(validate(type, unknownField, true)).as("our own output: nothing undocumented").isNotEmpty();
    }

    @Test
    void an_old_key_project_registered_as_stored_before_plan_code_validates_once_upcast() throws IOException {
        // Revision 1 as StoredOldEventsIT stores it; the projects service upcasts it before publishing.
        ObjectNode old = (ObjectNode) JSON.readTree("""
                {"projectId":"p-1","name":"旧版本事件","planRef":"GL-15.B03.2","kind":"CONSTRUCTION",
                 "leadDepartment":"gulou-district","coDepartments":[],"plannedStart":"2026-02-01",
                 "plannedEnd":"2027-12-31","provenance":{"department":"gulou-district","client":"legacy",
                 "recordedAt":"2026-02-01T01:00:00Z"}}""");
        String type = "org.fyptracker.projects.KeyProjectRegistered.v1";
        assertThat(validate(type, old, true)).isEmpty();
        old.put("planCode", "GL-15");
        assertThat(validate(type, old, true)).isEmpty();
    }
}
