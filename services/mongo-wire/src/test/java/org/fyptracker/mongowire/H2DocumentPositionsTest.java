package org.fyptracker.mongowire;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stand-in's H2 store keeps a new collection's documents under positions that count up (an insert appends,
 * whatever the {@code _id}: finding 23), finds them by {@code _id} through the unique index, keeps counting after a
 * restart, and still reads and writes a collection an earlier version stored keyed by {@code _id}.
 */
class H2DocumentPositionsTest {

    private static final String COLLECTION = "fyp_tracking.project_events";

    @TempDir
    Path dir;

    private String file() {
        return dir.resolve("fyp.mv").toString();
    }

    private void withEvents(Consumer<MongoCollection<org.bson.Document>> work) {
        MongoServer server = new MongoServer(MongoWireBackends.h2(file()));
        var address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
            work.accept(client.getDatabase("fyp_tracking").getCollection("project_events"));
        } finally {
            server.shutdown();
        }
    }

    private static Document event(String id, int sequence) {
        return new Document("_id", id).append("projectId", "KP-1").append("sequence", sequence).append("type", "进度上报");
    }

    private static List<String> ids(MongoCollection<Document> events) {
        List<String> ids = new ArrayList<>();
        events.find().forEach(d -> ids.add(d.getString("_id")));
        return ids;
    }

    @Test
    void documentsWithRandomIdsAreAppendedInTheOrderTheyCameAndFoundByIdAfterARestart() {
        List<String> ids = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString());
        withEvents(events -> {
            for (int i = 0; i < ids.size(); i++) {
                events.insertOne(event(ids.get(i), i));
            }
        });
        String fourth = UUID.randomUUID().toString();
        withEvents(events -> {
            events.insertOne(event(fourth, 3));
            events.deleteOne(Filters.eq("_id", ids.get(1)));
            events.updateOne(Filters.eq("_id", ids.get(2)), Updates.set("type", "已更正"));
            assertThat(ids(events)).containsExactly(ids.get(0), ids.get(2), fourth);
        });
        withEvents(events -> {
            assertThat(events.find(Filters.eq("_id", ids.get(2))).first()).containsEntry("type", "已更正");
            assertThat(events.find(Filters.eq("_id", fourth)).first()).containsEntry("sequence", 3);
            assertThat(events.find(Filters.eq("_id", ids.get(1))).first()).isNull();
        });

        MVStore store = MVStore.open(file());
        try {
            assertThat(TypedMaps.documents(store, COLLECTION).keySet()).containsExactly(0L, 2L, 3L);
        } finally {
            store.close();
        }
    }

    @Test
    void aCollectionStoredKeyedByIdKeepsItsKeysAndTakesNewDocuments() {
        withEvents(events -> {
            events.insertOne(event("e-b", 0));
            events.insertOne(event("e-a", 1));
        });
        rekeyById();

        withEvents(events -> {
            assertThat(events.find(Filters.eq("_id", "e-a")).first()).containsEntry("sequence", 1);
            events.insertOne(event("e-c", 2));
            events.updateOne(Filters.eq("_id", "e-b"), Updates.set("type", "已更正"));
            // keyed by _id, so in _id order
            assertThat(ids(events)).containsExactly("e-a", "e-b", "e-c");
        });
        MVStore store = MVStore.open(file());
        try {
            assertThat(TypedMaps.documents(store, COLLECTION).keySet()).containsExactly("e-a", "e-b", "e-c");
        } finally {
            store.close();
        }
    }

    /** Turns the stored collection into what the earlier version wrote: documents and _id index keyed by _id. */
    private void rekeyById() {
        MVStore store = MVStore.open(file());
        try {
            MVMap<Object, de.bwaldvogel.mongo.bson.Document> documents = TypedMaps.documents(store, COLLECTION);
            Map<Object, de.bwaldvogel.mongo.bson.Document> byId = new java.util.TreeMap<>();
            documents.forEach((position, document) -> byId.put(document.get("_id"), document));
            documents.clear();
            documents.putAll(byId);
            TypedMaps.uniqueIndex(store, COLLECTION, "_id_");
            MVMap<KeyValue, Object> idIndex = store.openMap(COLLECTION + "._index__id_");
            for (KeyValue key : new ArrayList<>(idIndex.keySet())) {
                idIndex.put(key, key.get(0));
            }
            store.<String, Object>openMap("meta." + COLLECTION).remove(IndexedH2Collection.POSITIONS);
            store.commit();
        } finally {
            store.close();
        }
    }
}
