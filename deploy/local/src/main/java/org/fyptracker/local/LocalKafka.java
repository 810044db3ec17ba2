package org.fyptracker.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The real Apache Kafka broker as one local process: single node, KRaft mode (broker and controller),
 * its log under the stack's data directory. Storage is formatted once, on the first start; later
 * starts reuse it, so every event published before a restart is still on the topics.
 */
public final class LocalKafka {

    private LocalKafka() {
    }

    public static void main(String[] args) throws IOException {
        LocalSettings settings = LocalSettings.fromEnvironment();
        Path home = Files.createDirectories(settings.dataDir().resolve("kafka"));
        Path config = home.resolve("server.properties");
        writeServerProperties(config, home.resolve("log"), settings.kafkaPort(), settings.kafkaControllerPort());
        formatOnce(home, config);
        log("starting Kafka broker on 127.0.0.1:" + settings.kafkaPort() + ", data " + home);
        kafka.Kafka.main(new String[] {config.toString()});
    }

    static void writeServerProperties(Path config, Path logDir, int port, int controllerPort) throws IOException {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("log.dirs", logDir.toString());
        // Topics are created by the services with their partitions and infinite retention: the topics
        // are the record integrators replay from, so nothing expires and nothing appears by a typo.
        p.setProperty("auto.create.topics.enable", "false");
        p.setProperty("log.retention.ms", "-1");
        p.setProperty("num.partitions", "3");
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "5");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("log.flush.interval.messages", "1");
        try (Writer out = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
            p.store(out, "written by fyp-tracker LocalKafka on every start");
        }
    }

    private static void formatOnce(Path home, Path config) {
        if (Files.exists(home.resolve("log/meta.properties"))) {
            return;
        }
        String clusterId = org.apache.kafka.common.Uuid.randomUuid().toString();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit = kafka.tools.StorageTool.execute(
                new String[] {"format", "-t", clusterId, "-c", config.toString()},
                new PrintStream(output, true, StandardCharsets.UTF_8));
        if (exit != 0) {
            throw new IllegalStateException("formatting Kafka storage failed: " + output.toString(StandardCharsets.UTF_8));
        }
        log("formatted Kafka storage, cluster id " + clusterId);
    }

    private static void log(String message) {
        StackLog.info("local-kafka", message);
    }
}
