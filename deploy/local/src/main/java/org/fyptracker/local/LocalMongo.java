package org.fyptracker.local;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.fyptracker.mongowire.MongoWireBackends;

/**
 * The MongoDB wire-protocol server (mongo-java-server) as one local process, persisting to an H2 file
 * under the stack's data directory, so the event stores and read models survive a restart. Its non-unique
 * indexes are kept in memory and rebuilt from the documents at start (mongo-java-server itself keeps none). The
 * services talk to it with the official driver exactly as to a real MongoDB.
 */
public final class LocalMongo {

    private LocalMongo() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        LocalSettings settings = LocalSettings.fromEnvironment();
        Path home = Files.createDirectories(settings.dataDir().resolve("mongo"));
        Path file = home.resolve("fyp.mv");
        long opening = System.nanoTime();
        // Opening reads every stored document once per ordered index: with years of events, this is the wait.
        MongoServer server;
        try {
            server = new MongoServer(MongoWireBackends.h2(file.toString(), settings.mongoStore()));
        } catch (IllegalStateException unreadable) { // a file of an earlier store format: what to do, as the last line
            StackLog.error("local-mongo", unreadable.getMessage());
            System.exit(1);
            return;
        }
        StackLog.info("local-mongo", "opened data file " + file + " (" + settings.mongoStore() + ") and rebuilt its ordered indexes in "
                + (System.nanoTime() - opening) / 1_000_000 + " ms");
        CountDownLatch stopped = new CountDownLatch(1);
        // A clean shutdown commits H2's last pages; a kill -9 still keeps what H2 already wrote.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            StackLog.info("local-mongo", "stopping MongoDB-wire server");
            server.shutdown();
            stopped.countDown();
        }, "mongo-shutdown"));
        server.bind("127.0.0.1", settings.mongoPort());
        StackLog.info("local-mongo", "MongoDB-wire server listening on 127.0.0.1:" + settings.mongoPort() + ", data " + file);
        stopped.await();
    }
}
