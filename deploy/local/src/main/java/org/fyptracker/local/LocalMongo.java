package org.fyptracker.local;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The MongoDB wire-protocol server (mongo-java-server) as one local process, persisting to an H2 file
 * under the stack's data directory, so the event stores and read models survive a restart. The
 * services talk to it with the official driver exactly as to a real MongoDB.
 */
public final class LocalMongo {

    private LocalMongo() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        LocalSettings settings = LocalSettings.fromEnvironment();
        Path home = Files.createDirectories(settings.dataDir().resolve("mongo"));
        Path file = home.resolve("fyp.mv");
        H2Backend backend = new H2Backend(file.toString());
        MongoServer server = new MongoServer(backend);
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
