package org.fyptracker.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The publisher's share of the projection lag, for every project event published while it runs: the record's
 * Kafka timestamp (set when the publisher hands it to its producer) minus the CloudEvent's {@code time} (when the
 * aggregate decided the event, just before it was stored). Both clocks are this machine's.
 */
final class PublishDelay implements AutoCloseable {

    private final Histogram delays = new Histogram(3_600_000L, 3);
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread reader;
    private final long measureFromMillis;

    /** Counts the events decided from {@code measureFromMillis} on (the warm-up before is not counted). */
    PublishDelay(String kafka, long measureFromMillis) {
        this.measureFromMillis = measureFromMillis;
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p);
        var partitions = consumer.partitionsFor(SimulatedHistory.TOPIC).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        reader = new Thread(() -> {
            try (consumer) {
                while (running.get()) {
                    for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                        Header time = r.headers().lastHeader("ce_time");
                        if (time == null) {
                            continue;
                        }
                        long decided = OffsetDateTime.parse(new String(time.value(), StandardCharsets.UTF_8))
                                .toInstant().toEpochMilli();
                        if (decided >= measureFromMillis) {
                            synchronized (delays) {
                                delays.recordValue(Math.max(0, r.timestamp() - decided));
                            }
                        }
                    }
                }
            }
        }, "publish-delay");
        reader.start();
    }

    Map<String, Object> toJson() {
        synchronized (delays) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("events", delays.getTotalCount());
            r.put("p50Ms", delays.getValueAtPercentile(50));
            r.put("p99Ms", delays.getValueAtPercentile(99));
            r.put("maxMs", delays.getMaxValue());
            return r;
        }
    }

    String summary() {
        synchronized (delays) {
            return String.format("p50 %d ms, p99 %d ms over %d events", delays.getValueAtPercentile(50),
                    delays.getValueAtPercentile(99), delays.getTotalCount());
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        reader.join();
    }
}
