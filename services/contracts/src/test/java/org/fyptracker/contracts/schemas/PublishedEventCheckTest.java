package org.fyptracker.contracts.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.fyptracker.contracts.DomainEvent;
import org.fyptracker.contracts.cloudevents.CloudEventTypes;
import org.fyptracker.contracts.cloudevents.ContractViolation;
import org.fyptracker.contracts.cloudevents.PublishedEventCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The check testkit runs on every record the services publish in their tests, and e2e on what kcat prints:
 * a record as the converter writes it keeps the contract, for every type; each way of breaking a header or
 * the data is named by its field and rule.
 */
class PublishedEventCheckTest {

    static final String PROGRESS = "org.fyptracker.projects.MilestoneProgressReported.v1";

    /** A record of the event as CloudEventKafkaConverter writes it (binary mode). */
    record Written(String key, Map<String, String> headers, ObjectNode data) {

        static Written of(DomainEvent event) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("ce_specversion", "1.0");
            headers.put("ce_id", "3f0c2a8e-5b7d-4a51-9f2e-6c1d8e7b4a90");
            headers.put("ce_source", CloudEventTypes.sourceOf(event.getClass()).toString());
            headers.put("ce_type", CloudEventTypes.typeOf(event.getClass()));
            headers.put("ce_subject", event.aggregateId());
            headers.put("ce_time", "2026-05-10T01:02:03.456Z");
            headers.put("content-type", "application/json");
            headers.put("ce_aggregatesequence", "4");
            if (event.planCode() != null) {
                headers.put("ce_plancode", event.planCode());
            }
            if (event.provenance().department() != null) {
                headers.put("ce_department", event.provenance().department());
            }
            return new Written(event.aggregateId(), headers, EventContractTest.JSON.valueToTree(event));
        }

        List<ContractViolation> check() throws IOException {
            return PublishedEventCheck.check(key, headers, EventContractTest.JSON.writeValueAsBytes(data));
        }

        Written with(Consumer<Written> change) {
            Written copy = new Written(key, new LinkedHashMap<>(headers), data.deepCopy());
            change.accept(copy);
            return copy;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.fyptracker.contracts.schemas.EventContractTest#eventTypes")
    void every_event_type_as_the_services_write_it_keeps_the_contract(Class<? extends DomainEvent> eventClass) throws IOException {
        for (int variant = 0; variant < Samples.variants(); variant++) {
            assertThat(Written.of(Samples.full(eventClass, variant)).check()).isEmpty();
        }
        assertThat(Written.of(Samples.minimal(eventClass)).check()).isEmpty();
    }

    @Test
    void each_broken_attribute_is_named_with_its_rule() throws IOException {
        Written good = Written.of(Samples.full(CloudEventTypes.classOf(PROGRESS).orElseThrow(), 0));
        assertThat(good.check()).isEmpty();

        assertBroken(good.with(w -> w.headers.remove("ce_id")), "ce_id", "required");
        assertBroken(good.with(w -> w.headers.put("ce_specversion", "0.3")), "ce_specversion", "must be 1.0");
        assertBroken(good.with(w -> w.headers.put("ce_source", "/fyp-tracker/indicators")), "ce_source", "/fyp-tracker/projects");
        assertBroken(good.with(w -> w.headers.put("ce_type", "org.fyptracker.projects.MilestoneProgressReported")),
                "ce_type", "v<n>");
        assertBroken(good.with(w -> w.headers.put("ce_type", "org.fyptracker.projects.MilestoneProgressReported.v9")),
                "ce_type", "not an event type");
        assertBroken(good.with(w -> w.headers.put("ce_time", "2026-05-10T09:02:03.456+08:00")), "ce_time", "UTC");
        assertBroken(good.with(w -> w.headers.put("ce_time", "10/05/2026")), "ce_time", "RFC 3339");
        assertBroken(good.with(w -> w.headers.put("content-type", "text/plain")), "content-type", "application/json");
        assertBroken(good.with(w -> w.headers.put("ce_aggregatesequence", "-1")), "ce_aggregatesequence", "from 0");
        assertBroken(good.with(w -> w.headers.remove("ce_aggregatesequence")), "ce_aggregatesequence", "required");
        assertBroken(good.with(w -> w.headers.put("ce_plancode", "GL-15")), "ce_plancode", "the event's plan");
        assertBroken(good.with(w -> w.headers.remove("ce_department")), "ce_department", "provenance's department");
        assertBroken(good.with(w -> w.headers.put("ce_correlationid", " ")), "ce_correlationid", "not blank");
        assertBroken(good.with(w -> w.headers.put("ce_priority", "high")), "ce_priority", "undocumented");
        assertBroken(new Written("another-key", good.headers, good.data), "ce_subject", "record key");
    }

    @Test
    void data_that_breaks_its_schema_is_named_by_field_and_rule() throws IOException {
        Written good = Written.of(Samples.full(CloudEventTypes.classOf(PROGRESS).orElseThrow(), 0));

        assertBroken(good.with(w -> w.data.put("percentComplete", "forty")), "data.percentComplete", "type");
        assertBroken(good.with(w -> w.data.remove("projectId")), "data.projectId", "required");
        assertBroken(good.with(w -> w.data.put("reportedOn", "10/05/2026")), "data.reportedOn", "format");
        assertBroken(good.with(w -> w.data.put("undocumented", 1)), "data.undocumented", "additionalProperties");
        assertBroken(good.with(w -> w.data.put("projectId", "another-project")), "ce_subject", "aggregate id");
    }

    private static void assertBroken(Written record, String field, String rule) throws IOException {
        assertThat(record.check()).as(field).anySatisfy(v -> {
            assertThat(v.type()).isEqualTo(record.headers.get("ce_type"));
            assertThat(v.field()).isEqualTo(field);
            assertThat(v.rule()).contains(rule);
        });
    }
}
