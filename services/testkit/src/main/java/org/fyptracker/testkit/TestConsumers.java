package org.fyptracker.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** A test's own reader of topics: a consumer group of its own, from the beginning of each topic. */
public final class TestConsumers {

    private TestConsumers() {
    }

    public static <V> KafkaConsumer<String, V> fromBeginning(String bootstrap, Deserializer<V> values, String... topics) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        KafkaConsumer<String, V> consumer = new KafkaConsumer<>(props, new StringDeserializer(), values);
        consumer.subscribe(List.of(topics));
        return consumer;
    }

    /** The values of the next records keyed {@code key}, once there are {@code count} of them (at most 30 s). */
    public static <V> List<V> valuesOf(KafkaConsumer<String, V> consumer, String key, int count) {
        List<V> seen = new ArrayList<>();
        Instant deadline = Instant.now().plusSeconds(30);
        while (seen.size() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("only " + seen.size() + " of " + count + " records keyed " + key + " within 30 s");
            }
            for (ConsumerRecord<String, V> record : consumer.poll(Duration.ofMillis(200))) {
                if (key.equals(record.key())) {
                    seen.add(record.value());
                }
            }
        }
        return seen;
    }
}
