package org.fyptracker.testkit;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;

/**
 * One MongoDB wire-protocol server for the whole test JVM, on a TCP port, so the official driver talks to
 * it exactly as to a real MongoDB. Memory-backed: tests start empty.
 */
public final class TestMongo {

    private static MongoServer server;
    private static InetSocketAddress address;

    private TestMongo() {
    }

    public static synchronized String uri(String database) {
        if (server == null) {
            server = new MongoServer(new MemoryBackend());
            server.bind("127.0.0.1", 0);
            address = server.getLocalAddress();
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "test-mongo-stop"));
        }
        return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + database;
    }
}
