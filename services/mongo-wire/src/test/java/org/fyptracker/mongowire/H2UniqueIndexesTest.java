package org.fyptracker.mongowire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stand-in's unique indexes in H2 refuse a taken key and leave no trace of the refused document — also when
 * replicas append the same event sequence at the same moment, which is how the event store guards an aggregate.
 */
class H2UniqueIndexesTest {

    @TempDir
    Path dir;

    private MongoServer server;
    private InetSocketAddress address;

    @BeforeEach
    void start() {
        server = new MongoServer(MongoWireBackends.h2(dir.resolve("fyp.mv").toString()));
        address = server.bind();
    }

    @AfterEach
    void stop() {
        server.shutdown();
    }

    private MongoClient client() {
        return MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
    }

    private static MongoCollection<Document> events(MongoClient client) {
        return client.getDatabase("fyp_projects").getCollection("domainevents");
    }

    private static Document event(String id, String aggregate, long sequence) {
        return new Document("_id", id).append("aggregateIdentifier", aggregate).append("sequenceNumber", sequence)
                .append("payloadType", "MilestoneProgressReported").append("payload", "{\"narrative\":\"征地拆迁完成\"}");
    }

    private static void guardSequences(MongoCollection<Document> events) {
        events.createIndex(Indexes.ascending("aggregateIdentifier", "sequenceNumber"), new IndexOptions().unique(true));
    }

    private static boolean isDuplicateKey(Throwable e) {
        return e instanceof MongoWriteException w && w.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
    }

    @Test
    void aTakenIdIsRefusedAndTheFirstDocumentStays() {
        try (MongoClient client = client()) {
            MongoCollection<Document> events = events(client);
            guardSequences(events);
            events.insertOne(event("e-1", "KP-1", 0));

            assertThatThrownBy(() -> events.insertOne(event("e-1", "KP-2", 0))).matches(H2UniqueIndexesTest::isDuplicateKey);

            assertThat(events.find().into(new ArrayList<>())).singleElement()
                    .satisfies(d -> assertThat(d.getString("aggregateIdentifier")).isEqualTo("KP-1"));
            assertThat(events.countDocuments(new Document("aggregateIdentifier", "KP-2"))).isZero();
        }
    }

    @Test
    void aTakenSequenceIsRefusedWithoutKeepingTheRefusedDocumentOrItsId() {
        try (MongoClient client = client()) {
            MongoCollection<Document> events = events(client);
            guardSequences(events);
            events.insertOne(event("e-1", "KP-1", 0));

            assertThatThrownBy(() -> events.insertOne(event("e-2", "KP-1", 0))).matches(H2UniqueIndexesTest::isDuplicateKey);

            assertThat(events.find().into(new ArrayList<>())).extracting(d -> d.getString("_id")).containsExactly("e-1");
            assertThat(events.find(new Document("_id", "e-2")).first()).isNull();
            events.insertOne(event("e-2", "KP-1", 1)); // its id was not kept by the refused insert
            assertThat(events.countDocuments()).isEqualTo(2);
        }
    }

    @Test
    void replicasAppendingTheSameSequencesAtOnceStoreEachSequenceOnce() throws Exception {
        int replicas = 6;
        int sequences = 150;
        try (MongoClient setup = client()) {
            guardSequences(events(setup));
        }
        Map<Long, String> appended = new ConcurrentHashMap<>();
        AtomicInteger refused = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(replicas);
        List<MongoClient> clients = new ArrayList<>();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int r = 0; r < replicas; r++) {
                MongoClient client = client(); // a connection of its own, as a replica has
                clients.add(client);
                done.add(pool.submit(() -> {
                    go.await();
                    for (long sequence = 0; sequence < sequences; sequence++) {
                        String id = UUID.randomUUID().toString();
                        try {
                            events(client).insertOne(event(id, "KP-1", sequence));
                            appended.put(sequence, id);
                        } catch (MongoWriteException e) {
                            assertThat(isDuplicateKey(e)).isTrue();
                            refused.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
            clients.forEach(MongoClient::close);
        }

        assertThat(appended).hasSize(sequences);
        assertThat(refused.get()).isEqualTo(replicas * sequences - sequences);
        try (MongoClient client = client()) {
            // a scan reads the documents themselves, not an index: no refused document may be among them
            List<Document> stored = events(client).find(new Document("payloadType", "MilestoneProgressReported"))
                    .into(new ArrayList<>());
            assertThat(stored).hasSize(sequences);
            stored.forEach(d -> assertThat(d.getString("_id")).isEqualTo(appended.get(d.getLong("sequenceNumber"))));
        }
    }
}
