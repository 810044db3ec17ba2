package org.fyptracker.platform.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.fyptracker.contracts.cloudevents.CloudEventTypes;
import org.fyptracker.contracts.departments.ClientRevoked;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The clients whose tokens this service refuses: every {@code ClientRevoked} on the departments' event
 * topic, read from its beginning at each start by a consumer of this instance alone (a group of its own,
 * nothing committed), then followed as it grows. A revocation bites here as soon as the event arrives:
 * Kafka's latency, well inside the minute docs/security.md promises.
 */
public class RevokedClients implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RevokedClients.class);
    static final String REVOKED_TYPE = CloudEventTypes.typeOf(ClientRevoked.class);

    private final Map<String, Object> consumerConfig;
    private final String topic;
    private final ObjectMapper json;
    private final Set<String> revoked = ConcurrentHashMap.newKeySet();
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile Thread thread;
    private volatile boolean running;

    public RevokedClients(Map<String, Object> kafkaConsumerProperties, String topic, ObjectMapper json) {
        Map<String, Object> config = new HashMap<>(kafkaConsumerProperties);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "revocations-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        this.consumerConfig = config;
        this.topic = topic;
        this.json = json;
    }

    public boolean isRevoked(String clientId) {
        return clientId != null && revoked.contains(clientId);
    }

    /** For tests and for a revocation learnt another way. */
    public void revoke(String clientId) {
        if (clientId != null && revoked.add(clientId)) {
            log.info("client {} revoked: its tokens are refused from now on", clientId);
        }
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::follow, "revoked-clients");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        Thread t = thread;
        if (t != null) {
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void follow() {
        while (running) {
            try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(consumerConfig)) {
                consumer = kafka;
                kafka.subscribe(List.of(topic));
                while (running) {
                    for (ConsumerRecord<String, byte[]> record : kafka.poll(Duration.ofMillis(500))) {
                        read(record);
                    }
                }
            } catch (WakeupException stopping) {
                return;
            } catch (RuntimeException e) {
                log.warn("reading revocations from {} failed, retrying in 2 s: {}", topic, e.toString());
                sleep();
            } finally {
                consumer = null;
            }
        }
    }

    void read(ConsumerRecord<String, byte[]> record) {
        Header type = record.headers().lastHeader("ce_type");
        if (type == null || !REVOKED_TYPE.equals(new String(type.value(), StandardCharsets.UTF_8))) {
            return;
        }
        try {
            JsonNode event = json.readTree(record.value());
            revoke(event.path("clientId").asText(record.key()));
            Header time = record.headers().lastHeader("ce_time");
            if (time != null) {
                log.debug("revocation of {} at {} seen at {}", record.key(),
                        new String(time.value(), StandardCharsets.UTF_8), Instant.now());
            }
        } catch (Exception e) {
            log.warn("unreadable ClientRevoked at offset {}: {}", record.offset(), e.toString());
        }
    }

    private void sleep() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
