package org.fyptracker.mongowire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Path;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stand-in's H2 store opens with the page cache and commit buffer it is given, and keeps what it stored. */
class H2StoreSettingsTest {

    @TempDir
    Path dir;

    @Test
    void theDefaultsAreH2sOwn() {
        MVStore h2Default = MVStore.open(dir.resolve("plain.mv").toString());
        MVStore ours = H2StoreSettings.DEFAULTS.open(dir.resolve("ours.mv").toString());
        try {
            assertThat(ours.getCacheSize()).isEqualTo(h2Default.getCacheSize());
            assertThat(ours.getAutoCommitMemory()).isEqualTo(h2Default.getAutoCommitMemory());
        } finally {
            ours.close();
            h2Default.close();
        }
    }

    @Test
    void aLargerCacheAndCommitBufferReachH2() {
        MVStore store = new H2StoreSettings(64, 64 * 1024).open(dir.resolve("large.mv").toString());
        try {
            assertThat(store.getCacheSize()).isEqualTo(64);
            assertThat(store.getAutoCommitMemory()).isEqualTo(64 * 1024 * 1024);
        } finally {
            store.close();
        }
    }

    @Test
    void aStandInWithOtherSettingsKeepsItsDocumentsOverARestart() {
        String file = dir.resolve("fyp.mv").toString();
        H2StoreSettings settings = new H2StoreSettings(32, 2048);
        withServer(file, settings, client -> client.getDatabase("fyp").getCollection("project_views")
                .insertOne(new Document("_id", "KP-1").append("name", "福州地铁6号线")));
        withServer(file, settings, client -> assertThat(client.getDatabase("fyp").getCollection("project_views")
                .find().first()).containsEntry("name", "福州地铁6号线"));
    }

    @Test
    void settingsTooSmallToWorkAreRefusedNamingWhich() {
        assertThatThrownBy(() -> new H2StoreSettings(0, 1024)).hasMessageContaining("page cache");
        assertThatThrownBy(() -> new H2StoreSettings(16, 8)).hasMessageContaining("commit buffer");
    }

    private static void withServer(String file, H2StoreSettings settings, java.util.function.Consumer<MongoClient> work) {
        MongoServer server = new MongoServer(MongoWireBackends.h2(file, settings));
        var address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
            work.accept(client);
        } finally {
            server.shutdown();
        }
    }
}
