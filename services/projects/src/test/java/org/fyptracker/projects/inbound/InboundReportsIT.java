package org.fyptracker.projects.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.fyptracker.testkit.RealInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Batch senders over the inbound topic, with outcomes on the outcome topic: real broker, real Mongo wire.
 * Its own consumer group: application contexts of other test classes stay alive on the same broker and
 * would otherwise take this test's records into their own databases.
 */
@SpringBootTest(properties = "fyp.inbound.group=inbound-reports-it")
@RealInfrastructure
class InboundReportsIT {

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;
    @Autowired
    ObjectMapper json;
    @Autowired
    MongoTemplate mongo;

    private KafkaProducer<String, String> producer;
    private KafkaConsumer<String, String> outcomes;
    private final Map<String, JsonNode> seen = new HashMap<>();

    @BeforeEach
    void setUp() {
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap), new StringSerializer(), new StringSerializer());
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        outcomes = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        outcomes.subscribe(List.of("fyp.reports.outcomes.v1"));
    }

    @AfterEach
    void tearDown() {
        producer.close();
        outcomes.close();
    }

    private void send(String value) throws Exception {
        producer.send(new ProducerRecord<>("fyp.reports.inbound.v1", UUID.randomUUID().toString(), value)).get();
    }

    private JsonNode outcomeFor(String key) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (ConsumerRecord<String, String> r : outcomes.poll(Duration.ofMillis(200))) {
                seen.put(r.key(), json.readTree(r.value()));
            }
            return seen.containsKey(key);
        });
        return seen.get(key);
    }

    @Test
    void records_are_handled_like_rest_calls_and_a_malformed_record_does_not_block_the_ones_behind_it() throws Exception {
        String registerKey = "batch-" + UUID.randomUUID();
        send("{\"operation\":\"REGISTER_PROJECT\",\"idempotencyKey\":\"" + registerKey + "\",\"body\":"
                + "{\"name\":\"马尾港区建设\",\"planRef\":\"FZ-15.B11.2\",\"leadDepartment\":\"mawei-district\","
                + "\"plannedStart\":\"2026-02-01\",\"plannedEnd\":\"2028-12-31\"}}");
        send("{\"operation\": not json");
        String badKey = "batch-" + UUID.randomUUID();
        send("{\"operation\":\"PLAN_MILESTONE\",\"idempotencyKey\":\"" + badKey + "\",\"projectId\":\"nope\",\"body\":"
                + "{\"title\":\"节点\",\"plannedDate\":\"2026-13-01\"}}");

        JsonNode accepted = outcomeFor(registerKey);
        assertThat(accepted.get("outcome").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("status").asInt()).isEqualTo(201);
        String projectId = accepted.get("result").get("id").asText();

        JsonNode rejected = outcomeFor(badKey);
        assertThat(rejected.get("outcome").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get("problem").get("status").asInt()).isEqualTo(400);

        String planKey = "batch-" + UUID.randomUUID();
        send("{\"operation\":\"PLAN_MILESTONE\",\"idempotencyKey\":\"" + planKey + "\",\"projectId\":\"" + projectId
                + "\",\"body\":{\"title\":\"码头主体完工\",\"plannedDate\":\"2027-06-30\"}}");
        assertThat(outcomeFor(planKey).get("outcome").asText()).isEqualTo("ACCEPTED");
        // the unreadable record got an outcome too, keyed by where it was
        assertThat(seen.values()).anyMatch(o -> "malformed-record".equals(o.path("problem").path("rule").asText()));
    }

    @Test
    void the_same_record_sent_twice_is_applied_once_and_answered_twice_alike() throws Exception {
        String key = "batch-" + UUID.randomUUID();
        String record = "{\"operation\":\"REGISTER_PROJECT\",\"idempotencyKey\":\"" + key + "\",\"body\":"
                + "{\"name\":\"重复发送\",\"planRef\":\"FZ-15.C40\",\"leadDepartment\":\"fz-drc\","
                + "\"plannedStart\":\"2026-02-01\",\"plannedEnd\":\"2028-12-31\"}}";
        send(record);
        JsonNode first = outcomeFor(key);
        seen.remove(key);
        send(record);
        JsonNode second = outcomeFor(key);
        assertThat(second.get("result")).isEqualTo(first.get("result"));
        String projectId = first.get("result").get("id").asText();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                mongo.getCollection("domainevents").countDocuments(new Document("aggregateIdentifier", projectId)))
                .as("events stored for the project registered twice with one key").isEqualTo(1));
        Thread.sleep(500); // a second registration, if there were one, would land in this window
        assertThat(mongo.getCollection("domainevents").countDocuments(new Document("aggregateIdentifier", projectId)))
                .isEqualTo(1);
    }
}
