package org.fyptracker.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.bson.types.ObjectId;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.fyptracker.contracts.cloudevents.TimeOrderedIds;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/** Baselines (c) raw Kafka producer and (d) raw MongoDB inserts, and reading real records to copy. */
final class Baselines {

    static final String RAW_TOPIC = "bench.raw.cloudevents.v1";

    private Baselines() {
    }

    /** Real records of the projects topic, by CloudEvent type (the last part of ce_type), first of each kind. */
    static Map<String, List<ConsumerRecord<String, byte[]>>> readTemplates(String bootstrap, String topic,
                                                                          Predicate<ConsumerRecord<String, byte[]>> wanted,
                                                                          int perType) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        Map<String, List<ConsumerRecord<String, byte[]>>> out = new HashMap<>();
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(p)) {
            List<TopicPartition> parts = c.partitionsFor(topic).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> ends = c.endOffsets(parts);
            long deadline = System.currentTimeMillis() + 60_000;
            while (System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(500))) {
                    if (wanted.test(r)) {
                        String type = typeOf(r);
                        List<ConsumerRecord<String, byte[]>> l = out.computeIfAbsent(type, k -> new ArrayList<>());
                        if (l.size() < perType) {
                            l.add(r);
                        }
                    }
                }
                boolean atEnd = parts.stream().allMatch(tp -> c.position(tp) >= ends.get(tp));
                if (atEnd) {
                    break;
                }
            }
        }
        return out;
    }

    static String header(ConsumerRecord<String, byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    static String typeOf(ConsumerRecord<String, byte[]> r) {
        String t = header(r, "ce_type");
        if (t == null) {
            return "?";
        }
        String name = t.replaceFirst("\\.v\\d+$", ""); // org.fyptracker.<context>.<Event>.v<n>
        return name.substring(name.lastIndexOf('.') + 1);
    }

    static KafkaProducer<String, byte[]> producer(String bootstrap) {
        // As the services' event publisher: acks=all, idempotent, linger 5 ms.
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        return new KafkaProducer<>(p);
    }

    static void createTopic(String bootstrap, String topic, int partitions) throws Exception {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(p)) {
            if (!admin.listTopics().names().get().contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
            }
        }
    }

    /** (c) The same CloudEvent (headers and JSON) to a bench topic with a fresh id per send. */
    static OpenLoad.Op kafka(KafkaProducer<String, byte[]> producer, ConsumerRecord<String, byte[]> template) {
        return seq -> {
            List<Header> headers = new ArrayList<>();
            for (Header h : template.headers()) {
                headers.add(h.key().equals("ce_id")
                        ? new RecordHeader("ce_id", TimeOrderedIds.next().getBytes(StandardCharsets.UTF_8)) : h);
            }
            CompletableFuture<Integer> done = new CompletableFuture<>();
            producer.send(new ProducerRecord<>(RAW_TOPIC, null, template.key() + "-" + (seq % 79), template.value(), headers),
                    (meta, error) -> done.complete(error == null ? 200 : 500));
            return done;
        };
    }

    /** (d) The same event document as Axon's Mongo storage engine writes, with its unique index, from a pool. */
    static final class MongoInserts implements AutoCloseable {
        final MongoClient client;
        final MongoCollection<Document> events;
        final Document template;
        final ExecutorService pool;

        MongoInserts(String uri, Document template, int threads) {
            this.client = MongoClients.create(uri);
            this.events = client.getDatabase("fyp_bench_raw").getCollection("domainevents");
            this.events.createIndex(Indexes.ascending("aggregateIdentifier", "sequenceNumber"), new IndexOptions().unique(true));
            this.events.createIndex(Indexes.ascending("eventIdentifier"), new IndexOptions().unique(true));
            this.template = template;
            this.pool = Executors.newFixedThreadPool(threads);
        }

        OpenLoad.Op op() {
            String run = UUID.randomUUID().toString().substring(0, 8);
            java.util.concurrent.atomic.AtomicLong counter = new java.util.concurrent.atomic.AtomicLong();
            return seq -> CompletableFuture.supplyAsync(() -> {
                long n = counter.getAndIncrement(); // unique across runs of this op (seq restarts at 0 each run)
                Document d = new Document(template);
                d.put("_id", new ObjectId());
                d.put("aggregateIdentifier", "bench-" + run + "-" + (n % 79));
                d.put("sequenceNumber", n / 79);
                d.put("eventIdentifier", TimeOrderedIds.next()); // as the services make them
                events.insertOne(d);
                return 201;
            }, pool);
        }

        @Override
        public void close() {
            pool.shutdownNow();
            client.close();
        }
    }

    /** One real event document of the projects service's store (a progress report if there is one). */
    static Document eventDocument(String uri) {
        try (MongoClient c = MongoClients.create(uri)) {
            MongoCollection<Document> events = c.getDatabase("fyp_projects").getCollection("domainevents");
            Document d = events.find(new Document("payloadType", new Document("$regex", "ProgressReported"))).first();
            if (d == null) {
                d = events.find().first();
            }
            if (d == null) {
                throw new IllegalStateException("no event in fyp_projects.domainevents");
            }
            return d;
        }
    }
}
