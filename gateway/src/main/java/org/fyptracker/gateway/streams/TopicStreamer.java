package org.fyptracker.gateway.streams;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonFormat;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;

/**
 * Reads one topic for one SSE client: a Kafka consumer of its own (no consumer group, nothing committed:
 * the position lives in the client's Last-Event-ID), on a thread of its own, assigned every partition
 * and placed where the cursor says. Each binary-mode record becomes the same CloudEvent in structured JSON.
 * Order within a partition (one aggregate's events) is kept; across partitions records interleave.
 */
@Component
class TopicStreamer {

    private static final Logger log = LoggerFactory.getLogger(TopicStreamer.class);
    private static final Duration POLL = Duration.ofMillis(300);
    private static final Duration PARTITION_REFRESH = Duration.ofSeconds(30);

    private final StreamProperties properties;
    private final JsonFormat json = new JsonFormat();
    private final WithheldFields withheld;
    private final AtomicInteger open = new AtomicInteger();

    TopicStreamer(StreamProperties properties) {
        this.properties = properties;
        this.withheld = new WithheldFields(properties.withheldFields());
    }

    /** False when the gateway already serves as many streams as it may. */
    boolean tryOpen() {
        if (open.incrementAndGet() > properties.maxConnections()) {
            open.decrementAndGet();
            return false;
        }
        return true;
    }

    /** @param start where to begin; null for the beginning of the topic (or its end when {@code fromLatest}) */
    Flux<ServerSentEvent<String>> stream(String topic, StreamCursor start, boolean fromLatest) {
        return Flux.<ServerSentEvent<String>>create(sink -> {
            AtomicBoolean running = new AtomicBoolean(true);
            KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig());
            Thread reader = new Thread(() -> read(topic, start, fromLatest, consumer, sink, running), "sse-" + topic);
            reader.setDaemon(true);
            sink.onDispose(() -> {
                running.set(false);
                consumer.wakeup();
            });
            reader.start();
        }, FluxSink.OverflowStrategy.BUFFER).doFinally(signal -> open.decrementAndGet());
    }

    private void read(String topic, StreamCursor start, boolean fromLatest, KafkaConsumer<byte[], byte[]> consumer,
                      FluxSink<ServerSentEvent<String>> sink, AtomicBoolean running) {
        try (consumer) {
            StreamCursor cursor = place(consumer, topic, start, fromLatest);
            sink.next(ServerSentEvent.<String>builder().id(cursor.id()).comment("stream of " + topic)
                    .retry(properties.retry()).build());
            long lastSent = System.nanoTime();
            long lastRefresh = System.nanoTime();
            while (running.get() && !sink.isCancelled()) {
                if (sink.requestedFromDownstream() <= 0) {
                    Thread.sleep(20); // the client reads slower than the topic: wait, keep nothing in memory
                    continue;
                }
                ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    cursor = cursor.advance(record.partition(), record.offset());
                    String data = structured(record);
                    if (data != null) {
                        sink.next(ServerSentEvent.<String>builder().id(cursor.id()).data(data).build());
                        lastSent = System.nanoTime();
                    }
                }
                if (System.nanoTime() - lastSent > properties.heartbeat().toNanos()) {
                    sink.next(ServerSentEvent.<String>builder().comment("keep-alive").build());
                    lastSent = System.nanoTime();
                }
                if (System.nanoTime() - lastRefresh > PARTITION_REFRESH.toNanos()) {
                    cursor = addNewPartitions(consumer, topic, cursor);
                    lastRefresh = System.nanoTime();
                }
            }
        } catch (WakeupException | InterruptedException stopped) {
            // the client went away
        } catch (RuntimeException e) {
            if (running.get()) {
                log.warn("stream of {} failed: {}", topic, e.toString());
                sink.error(e);
                return;
            }
        }
        sink.complete();
    }

    private StreamCursor place(KafkaConsumer<byte[], byte[]> consumer, String topic, StreamCursor start, boolean fromLatest) {
        List<TopicPartition> partitions = partitionsOf(consumer, topic);
        consumer.assign(partitions);
        Map<Integer, Long> next = new HashMap<>();
        Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        for (TopicPartition partition : partitions) {
            long offset;
            if (start != null) {
                // named: exactly there (not before the log start); not named: a partition added since, from its start
                offset = Math.max(start.next().getOrDefault(partition.partition(), 0L), beginning.get(partition));
            } else {
                offset = fromLatest ? end.get(partition) : beginning.get(partition);
            }
            consumer.seek(partition, offset);
            next.put(partition.partition(), offset);
        }
        return new StreamCursor(topic, next);
    }

    private StreamCursor addNewPartitions(KafkaConsumer<byte[], byte[]> consumer, String topic, StreamCursor cursor) {
        List<TopicPartition> partitions = partitionsOf(consumer, topic);
        if (partitions.size() == consumer.assignment().size()) {
            return cursor;
        }
        Map<TopicPartition, Long> positions = new HashMap<>();
        consumer.assignment().forEach(p -> positions.put(p, consumer.position(p)));
        consumer.assign(partitions);
        Map<Integer, Long> next = new HashMap<>(cursor.next());
        for (TopicPartition partition : partitions) {
            if (positions.containsKey(partition)) {
                consumer.seek(partition, positions.get(partition));
            } else {
                consumer.seekToBeginning(List.of(partition));
                next.put(partition.partition(), consumer.position(partition));
            }
        }
        return new StreamCursor(topic, next);
    }

    private static List<TopicPartition> partitionsOf(KafkaConsumer<byte[], byte[]> consumer, String topic) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
        if (infos == null || infos.isEmpty()) {
            throw new IllegalStateException("topic " + topic + " does not exist");
        }
        return infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
    }

    /** The record's CloudEvent in structured JSON, or null (and a warning) if it is not a CloudEvent. */
    String structured(ConsumerRecord<byte[], byte[]> record) {
        try {
            CloudEvent event = KafkaMessageFactory.createReader(record.headers(), record.value()).toEvent();
            Object sequence = event.getExtension("aggregatesequence");
            if (sequence instanceof String text && text.matches("\\d{1,9}")) {
                // a header is a string; in JSON the sequence number is the integer it is
                event = CloudEventBuilder.v1(event).withExtension("aggregatesequence", Integer.parseInt(text)).build();
            }
            return new String(json.serialize(withheld.from(event)), StandardCharsets.UTF_8);
        } catch (RuntimeException notACloudEvent) {
            log.warn("skipped a record that is not a CloudEvent topic={} partition={} offset={}: {}",
                    record.topic(), record.partition(), record.offset(), notACloudEvent.toString());
            return null;
        }
    }

    private Properties consumerConfig() {
        Properties config = new Properties();
        config.putAll(properties.kafka());
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, properties.bootstrapServers());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "200");
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "gateway-sse");
        return config;
    }
}
