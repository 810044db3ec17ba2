package org.fyptracker.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A department system on a service's Kafka inbound topic, for tests: sends records (with an access token
 * in the {@code authorization} header when given one) and reads what the service answered on the outcomes
 * topic, by the outcome's key.
 */
public final class TestInbound implements AutoCloseable {

    private final String inboundTopic;
    private final ObjectMapper json = new ObjectMapper();
    private final KafkaProducer<String, String> producer;
    private final KafkaConsumer<String, String> outcomes;
    private final Map<String, JsonNode> seen = new HashMap<>();

    public TestInbound(String bootstrap, String inboundTopic, String outcomesTopic) {
        this.inboundTopic = inboundTopic;
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap), new StringSerializer(), new StringSerializer());
        outcomes = TestConsumers.fromBeginning(bootstrap, new StringDeserializer(), outcomesTopic);
    }

    /** Sends {@code value} without a token. */
    public void send(String value) throws ExecutionException, InterruptedException {
        send(value, null);
    }

    /** Sends {@code value} with {@code authorization: Bearer <token>} when {@code token} is not null. */
    public void send(String value, String token) throws ExecutionException, InterruptedException {
        ProducerRecord<String, String> record = new ProducerRecord<>(inboundTopic, UUID.randomUUID().toString(), value);
        if (token != null) {
            record.headers().add("authorization", ("Bearer " + token).getBytes(StandardCharsets.UTF_8));
        }
        producer.send(record).get();
    }

    /** The outcome published under {@code key}, waiting up to 30 s for it; the latest one if it came twice. */
    public JsonNode outcomeFor(String key) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (!seen.containsKey(key)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no outcome for " + key + " within 30 s; outcomes seen: " + seen.keySet());
            }
            poll();
        }
        return seen.get(key);
    }

    /** Forgets the outcome under {@code key}, to wait for the next one. */
    public void forget(String key) {
        seen.remove(key);
    }

    /** Every outcome seen so far. */
    public List<JsonNode> seen() {
        poll();
        return List.copyOf(seen.values());
    }

    private void poll() {
        for (ConsumerRecord<String, String> r : outcomes.poll(Duration.ofMillis(200))) {
            try {
                seen.put(r.key(), json.readTree(r.value()));
            } catch (Exception e) {
                throw new AssertionError("an outcome that is not JSON: " + r.value(), e);
            }
        }
    }

    @Override
    public void close() {
        producer.close();
        outcomes.close();
    }
}
