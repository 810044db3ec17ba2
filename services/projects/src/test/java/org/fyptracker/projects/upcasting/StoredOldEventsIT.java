package org.fyptracker.projects.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.fyptracker.contracts.projects.KeyProjectRegistered;
import org.fyptracker.testkit.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

/** An event stored in its old form (revision 1, no planCode) is read in its new form. */
@SpringBootTest
@RealInfrastructure
class StoredOldEventsIT {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    EventStore eventStore;

    @Test
    void a_revision_1_key_project_registered_is_read_with_its_plan_code() {
        String projectId = UUID.randomUUID().toString();
        String oldPayload = """
                {"projectId":"%s","name":"旧版本事件","planRef":"GL-15.B03.2","kind":"CONSTRUCTION",
                 "leadDepartment":"gl-gov","coDepartments":[],"plannedStart":"2026-02-01",
                 "plannedEnd":"2027-12-31","provenance":{"department":"gl-gov","client":"legacy",
                 "recordedAt":"2026-02-01T01:00:00Z"}}""".formatted(projectId);
        // exactly what the Axon Mongo store wrote for revision 1: no revision, no planCode
        mongo.getCollection("domainevents").insertOne(new Document()
                .append("aggregateIdentifier", projectId).append("type", "KeyProject").append("sequenceNumber", 0L)
                .append("serializedPayload", oldPayload).append("timestamp", Instant.parse("2026-02-01T01:00:00Z").toString())
                .append("payloadType", KeyProjectRegistered.class.getName()).append("payloadRevision", null)
                .append("serializedMetaData", "{}").append("eventIdentifier", UUID.randomUUID().toString()));

        List<?> payloads = eventStore.readEvents(projectId).asStream().map(m -> m.getPayload()).toList();

        assertThat(payloads).hasSize(1);
        KeyProjectRegistered registered = (KeyProjectRegistered) payloads.get(0);
        assertThat(registered.planCode()).isEqualTo("GL-15");
        assertThat(registered.name()).isEqualTo("旧版本事件");
        assertThat(registered.plannedStart()).isEqualTo(LocalDate.of(2026, 2, 1));
    }
}
