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
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.projects.KeyProjectRegistered;
import org.fyptracker.contracts.projects.ProjectKind;
import org.fyptracker.testkit.TestMongo;
import org.fyptracker.tracking.events.ReadModelVersions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A batch over more project history than it may hold writes what it has before reading on, and still writes
 * everything by its end (on the MongoDB-wire server, no Kafka: the batch is driven by hand as the projection does).
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
        ProjectView view = batch.view(id, mongo, log);
        assertThat(view).isNull();
        view = new ProjectView();
        ProjectHistory.apply(view, event, "e-" + id, sequence, Instant.parse("2026-03-01T02:00:00Z"));
        batch.changed(view);
    }

    @Test
    void past_its_limit_a_batch_writes_what_it_holds_before_reading_the_next_view_and_the_rest_at_its_end() {
        // b and c are not among the projects read with a: reading them is where the batch may write first
        ProjectViewBatch batch = new ProjectViewBatch(List.of("a"), 0);

        register(batch, "a", 0);
        assertThat(mongo.findById("a", ProjectView.class)).isNull(); // held, not written yet
        register(batch, "b", 0); // an entry held, over the limit: reading b first writes what the batch has
        assertThat(mongo.findById("a", ProjectView.class)).isNotNull();
        assertThat(mongo.getCollection(ProjectEventLog.COLLECTION).countDocuments()).isEqualTo(2); // a's and b's, logged first
        assertThat(mongo.findById("b", ProjectView.class)).isNull();
        register(batch, "c", 0);
        long before = versions.current(ProjectView.COLLECTION);

        batch.write(mongo, log, versions);

        assertThat(mongo.findAll(ProjectView.class)).extracting(v -> v.projectId).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(mongo.getCollection(ProjectEventLog.COLLECTION).countDocuments()).isEqualTo(3);
        assertThat(versions.current(ProjectView.COLLECTION)).isEqualTo(before + 1);
    }

    @Test
    void a_batch_within_its_limit_reads_its_views_together_and_writes_only_at_its_end() {
        ProjectViewBatch batch = new ProjectViewBatch(List.of("a", "b"), ProjectViewBatch.MAX_HELD_ENTRIES);

        register(batch, "a", 0);
        register(batch, "b", 0);
        assertThat(mongo.findAll(ProjectView.class)).isEmpty();

        batch.write(mongo, log, versions);

        assertThat(mongo.findAll(ProjectView.class)).hasSize(2);
    }
}
