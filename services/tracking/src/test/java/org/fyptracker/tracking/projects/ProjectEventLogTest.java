package org.fyptracker.tracking.projects;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.cloudevents.CloudEventTypes;
import org.fyptracker.contracts.projects.MilestoneProgressReported;
import org.fyptracker.testkit.TestMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A logged project event keeps its payload as the event's JSON text and reads back exactly; entries logged before
 * that (the payload as a document) still read, and questions about one plan find both (MongoDB wire server).
 */
class ProjectEventLogTest {

    private final String database = "log_" + UUID.randomUUID().toString().substring(0, 8);
    private final MongoClient client = MongoClients.create(TestMongo.uri(database));
    private final MongoTemplate mongo = new MongoTemplate(client, database);
    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private final ProjectEventLog log = new ProjectEventLog(mongo, json);
    private final Instant at = Instant.parse("2026-05-10T02:00:00Z");

    @AfterEach
    void close() {
        client.close();
    }

    private MilestoneProgressReported report(String projectId, String plan, String investment) {
        return new MilestoneProgressReported(projectId, "m1", "r-" + projectId, 40, new BigDecimal(investment),
                "征迁完成百分之四十", null, List.of(), LocalDate.of(2026, 5, 9), plan,
                new Provenance("fz-transport", "client-1", at, "k-" + projectId));
    }

    @Test
    void an_event_is_logged_as_its_json_text_and_reads_back_exactly() {
        MilestoneProgressReported event = report("p1", "FZ-15", "12.50");

        log.appendAll(List.of(log.entry(event, "e1", 3, at)));

        Document stored = mongo.findById("e1", Document.class, ProjectEventLog.COLLECTION);
        assertThat(stored.get("payload")).isInstanceOf(String.class);
        assertThat(stored.getString("planCode")).isEqualTo("FZ-15");
        ProjectEventLog.Logged logged = log.of("p1").get(0);
        assertThat(logged.event()).isEqualTo(event);
        assertThat(((MilestoneProgressReported) logged.event()).investmentCompleted()).hasToString("12.50");
        assertThat(logged.sequence()).isEqualTo(3);
    }

    @Test
    void an_entry_written_from_the_received_bytes_is_the_document_of_its_fields() throws Exception {
        MilestoneProgressReported event = report("p3", null, "1.25");
        byte[] received = json.writeValueAsBytes(event);

        RawBsonDocument entry = log.entry(event, received, "e3", 9, at);

        Document fields = new Document("_id", "e3").append("projectId", "p3").append("planCode", null)
                .append("sequence", 9L).append("type", CloudEventTypes.typeOf(MilestoneProgressReported.class))
                .append("recordedAt", at.toEpochMilli()).append("payload", json.writeValueAsString(event));
        assertThat(entry).isEqualTo(new RawBsonDocument(fields, new DocumentCodec()));
        assertThat(entry.getString("payload").getValue()).contains("征迁完成百分之四十");
    }

    @Test
    void a_redelivered_entry_is_stored_once_and_the_others_of_its_batch_all_the_same() {
        log.appendAll(List.of(log.entry(report("p4", "FZ-15", "1"), "e4", 1, at)));

        log.appendAll(List.of(log.entry(report("p4", "FZ-15", "1"), "e4", 1, at),
                log.entry(report("p4", "FZ-15", "2"), "e5", 2, at)));
        log.append(log.entry(report("p4", "FZ-15", "1"), "e4", 1, at));

        assertThat(log.of("p4")).extracting(ProjectEventLog.Logged::eventId).containsExactly("e4", "e5");
    }

    @Test
    void an_event_logged_as_it_arrived_from_a_newer_producer_keeps_its_text_and_reads_back_without_the_new_field()
            throws Exception {
        ProjectEventLog strictLog = new ProjectEventLog(mongo, json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        MilestoneProgressReported event = report("p2", "GL-15", "7.0");
        String received = "{\"photoCount\":3," + json.writeValueAsString(event).substring(1);

        strictLog.appendAll(List.of(strictLog.entry(event, received.getBytes(StandardCharsets.UTF_8), "e2", 1, at)));

        assertThat(mongo.findById("e2", Document.class, ProjectEventLog.COLLECTION).getString("payload"))
                .contains("\"photoCount\":3").contains("征迁完成百分之四十");
        assertThat(strictLog.of("p2")).extracting(ProjectEventLog.Logged::event).containsExactly(event);
    }

    @Test
    void an_entry_logged_with_its_payload_as_a_document_still_reads_and_is_found_by_its_plan() {
        MilestoneProgressReported before = report("p-old", "GL-15", "3");
        Document old = new Document("_id", "e-old").append("projectId", "p-old").append("sequence", 1L)
                .append("type", CloudEventTypes.typeOf(MilestoneProgressReported.class))
                .append("recordedAt", at.toEpochMilli())
                .append("payload", new Document(json.convertValue(before, Map.class)));
        mongo.insert(old, ProjectEventLog.COLLECTION);
        log.appendAll(List.of(log.entry(report("p-new", "GL-15", "4"), "e-new", 1, at),
                log.entry(report("p-fz", "FZ-15", "5"), "e-fz", 1, at)));

        assertThat(log.of("p-old").get(0).event()).isEqualTo(before);
        assertThat(mongo.find(Query.query(ProjectEventLog.ofPlan("GL-15")), Document.class, ProjectEventLog.COLLECTION))
                .extracting(entry -> entry.getString("_id")).containsExactlyInAnyOrder("e-old", "e-new");
    }
}
