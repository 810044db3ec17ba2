package org.fyptracker.mongowire;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The ordered indexes must never change an answer: the same documents in an indexed and an unindexed
 * collection give the same results, in the same order, for every query shape — also after updates and deletes
 * moved documents between keys. Run on each backend ({@link IndexedQueriesAnswerLikeScansTest},
 * {@link IndexedQueriesAnswerLikeScansOnH2Test}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class IndexedQueriesAnswerLikeScans {

    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> indexed;
    private MongoCollection<Document> plain;

    abstract MongoBackend backend();

    @BeforeAll
    void start() {
        server = new MongoServer(backend());
        var address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        MongoDatabase db = client.getDatabase("stand_in");
        indexed = db.getCollection("indexed");
        plain = db.getCollection("plain");
        indexed.createIndex(Indexes.ascending("n"));
        indexed.createIndex(Indexes.ascending("s"));
        indexed.createIndex(Indexes.ascending("tags"));
        indexed.createIndex(Indexes.ascending("a.b"));
        indexed.createIndex(Indexes.ascending("ts", "seq"));
        indexed.createIndex(Indexes.ascending("g", "seq"), new IndexOptions().unique(true));
        Random random = new Random(20261125);
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            docs.add(randomDocument(i, random));
        }
        indexed.insertMany(docs.stream().map(Document::new).toList());
        plain.insertMany(docs.stream().map(Document::new).toList());
    }

    @AfterAll
    void stop() {
        client.close();
        server.shutdownNow();
    }

    private static Document randomDocument(int i, Random random) {
        Document d = new Document("_id", "doc-" + i).append("g", "aggregate-" + (i % 37)).append("seq", i / 37)
                .append("ts", String.format("2026-11-25T10:%02d:%02d.%03dZ", i / 60 % 60, i % 60, random.nextInt(1000)));
        switch (random.nextInt(6)) {
            case 0 -> d.append("n", random.nextInt(50));
            case 1 -> d.append("n", (long) random.nextInt(50));
            case 2 -> d.append("n", random.nextInt(100) / 2.0);
            case 3 -> d.append("n", List.of(random.nextInt(50), random.nextInt(50)));
            case 4 -> d.append("n", null);
            default -> { } // missing
        }
        if (random.nextInt(5) > 0) {
            d.append("s", random.nextInt(3) == 0 ? "福州-" + random.nextInt(20) : "gulou-" + random.nextInt(20));
        }
        d.append("tags", List.of("t" + random.nextInt(8), "t" + random.nextInt(8)));
        d.append("a", random.nextBoolean() ? new Document("b", random.nextInt(10))
                : List.of(new Document("b", random.nextInt(10)), new Document("b", random.nextInt(10))));
        return d;
    }

    private static List<Bson> queries() {
        return List.of(
                Filters.eq("n", 7), Filters.eq("n", 7.0), Filters.eq("n", 7L), Filters.eq("n", 12.5),
                Filters.gte("n", 20), Filters.gt("n", 20.5), Filters.lt("n", 5), Filters.lte("n", 5L),
                Filters.and(Filters.gte("n", 10), Filters.lt("n", 20)),
                Filters.in("n", 1, 2, 3.5, 40L), Filters.in("n"), Filters.eq("n", null), Filters.ne("n", 3),
                Filters.exists("n", false), Filters.eq("n", List.of(1, 2)), Filters.size("n", 2),
                Filters.eq("s", "gulou-3"), Filters.regex("s", Pattern.compile("^福州")), Filters.gte("s", "gulou-15"),
                Filters.in("s", "福州-1", "gulou-1", "nowhere"),
                Filters.eq("tags", "t3"), Filters.all("tags", "t1", "t2"), Filters.in("tags", "t0", "t7"),
                Filters.eq("a.b", 4), Filters.gt("a.b", 7), Filters.elemMatch("a", Filters.eq("b", 2)),
                Filters.and(Filters.gte("ts", "2026-11-25T10:05"), Filters.eq("s", "gulou-2")),
                Filters.and(Filters.eq("g", "aggregate-5"), Filters.gte("seq", 3)),
                Filters.and(Filters.eq("g", "aggregate-5"), Filters.eq("seq", 3)),
                new Document("g", "aggregate-9").append("seq", 2),
                Filters.or(Filters.eq("n", 3), Filters.eq("s", "gulou-3")),
                Filters.and(Filters.eq("n", 3), Filters.or(Filters.eq("s", "gulou-3"), Filters.eq("tags", "t1"))),
                Filters.not(Filters.gte("n", 10)), new Document());
    }

    private void assertSameAnswers() {
        for (Bson query : queries()) {
            assertThat(ids(indexed.find(query))).as("find %s", query).isEqualTo(ids(plain.find(query)));
            assertThat(ids(indexed.find(query).sort(Sorts.descending("ts", "seq")).limit(25)))
                    .as("find %s sorted, limited", query)
                    .isEqualTo(ids(plain.find(query).sort(Sorts.descending("ts", "seq")).limit(25)));
            assertThat(indexed.countDocuments(query)).as("count %s", query).isEqualTo(plain.countDocuments(query));
        }
    }

    private static List<Object> ids(FindIterable<Document> found) {
        return found.map(d -> d.get("_id")).into(new ArrayList<>());
    }

    @Test
    void answersLikeAScan() {
        assertSameAnswers();
    }

    @Test
    void answersLikeAScanAfterDocumentsMovedBetweenKeysOrWentAway() {
        for (MongoCollection<Document> c : List.of(indexed, plain)) {
            c.updateMany(Filters.lt("n", 10), Updates.set("n", 33));
            c.updateMany(Filters.eq("tags", "t2"), Updates.set("tags", List.of("t9")));
            c.updateOne(Filters.eq("_id", "doc-7"), Updates.set("a", new Document("b", 99)));
            c.deleteMany(Filters.eq("s", "gulou-4"));
            c.deleteMany(Filters.and(Filters.eq("g", "aggregate-2"), Filters.gte("seq", 5)));
            c.replaceOne(Filters.eq("_id", "doc-8"), new Document("g", "moved").append("seq", 0).append("n", 12.5));
        }
        assertThat(indexed.countDocuments(Filters.eq("n", 33))).isPositive();
        assertSameAnswers();
    }

    /**
     * Sorted along an ordered index (answered from it, batch by batch, {@link IndexOrderedQuery}) or not: the same
     * documents in the same order, in every batch, with skip and limit; ties (a sort by g alone) in scan order.
     */
    @Test
    void answersSortedQueriesLikeAScanInEveryBatch() {
        List<Bson> filters = List.of(Filters.gte("ts", "2026-11-25T10:03"), Filters.lte("ts", "2026-11-25T10:06"),
                Filters.and(Filters.gte("ts", "2026-11-25T10:02"), Filters.eq("s", "gulou-2")),
                Filters.and(Filters.gte("ts", "2026-11-25T10:01"), Filters.nin("_id", "doc-100", "doc-101", "doc-102")),
                Filters.in("g", "aggregate-3", "aggregate-5", "aggregate-7"), Filters.eq("g", "aggregate-9"),
                Filters.gte("g", "aggregate-30"), Filters.gte("tags", "t3"), Filters.gte("s", "gulou-15"));
        List<Bson> sorts = List.of(Sorts.ascending("ts", "seq"), Sorts.descending("ts"), Sorts.ascending("g"),
                Sorts.orderBy(Sorts.ascending("g"), Sorts.descending("seq")), Sorts.descending("g", "seq"),
                Sorts.ascending("tags"), Sorts.descending("s"));
        int[][] pages = {{0, 0, 0}, {0, 0, 7}, {5, 0, 7}, {0, 23, 7}, {3, 10, 0}, {0, 1, 0}};
        for (Bson filter : filters) {
            for (Bson sort : sorts) {
                for (int[] page : pages) {
                    assertThat(ids(indexed.find(filter).sort(sort).skip(page[0]).limit(page[1]).batchSize(page[2])))
                            .as("find %s sort %s skip %d limit %d batch %d", filter, sort, page[0], page[1], page[2])
                            .isEqualTo(ids(plain.find(filter).sort(sort).skip(page[0]).limit(page[1]).batchSize(page[2])));
                }
            }
        }
    }

    /** Answered from the index, a cursor reads on as the client asks: it sees what was written past its place. */
    @Test
    void aCursorAlongAnIndexReadsOnAsTheClientAsks() {
        MongoCollection<Document> tail = client.getDatabase("stand_in").getCollection("tailed");
        tail.createIndex(Indexes.ascending("timestamp", "sequenceNumber"));
        for (int i = 0; i < 30; i++) {
            tail.insertOne(new Document("_id", "e" + i).append("timestamp", String.format("2026-11-25T10:00:%02dZ", i))
                    .append("sequenceNumber", (long) i));
        }
        List<Object> seen = new ArrayList<>();
        try (var cursor = tail.find(Filters.gte("timestamp", "2026-11-25T10:00:10Z"))
                .sort(Sorts.ascending("timestamp", "sequenceNumber")).batchSize(5).cursor()) {
            for (int i = 0; i < 5; i++) {
                seen.add(cursor.next().get("_id"));
            }
            tail.insertOne(new Document("_id", "later").append("timestamp", "2026-11-25T10:01:00Z").append("sequenceNumber", 30L));
            tail.deleteOne(Filters.eq("_id", "e20"));
            cursor.forEachRemaining(d -> seen.add(d.get("_id")));
        }
        List<Object> expected = new ArrayList<>();
        for (int i = 10; i < 30; i++) {
            if (i != 20) {
                expected.add("e" + i);
            }
        }
        expected.add("later");
        assertThat(seen).isEqualTo(expected);
    }

    @Test
    void answersInTheOrderOfAScanWhateverTheTypesOfTheIds() {
        MongoDatabase db = client.getDatabase("stand_in");
        MongoCollection<Document> mixedIndexed = db.getCollection("mixed_indexed");
        MongoCollection<Document> mixedPlain = db.getCollection("mixed_plain");
        mixedIndexed.createIndex(Indexes.ascending("k"));
        List<Object> ids = List.of(7, 8_000_000_000L, 9.5, "seven", new ObjectId("6745a1b2c3d4e5f601234567"), -3,
                new Document("part", 1), 2L, 0.25, "八");
        for (int i = 0; i < ids.size(); i++) {
            Document d = new Document("_id", ids.get(i)).append("k", i % 3);
            mixedIndexed.insertOne(new Document(d));
            mixedPlain.insertOne(new Document(d));
        }
        for (Bson query : List.of(Filters.eq("k", 1), Filters.gte("k", 0), Filters.in("k", 0, 2))) {
            assertThat(ids(mixedIndexed.find(query))).as("find %s", query).isEqualTo(ids(mixedPlain.find(query)));
        }
    }

    @Test
    void aCollectionWithOrderedIndexesCanBeDroppedAndBuiltAgain() {
        MongoCollection<Document> c = client.getDatabase("stand_in").getCollection("dropped");
        c.createIndex(Indexes.ascending("g", "seq"), new IndexOptions().unique(true));
        c.createIndex(Indexes.ascending("ts"));
        c.insertOne(new Document("g", "x").append("seq", 0).append("ts", "a"));
        c.drop();
        c.createIndex(Indexes.ascending("g", "seq"), new IndexOptions().unique(true));
        c.createIndex(Indexes.ascending("g", "seq"), new IndexOptions().unique(true));
        c.insertOne(new Document("g", "x").append("seq", 0).append("ts", "b"));
        assertThat(c.find(Filters.and(Filters.eq("g", "x"), Filters.gte("seq", 0))).first()).containsEntry("ts", "b");
        assertThat(client.getDatabase("stand_in").getCollection("dropped").listIndexes().into(new ArrayList<>()))
                .extracting(d -> d.getString("name")).containsExactlyInAnyOrder("_id_", "g_1_seq_1"); // H2: in no order
    }
}
