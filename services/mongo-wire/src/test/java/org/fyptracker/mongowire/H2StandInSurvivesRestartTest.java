package org.fyptracker.mongowire;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.function.Consumer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local stack's store keeps its ordered indexes in memory only: after a restart they are filled again from
 * the persisted documents, so range queries still find documents written before the restart.
 */
class H2StandInSurvivesRestartTest {

    @TempDir
    Path dir;

    private void withServer(Consumer<MongoCollection<Document>> work) {
        MongoServer server = new MongoServer(MongoWireBackends.h2(dir.resolve("fyp.mv").toString()));
        var address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
            MongoCollection<Document> events = client.getDatabase("fyp_projects").getCollection("domainevents");
            // as the event store does on every start
            events.createIndex(Indexes.ascending("aggregateIdentifier", "sequenceNumber"), new IndexOptions().unique(true));
            events.createIndex(Indexes.ascending("timestamp", "sequenceNumber"));
            work.accept(events);
        } finally {
            server.shutdown();
        }
    }

    @Test
    void rangeQueriesFindWhatWasWrittenBeforeTheRestart() {
        withServer(events -> {
            for (int i = 0; i < 50; i++) {
                events.insertOne(new Document("aggregateIdentifier", "p" + (i % 5)).append("sequenceNumber", (long) (i / 5))
                        .append("timestamp", String.format("2026-11-25T10:00:%02dZ", i)));
            }
        });
        withServer(events -> {
            events.insertOne(new Document("aggregateIdentifier", "p1").append("sequenceNumber", 10L)
                    .append("timestamp", "2026-11-25T10:01:00Z"));

            assertThat(events.find(Filters.gte("timestamp", "2026-11-25T10:00:47Z")).sort(Sorts.ascending("timestamp"))
                    .map(d -> d.getString("timestamp")).into(new ArrayList<>()))
                    .containsExactly("2026-11-25T10:00:47Z", "2026-11-25T10:00:48Z", "2026-11-25T10:00:49Z",
                            "2026-11-25T10:01:00Z");
            assertThat(events.find(Filters.and(Filters.eq("aggregateIdentifier", "p1"), Filters.gte("sequenceNumber", 8L)))
                    .map(d -> d.getLong("sequenceNumber")).into(new ArrayList<>())).containsExactly(8L, 9L, 10L);
            assertThat(events.listIndexes().map(d -> d.getString("name")).into(new ArrayList<>()))
                    .containsExactlyInAnyOrder("_id_", "aggregateIdentifier_1_sequenceNumber_1", "timestamp_1_sequenceNumber_1");
        });
    }
}
