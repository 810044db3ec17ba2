package org.fyptracker.testkit;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** One real Kafka broker (KRaft mode, in-process) for the whole test JVM, started on first use. */
public final class TestKafka {

    private static EmbeddedKafkaKraftBroker broker;

    private TestKafka() {
    }

    public static synchronized String bootstrapServers() {
        if (broker == null) {
            EmbeddedKafkaKraftBroker kraft = new EmbeddedKafkaKraftBroker(1, 3);
            kraft.brokerProperties(java.util.Map.of(
                    "auto.create.topics.enable", "false",
                    "group.initial.rebalance.delay.ms", "0"));
            kraft.afterPropertiesSet();
            broker = kraft;
            Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "test-kafka-stop"));
        }
        return broker.getBrokersAsString();
    }
}
