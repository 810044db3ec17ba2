package org.fyptracker.mongowire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.bson.BsonBinarySubType;
import org.bson.BsonRegularExpression;
import org.bson.BsonTimestamp;
import org.bson.Document;
import org.bson.UuidRepresentation;
import org.bson.types.Binary;
import org.bson.types.Code;
import org.bson.types.Decimal128;
import org.bson.types.MaxKey;
import org.bson.types.MinKey;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local stack's store: documents (as BSON) and their {@code _id} keys come back from the file after a restart
 * equal to what was written, whatever BSON type they hold; the ordered indexes, kept in memory only, are filled
 * again from them, so range queries still find documents written before the restart; a file of the earlier,
 * Java-serialised format is refused, not misread.
 */
class H2StandInSurvivesRestartTest {

    @TempDir
    Path dir;

    private void withServer(Consumer<MongoCollection<Document>> work) {
        withCollection("domainevents", events -> {
            // as the event store does on every start
            events.createIndex(Indexes.ascending("aggregateIdentifier", "sequenceNumber"), new IndexOptions().unique(true));
            events.createIndex(Indexes.ascending("timestamp", "sequenceNumber"));
            work.accept(events);
        });
    }

    private void withCollection(String name, Consumer<MongoCollection<Document>> work) {
        MongoServer server = new MongoServer(MongoWireBackends.h2(dir.resolve("fyp.mv").toString()));
        var address = server.bind();
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://" + address.getHostString() + ":" + address.getPort()))
                .uuidRepresentation(UuidRepresentation.STANDARD).build();
        try (MongoClient client = MongoClients.create(settings)) {
            work.accept(client.getDatabase("fyp_projects").getCollection(name));
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

    @Test
    void everyValueTypeComesBackEqualAfterARestart() {
        List<Document> written = List.of(everyType("全部类型"),
                everyType(new ObjectId("6745a1b2c3d4e5f601234567")), everyType(7), everyType(8_000_000_000L),
                everyType(9.5), everyType(new Date(1_764_000_000_123L)), everyType(UUID.fromString("0b9a2c1e-1111-4c8e-9a61-7f3c2a9e1b4d")),
                everyType(new Document("department", "计算机学院").append("year", 2026)), everyType(new MinKey()));
        List<Document> before = new ArrayList<>();
        withCollection("every_type", c -> {
            c.insertMany(written);
            before.addAll(c.find().into(new ArrayList<>()));
        });
        assertThat(before).containsExactlyInAnyOrderElementsOf(written);

        withCollection("every_type", c -> {
            assertThat(c.find().into(new ArrayList<>())).containsExactlyElementsOf(before);
            for (Document d : written) {
                assertThat(c.find(Filters.eq("_id", d.get("_id"))).first()).as("by _id %s", d.get("_id")).isEqualTo(d);
            }
            assertThat(c.find(Filters.in("_id", 7, "全部类型", new MinKey())).into(new ArrayList<>())).hasSize(3);
        });
    }

    private static Document everyType(Object id) {
        return new Document("_id", id)
                .append("objectId", new ObjectId("6745a1b2c3d4e5f6abcdef01"))
                .append("date", new Date(1_764_000_000_123L))
                .append("int", 42).append("long", 5_000_000_000L).append("double", 3.25)
                .append("negativeZero", -0.0).append("nan", Double.NaN)
                .append("decimal", Decimal128.parse("12345.6789")).append("decimalNegative", Decimal128.parse("-0.10"))
                .append("true", true).append("false", false).append("null", null)
                .append("binary", new Binary(new byte[] {1, 2, 3, (byte) 0xFF}))
                .append("uuid", UUID.fromString("7f3c2a9e-1b4d-4c8e-9a61-0b9a2c1e2f3a"))
                .append("legacyUuid", new Binary(BsonBinarySubType.UUID_LEGACY, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}))
                .append("中文键", "福州大学 计算机与大数据学院 毕业设计：基于深度学习的识别系统")
                .append("nested", new Document("level", new Document("deeper", List.of(1, "二", new Document("三", 3.0)))))
                .append("array", List.of(List.of(1, 2L), new Document("a", "甲"), "x", true))
                .append("emptyArray", List.of()).append("emptyDocument", new Document())
                .append("minKey", new MinKey()).append("maxKey", new MaxKey())
                .append("timestamp", new BsonTimestamp(1_764_000_000, 7))
                .append("regex", new BsonRegularExpression("^福", "i"))
                .append("code", new Code("function() { return '福'; }"));
    }

    @Test
    void aStoreOfManyPagesComesBackAsItWasLeft() {
        List<Document> before = new ArrayList<>();
        withCollection("views", c -> {
            c.createIndex(Indexes.ascending("projectId", "recordedAt"));
            List<Document> docs = new ArrayList<>();
            for (int i = 0; i < 3_000; i++) {
                Object id = switch (i % 3) {
                    case 0 -> "project-" + i;
                    case 1 -> (long) i;
                    default -> new ObjectId(String.format("6745a1b2c3d4e5f6%08x", i));
                };
                docs.add(new Document("_id", id).append("projectId", "p" + i % 50).append("recordedAt", (long) i)
                        .append("note", "第" + i + "次进度报告"));
            }
            c.insertMany(docs);
            c.updateMany(Filters.lt("recordedAt", 500L), Updates.set("note", "已更新"));
            c.deleteMany(Filters.eq("projectId", "p7"));
            c.replaceOne(Filters.eq("_id", 4L), new Document("projectId", "moved").append("recordedAt", -1L));
            before.addAll(c.find().into(new ArrayList<>()));
        });
        assertThat(before).hasSize(2_940);

        withCollection("views", c -> {
            assertThat(c.find().into(new ArrayList<>())).containsExactlyElementsOf(before);
            assertThat(c.find(Filters.eq("projectId", "moved")).first()).containsEntry("_id", 4L);
            assertThat(c.countDocuments(Filters.eq("note", "已更新"))).isEqualTo(before.stream()
                    .filter(d -> "已更新".equals(d.get("note"))).count());
            c.insertOne(new Document("_id", "project-3000").append("projectId", "p0"));
            assertThat(c.countDocuments()).isEqualTo(2_941);
        });
    }

    @Test
    void aNewFileIsStampedWithTheBsonFormat() {
        withCollection("any", c -> c.insertOne(new Document("_id", 1)));
        MVStore store = MVStore.open(dir.resolve("fyp.mv").toString());
        try {
            assertThat(StoreFormat.of(store)).isEqualTo(StoreFormat.CURRENT);
        } finally {
            store.close();
        }
    }

    @Test
    void aFileOfTheJavaSerialisedFormatIsRefusedAndLeftReadable() {
        String file = dir.resolve("old.mv").toString();
        MongoServer old = new MongoServer(new H2Backend(file)); // mongo-java-server's backend as it is
        var address = old.bind();
        try (MongoClient client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
            client.getDatabase("fyp_tracking").getCollection("project_views").insertOne(new Document("_id", "p1").append("title", "旧"));
        } finally {
            old.shutdown();
        }

        assertThatThrownBy(() -> MongoWireBackends.h2(file)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file).hasMessageContaining("Java-serialised").hasMessageContaining("delete the data directory");

        MongoServer again = new MongoServer(new H2Backend(file));
        address = again.bind();
        try (MongoClient client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
            assertThat(client.getDatabase("fyp_tracking").getCollection("project_views").find().first())
                    .containsEntry("title", "旧");
        } finally {
            again.shutdown();
        }
    }

    @Test
    void aFileOfAnotherFormatIsRefused() {
        String file = dir.resolve("other.mv").toString();
        MVStore store = MVStore.open(file);
        store.openMap(StoreFormat.MAP).put(StoreFormat.KEY, "bson-0");
        store.close();

        assertThatThrownBy(() -> MongoWireBackends.h2(file)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("format 'bson-0'");
    }
}
