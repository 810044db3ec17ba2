package org.fyptracker.platform.readmodels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.fyptracker.testkit.TestMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** A log fed at least once stores each entry once, and a redelivered batch still stores what it has new (wire server). */
class InsertOnceTest {

    private final String database = "once_" + UUID.randomUUID().toString().substring(0, 8);
    private final MongoClient client = MongoClients.create(TestMongo.uri(database));
    private final MongoCollection<RawBsonDocument> log = client.getDatabase(database).getCollection("log", RawBsonDocument.class);

    @AfterEach
    void close() {
        client.close();
    }

    private static RawBsonDocument entry(String eventId, String text) {
        return new RawBsonDocument(new Document("_id", eventId).append("payload", text), new DocumentCodec());
    }

    @Test
    void a_redelivered_batch_stores_only_the_entries_not_stored_yet() {
        InsertOnce.insertAll(log, List.of(entry("e1", "进度上报"), entry("e2", "里程碑已计划")));

        InsertOnce.insertAll(log, List.of(entry("e2", "里程碑已计划"), entry("e3", "风险已登记"), entry("e1", "进度上报")));

        assertThat(log.countDocuments()).isEqualTo(3);
        assertThat(log.find(new Document("_id", "e3")).first().getString("payload").getValue()).isEqualTo("风险已登记");
    }

    @Test
    void a_refusal_other_than_a_stored_id_is_a_failed_write() {
        RawBsonDocument refused = new RawBsonDocument(new Document("_id", List.of("e4", "e5")).append("payload", "x"), new DocumentCodec()); // an array cannot be an id

        assertThatThrownBy(() -> InsertOnce.insertAll(log, List.of(entry("e5", "ok"), refused)))
                .isInstanceOf(MongoBulkWriteException.class);
    }

    @Test
    void documents_mapped_by_spring_data_are_stored_once_too() {
        MongoTemplate mongo = new MongoTemplate(client, database);
        InsertOnce.insertAll(mongo, "mapped", List.of(new Document("_id", "e6"), new Document("_id", "e7")));

        InsertOnce.insertAll(mongo, "mapped", List.of(new Document("_id", "e7"), new Document("_id", "e8")));

        assertThat(mongo.getCollection("mapped").countDocuments()).isEqualTo(3);
    }
}
