package org.fyptracker.mongowire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An update never changes the document object H2 holds: H2 may be writing it out in its background thread, and a
 * change under that write closed the whole store (docs/benchmarks.md, finding 34). The object stored before an
 * update keeps its old content; the map holds a new object with the new one. A replacement by {@code _id}, stored
 * without mongo-java-server's copies, keeps the indexes and their constraints as the general path does.
 */
class H2UpdatesReplaceStoredDocumentsTest {

    @TempDir
    Path dir;

    private H2Backend backend;

    private void withViews(Consumer<MongoCollection<Document>> work) {
        backend = (H2Backend) MongoWireBackends.h2(dir.resolve("fyp.mv").toString());
        MongoServer server = new MongoServer(backend);
        var address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
            work.accept(client.getDatabase("fyp_tracking").getCollection("project_views"));
        } finally {
            server.shutdown();
        }
    }

    private de.bwaldvogel.mongo.bson.Document stored(Object position) {
        MVMap<Object, de.bwaldvogel.mongo.bson.Document> documents =
                backend.getMvStore().openMap("databases.fyp_tracking.project_views");
        return documents.get(position);
    }

    private static Document view(String id, String stage) {
        return new Document("_id", id).append("name", "福州地铁6号线")
                .append("milestones", java.util.List.of(new Document("milestoneId", "m1").append("stage", stage)));
    }

    @Test
    void an_update_by_operator_puts_a_new_object_and_leaves_the_stored_one_as_it_was() {
        withViews(views -> {
            views.insertOne(view("KP-1", "PLANNED"));
            de.bwaldvogel.mongo.bson.Document before = stored(0L);

            views.updateOne(Filters.eq("_id", "KP-1"), Updates.combine(Updates.set("name", "福州地铁6号线（二期）"),
                    Updates.set("milestones.0.stage", "STARTED")));

            assertThat(before.get("name")).isEqualTo("福州地铁6号线");
            assertThat(((java.util.List<?>) before.get("milestones")).get(0).toString()).contains("PLANNED");
            assertThat(stored(0L)).isNotSameAs(before);
            assertThat(stored(0L).get("name")).isEqualTo("福州地铁6号线（二期）");
            assertThat(views.find(Filters.eq("_id", "KP-1")).first().getList("milestones", Document.class).get(0))
                    .containsEntry("stage", "STARTED");
        });
    }

    @Test
    void a_replacement_and_a_find_and_modify_leave_the_stored_object_as_it_was() {
        withViews(views -> {
            views.insertOne(view("KP-2", "PLANNED"));
            de.bwaldvogel.mongo.bson.Document first = stored(0L);

            views.replaceOne(Filters.eq("_id", "KP-2"), view("KP-2", "STARTED"), new ReplaceOptions().upsert(true));
            de.bwaldvogel.mongo.bson.Document second = stored(0L);
            Document returned = views.findOneAndUpdate(Filters.eq("_id", "KP-2"), Updates.set("name", "已更名"));

            assertThat(first.toString()).contains("PLANNED").doesNotContain("STARTED");
            assertThat(second.get("name")).isEqualTo("福州地铁6号线");
            assertThat(returned).containsEntry("name", "福州地铁6号线");
            assertThat(stored(0L).get("name")).isEqualTo("已更名");
        });
    }

    @Test
    void a_replacement_by_id_keeps_every_index_true_and_a_duplicate_key_changes_nothing() {
        withViews(views -> {
            views.createIndex(Indexes.ascending("name"));
            views.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
            views.insertOne(view("KP-1", "PLANNED").append("code", "A"));
            views.insertOne(view("KP-2", "PLANNED").append("code", "B"));

            UpdateResult renamed = views.replaceOne(Filters.eq("_id", "KP-1"),
                    view("KP-1", "STARTED").append("name", "闽江口大桥").append("code", "C"));
            UpdateResult same = views.replaceOne(Filters.eq("_id", "KP-1"),
                    view("KP-1", "STARTED").append("name", "闽江口大桥").append("code", "C"));

            assertThat(renamed.getMatchedCount()).isEqualTo(1);
            assertThat(renamed.getModifiedCount()).isEqualTo(1);
            assertThat(same.getModifiedCount()).as("nothing changed").isZero();
            assertThat(ids(views.find(Filters.eq("name", "闽江口大桥")))).containsExactly("KP-1");
            assertThat(ids(views.find(Filters.eq("code", "C")))).containsExactly("KP-1");
            assertThat(ids(views.find(Filters.eq("code", "A")))).isEmpty();
            assertThat(ids(views.find(Filters.eq("name", "福州地铁6号线")))).containsExactly("KP-2");

            assertThatThrownBy(() -> views.replaceOne(Filters.eq("_id", "KP-1"), view("KP-1", "DONE").append("code", "B")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            assertThat(views.find(Filters.eq("_id", "KP-1")).first()).containsEntry("code", "C");
            assertThat(ids(views.find(Filters.eq("code", "C")))).containsExactly("KP-1");
            assertThat(ids(views.find(Filters.eq("code", "B")))).containsExactly("KP-2");
        });
    }

    @Test
    void a_replacement_of_a_missing_id_upserts_and_one_naming_another_id_is_refused() {
        withViews(views -> {
            UpdateResult upserted = views.replaceOne(Filters.eq("_id", "KP-3"), view("KP-3", "PLANNED"),
                    new ReplaceOptions().upsert(true));
            assertThat(upserted.getMatchedCount()).isZero();
            assertThat(upserted.getUpsertedId()).isNotNull();
            assertThat(views.countDocuments(Filters.eq("_id", "KP-3"))).isEqualTo(1);

            assertThatThrownBy(() -> views.replaceOne(Filters.eq("_id", "KP-3"), view("KP-4", "PLANNED")))
                    .isInstanceOf(MongoWriteException.class);
            assertThat(views.find(Filters.eq("_id", "KP-3")).first()).isNotNull();
            assertThat(views.countDocuments(Filters.eq("_id", "KP-4"))).isZero();
        });
    }

    private static java.util.List<Object> ids(Iterable<Document> found) {
        java.util.List<Object> ids = new java.util.ArrayList<>();
        found.forEach(document -> ids.add(document.get("_id")));
        return ids;
    }
}
