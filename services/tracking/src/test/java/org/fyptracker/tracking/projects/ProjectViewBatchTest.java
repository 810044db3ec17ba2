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
import org.fyptracker.platform.events.WriteBehind;
import org.fyptracker.testkit.TestMongo;
import org.fyptracker.tracking.events.ReadModelVersions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A batch writes its views and log entries only at its end, and a stored view does not carry the timeline, so
 * it does not grow with the project's history; the next batch folds on the views the one before left, stored or
 * not (on the MongoDB-wire server, no Kafka: the batch is driven by hand as the projection does).
 */
class ProjectViewBatchTest {

    private final String database = "batch_" + UUID.randomUUID().toString().substring(0, 8);
    private final MongoClient client = MongoClients.create(TestMongo.uri(database));
    private final MongoTemplate mongo = new MongoTemplate(client, database);
    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private final ProjectEventLog log = new ProjectEventLog(mongo, json);
    private final ReadModelVersions versions = new ReadModelVersions(mongo);
    private final ProjectViewStore store = new ProjectViewStore(mongo);
    private final WriteBehind writes = new WriteBehind(ProjectViewProjection.GROUP, 2);

    @AfterEach
    void close() {
        writes.close();
        client.close();
    }

    private void write(ProjectViewBatch batch) {
        batch.write(store, writes, mongo, log, versions);
        writes.drain();
    }

    private void register(ProjectViewBatch batch, String id, long sequence) {
        KeyProjectRegistered event = new KeyProjectRegistered(id, "项目" + id, "FZ-15.C14", "FZ-15", ProjectKind.PROGRAMME,
                "fz-transport", List.of(), "福州市", LocalDate.of(2026, 3, 1), LocalDate.of(2028, 12, 31), null,
                new Provenance("fz-drc", "client-1", Instant.parse("2026-03-01T02:00:00Z"), null));
        batch.log(log.entry(event, "e-" + id, sequence, Instant.parse("2026-03-01T02:00:00Z")));
        ProjectView view = batch.view(id, store);
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

        write(batch);

        assertThat(mongo.findAll(ProjectView.class)).extracting(v -> v.projectId).containsExactlyInAnyOrder("a", "b");
        assertThat(mongo.getCollection(ProjectEventLog.COLLECTION).countDocuments()).isEqualTo(2);
        assertThat(versions.current(ProjectView.COLLECTION)).isEqualTo(before + 1);
    }

    @Test
    void a_stored_view_keeps_no_timeline_however_many_events_the_project_has() {
        ProjectViewBatch first = new ProjectViewBatch(List.of("a"));
        register(first, "a", 0);
        write(first);
        ProjectViewBatch second = new ProjectViewBatch(List.of("a"));
        ProjectView view = second.view("a", store);
        for (int i = 1; i <= 50; i++) {
            MilestonePlanned planned = new MilestonePlanned("a", "m" + i, "节点" + i, LocalDate.of(2027, 1, 1), 1, "FZ-15", null);
            second.log(log.entry(planned, "e-a-" + i, i, Instant.parse("2026-03-02T02:00:00Z")));
            ProjectHistory.apply(view, planned, "e-a-" + i, i, Instant.parse("2026-03-02T02:00:00Z"));
            second.changed(view);
        }
        assertThat(view.timeline).hasSize(50); // the fold still records them in memory

        write(second);

        Document stored = mongo.getCollection(ProjectView.COLLECTION).find(new Document("_id", "a")).first();
        assertThat(stored).doesNotContainKey("timeline");
        assertThat(stored.getList("milestones", Document.class)).hasSize(50);
        assertThat(log.of("a")).hasSize(51).extracting(ProjectEventLog.Logged::sequence).isSorted();
    }

    @Test
    void the_next_batch_folds_on_the_views_the_batch_before_left_whether_or_not_they_are_stored_yet() {
        ProjectViewBatch first = new ProjectViewBatch(List.of("a"));
        register(first, "a", 0);
        write(first);
        mongo.dropCollection(ProjectView.class); // as if the write were still queued

        ProjectView held = new ProjectViewBatch(List.of("a")).view("a", store);

        assertThat(held).isNotNull();
        assertThat(held.lastSequence).isZero();
        assertThat(held.timeline).as("the fold's timeline is not carried to the next batch").isEmpty();
        store.forget(); // the claim released: what is stored counts again
        assertThat(new ProjectViewBatch(List.of("a")).view("a", store)).isNull();
    }

    @Test
    void a_batch_folds_on_a_copy_so_the_view_being_written_does_not_change_under_the_writer() {
        ProjectViewBatch first = new ProjectViewBatch(List.of("a"));
        register(first, "a", 0);
        write(first);
        ProjectView folded = new ProjectViewBatch(List.of("a")).view("a", store);

        MilestonePlanned planned = new MilestonePlanned("a", "m1", "节点1", LocalDate.of(2027, 1, 1), 1, "FZ-15", null);
        ProjectHistory.apply(folded, planned, "e-a-1", 1, Instant.parse("2026-03-02T02:00:00Z"));

        ProjectView again = new ProjectViewBatch(List.of("a")).view("a", store);
        assertThat(again.milestones).isEmpty();
        assertThat(again.lastSequence).isZero();
    }

    @Test
    void a_batch_that_read_no_view_because_its_events_were_parked_writes_its_log_entries_only() {
        ProjectViewBatch batch = new ProjectViewBatch(List.of("a"));
        MilestonePlanned planned = new MilestonePlanned("a", "m1", "节点1", LocalDate.of(2027, 1, 1), 1, "FZ-15", null);
        batch.log(log.entry(planned, "e-a-1", 1, Instant.parse("2026-03-02T02:00:00Z")));
        long before = versions.current(ProjectView.COLLECTION);

        write(batch);

        assertThat(log.of("a")).hasSize(1);
        assertThat(mongo.findAll(ProjectView.class)).isEmpty();
        assertThat(versions.current(ProjectView.COLLECTION)).isEqualTo(before);
    }
}
