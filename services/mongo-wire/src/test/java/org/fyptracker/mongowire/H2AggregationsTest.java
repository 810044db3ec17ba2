package org.fyptracker.mongowire;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Aggregations over the H2 store read the collection as a stream (finding 24) and answer as the memory store does:
 * the driver's {@code countDocuments} with and without a filter, and a {@code $group} by project.
 */
class H2AggregationsTest {

    @TempDir
    Path dir;

    private record Answers(long all, long filtered, Map<String, Integer> perProject) {
    }

    private Answers answers(MongoBackend backend) {
        MongoServer server = new MongoServer(backend);
        var address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
            MongoCollection<Document> log = client.getDatabase("fyp_tracking").getCollection("project_events");
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < 5_000; i++) {
                batch.add(new Document("_id", UUID.randomUUID().toString()).append("projectId", "KP-" + i % 7)
                        .append("recordedAt", 1_764_000_000_000L + i).append("title", "项目进度"));
            }
            log.insertMany(batch);
            Map<String, Integer> perProject = new TreeMap<>();
            log.aggregate(List.of(Aggregates.group("$projectId", Accumulators.sum("n", 1))))
                    .forEach(d -> perProject.put(d.getString("_id"), d.getInteger("n")));
            return new Answers(log.countDocuments(), log.countDocuments(Filters.lt("recordedAt", 1_764_000_001_000L)),
                    perProject);
        } finally {
            server.shutdown();
        }
    }

    @Test
    void countsAndGroupsAnswerAsTheMemoryStoreDoes() {
        Answers h2 = answers(MongoWireBackends.h2(dir.resolve("fyp.mv").toString()));
        assertThat(h2).isEqualTo(answers(MongoWireBackends.memory()));
        assertThat(h2.all()).isEqualTo(5_000);
        assertThat(h2.filtered()).isEqualTo(1_000);
        assertThat(h2.perProject()).hasSize(7).containsEntry("KP-0", 715);
    }
}
