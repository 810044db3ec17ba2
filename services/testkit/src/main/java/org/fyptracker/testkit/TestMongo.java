package org.fyptracker.testkit;

import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import org.fyptracker.mongowire.MongoWireBackends;

/**
 * One MongoDB wire-protocol server for the whole test JVM, on a TCP port, so the official driver talks to
 * it exactly as to a real MongoDB. Memory-backed: tests start empty. The same stand-in as the local stack's
 * (with its ordered indexes), so a query runs the same way in the tests as on the stack.
 */
public final class TestMongo {

    private static MongoServer server;
    private static InetSocketAddress address;

    private TestMongo() {
    }

    public static synchronized String uri(String database) {
        if (server == null) {
            server = new MongoServer(MongoWireBackends.memory());
            server.bind("127.0.0.1", 0);
            address = server.getLocalAddress();
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "test-mongo-stop"));
        }
        return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + database;
    }
}
