package org.fyptracker.e2e;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * What the stack has stored, read straight from its MongoDB-wire server with the official driver: the
 * event store ({@code domainevents}, {@code snapshotevents}) and the Idempotency-Key store of every
 * command service.
 */
final class Stores implements AutoCloseable {

    static final List<String> COMMAND_DATABASES = List.of("fyp_projects", "fyp_indicators", "fyp_departments", "fyp_plan_catalog");
    static final List<String> COLLECTIONS = List.of("domainevents", "snapshotevents", "idempotency_keys");

    final MongoClient mongo;

    Stores(String uri) {
        mongo = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(5, TimeUnit.SECONDS))
                .applyToSocketSettings(s -> s.connectTimeout(5, TimeUnit.SECONDS).readTimeout(30, TimeUnit.SECONDS))
                .build());
    }

    /** "database.collection" → number of documents, for every command service's stores. */
    Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String database : COMMAND_DATABASES) {
            for (String collection : COLLECTIONS) {
                counts.put(database + "." + collection,
                        mongo.getDatabase(database).getCollection(collection).countDocuments());
            }
        }
        return counts;
    }

    /** The entries of {@code after} that differ from {@code before}, as "name before→after". */
    static Map<String, String> differences(Map<String, Long> before, Map<String, Long> after) {
        Map<String, String> changed = new TreeMap<>();
        after.forEach((name, count) -> {
            Long was = before.getOrDefault(name, 0L);
            if (!was.equals(count)) {
                changed.put(name, was + "→" + count);
            }
        });
        return changed;
    }

    /** Waits until nothing has been stored for {@code quietMillis} (the stack's seeding from the plans is done). */
    Map<String, Long> quiet(long quietMillis, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        Map<String, Long> last = counts();
        long stableSince = System.currentTimeMillis();
        while (System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            Map<String, Long> now = counts();
            if (!now.equals(last)) {
                last = now;
                stableSince = System.currentTimeMillis();
            } else if (System.currentTimeMillis() - stableSince >= quietMillis) {
                return now;
            }
        }
        throw new IllegalStateException("the stores did not come to rest: " + last);
    }

    @Override
    public void close() {
        mongo.close();
    }
}
