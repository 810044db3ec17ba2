package org.fyptracker.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Where the project events are at one moment: stored by the projects service (its event store), published (on the
 * projects topic) and projected (tracking's event log). A lag that does not end shows here in the stage it is held
 * up at: the publisher (stored > published) or tracking (published > projected).
 */
final class Pipeline {

    private Pipeline() {
    }

    static Map<String, Long> of(String mongoUri, String kafka) {
        Map<String, Long> at = new LinkedHashMap<>();
        try (MongoClient client = MongoClients.create(mongoUri)) {
            at.put("storedInProjectsEventStore", client.getDatabase("fyp_projects").getCollection("domainevents").countDocuments());
            at.put("published", published(kafka));
            at.put("projectedInTrackingLog", client.getDatabase("fyp_tracking").getCollection("project_events").countDocuments());
        }
        return at;
    }

    private static long published(String kafka) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p)) {
            var partitions = consumer.partitionsFor(SimulatedHistory.TOPIC).stream()
                    .map(info -> new org.apache.kafka.common.TopicPartition(info.topic(), info.partition())).toList();
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
