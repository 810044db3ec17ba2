package org.fyptracker.tracking.projects;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.projects.KeyProjectRegistered;
import org.fyptracker.contracts.projects.MilestonePlanned;
import org.fyptracker.contracts.projects.ProjectKind;
import org.fyptracker.testkit.TestMongo;
import org.fyptracker.tracking.events.ReadModelVersions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A batch writes its views and log entries only at its end, and a stored view does not carry the timeline, so
 * it does not grow with the project's history (on the MongoDB-wire server, no Kafka: the batch is driven by hand
 * as the projection does).
 */
class ProjectViewBatchTest {

    private final String database = "batch_" + UUID.randomUUID().toString().substring(0, 8);
    private final MongoClient client = MongoClients.create(TestMongo.uri(database));
    private final MongoTemplate mongo = new MongoTemplate(client, database);
    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private final ProjectEventLog log = new ProjectEventLog(mongo, json);
    private final ReadModelVersions versions = new ReadModelVersions(mongo);

    @AfterEach
    void close() {
        client.close();
    }

    private void register(ProjectViewBatch batch, String id, long sequence) {
        KeyProjectRegistered event = new KeyProjectRegistered(id, "项目" + id, "FZ-15.C14", "FZ-15", ProjectKind.PROGRAMME,
                "fz-transport", List.of(), "福州市", LocalDate.of(2026, 3, 1), LocalDate.of(2028, 12, 31), null,
                new Provenance("fz-drc", "client-1", Instant.parse("2026-03-01T02:00:00Z"), null));
        batch.log(log.entry(event, "e-" + id, sequence, Instant.parse("2026-03-01T02:00:00Z")));
        ProjectView view = batch.view(id, mongo);
        assertThat(view).isNull();
        view = new ProjectView();
        ProjectHistory.apply(view, event, "e-" + id, sequence, Instant.parse("2026-03-01T02:00:00Z"));
        batch.changed(view);
    }

    @Test
    void a_batch_reads_its_views_together_and_writes_them_and_the_log_only_at_its_end() {
        ProjectViewBatch batch = new ProjectViewBatch(List.of("a", "b"));
        long before = versions.current(ProjectView.COLLECTION);

        register(batch, "a", 0);
        register(batch, "b", 0);
        assertThat(mongo.findAll(ProjectView.class)).isEmpty();
        assertThat(mongo.getCollection(ProjectEventLog.COLLECTION).countDocuments()).isZero();

        batch.write(mongo, log, versions);

        assertThat(mongo.findAll(ProjectView.class)).extracting(v -> v.projectId).containsExactlyInAnyOrder("a", "b");
        assertThat(mongo.getCollection(ProjectEventLog.COLLECTION).countDocuments()).isEqualTo(2);
        assertThat(versions.current(ProjectView.COLLECTION)).isEqualTo(before + 1);
    }

    @Test
    void a_stored_view_keeps_no_timeline_however_many_events_the_project_has() {
        ProjectViewBatch first = new ProjectViewBatch(List.of("a"));
        register(first, "a", 0);
        first.write(mongo, log, versions);
        ProjectViewBatch second = new ProjectViewBatch(List.of("a"));
        ProjectView view = second.view("a", mongo);
        for (int i = 1; i <= 50; i++) {
            MilestonePlanned planned = new MilestonePlanned("a", "m" + i, "节点" + i, LocalDate.of(2027, 1, 1), 1, "FZ-15", null);
            second.log(log.entry(planned, "e-a-" + i, i, Instant.parse("2026-03-02T02:00:00Z")));
            ProjectHistory.apply(view, planned, "e-a-" + i, i, Instant.parse("2026-03-02T02:00:00Z"));
            second.changed(view);
        }
        assertThat(view.timeline).hasSize(50); // the fold still records them in memory

        second.write(mongo, log, versions);

        Document stored = mongo.getCollection(ProjectView.COLLECTION).find(new Document("_id", "a")).first();
        assertThat(stored).doesNotContainKey("timeline");
        assertThat(stored.getList("milestones", Document.class)).hasSize(50);
        assertThat(log.of("a")).hasSize(51).extracting(ProjectEventLog.Logged::sequence).isSorted();
    }
}
