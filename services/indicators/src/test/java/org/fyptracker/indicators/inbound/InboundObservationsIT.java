package org.fyptracker.indicators.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fyptracker.indicators.inbound.InboundRecords.defineGdp;
import static org.fyptracker.indicators.inbound.InboundRecords.record;
import static org.fyptracker.indicators.inbound.InboundRecords.revise;
import static org.fyptracker.indicators.inbound.InboundRecords.storedEvents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.config.ConfigResource;
import org.fyptracker.testkit.RealInfrastructure;
import org.fyptracker.testkit.TestConsumers;
import org.fyptracker.testkit.TestInbound;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Observations and revisions over the Kafka inbound topic, with outcomes on the outcomes topic: real broker,
 * real Mongo wire, token checks off (InboundObservationSecurityIT has them on). Topics of its own: the other
 * test contexts of this JVM, each with its own database, follow the service's configured topics and would
 * answer this test's records too (with "indicator-defined", not knowing the indicator).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "fyp.inbound.topic=" + InboundObservationsIT.INBOUND, "fyp.inbound.outcomes-topic=" + InboundObservationsIT.OUTCOMES})
@RealInfrastructure
class InboundObservationsIT {

    static final String INBOUND = "it.observations.inbound";
    static final String OUTCOMES = "it.observations.outcomes";

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ObjectMapper json;

    private TestInbound inbound;
    private KafkaConsumer<String, CloudEvent> events;

    @BeforeEach
    void setUp() {
        inbound = new TestInbound(bootstrap, INBOUND, OUTCOMES);
        events = TestConsumers.fromBeginning(bootstrap, new CloudEventDeserializer(), "fyp.indicators.events.v1");
    }

    @AfterEach
    void tearDown() {
        inbound.close();
        events.close();
    }

    @Test
    void an_observation_and_its_revision_are_stored_published_and_answered() throws Exception {
        String code = "GL-15.I71";
        defineGdp(port, code, null);
        String recordKey = "gl-stats-2027-01-20-" + UUID.randomUUID();
        inbound.send(record(recordKey, code, """
                {"period":"2026","value":3530.15,"kind":"PRELIMINARY","source":"区统计局快报","laggedYear":false,"note":"年度快报"}"""));

        JsonNode accepted = inbound.outcomeFor(recordKey);
        assertThat(accepted.get("outcome").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("status").asInt()).isEqualTo(201);
        assertThat(accepted.get("result")).isEqualTo(json.readTree("{\"code\":\"" + code + "\",\"period\":\"2026\"}"));
        assertThat(accepted.get("topic").asText()).isEqualTo(INBOUND);

        String reviseKey = "gl-stats-2027-06-30-" + UUID.randomUUID();
        inbound.send(revise(reviseKey, code, "2026", """
                {"value":3541.2,"kind":"FINAL","source":"鼓楼区统计年鉴2027","reason":"年鉴数修订快报数"}"""));
        assertThat(inbound.outcomeFor(reviseKey).get("status").asInt()).isEqualTo(201);

        List<CloudEvent> published = TestConsumers.valuesOf(events, code, 3);
        assertThat(published).extracting(CloudEvent::getType).containsExactly(
                "org.fyptracker.indicators.IndicatorDefined.v1", "org.fyptracker.indicators.ObservationRecorded.v1",
                "org.fyptracker.indicators.ObservationRevised.v1");
        JsonNode recorded = json.readTree(published.get(1).getData().toBytes());
        assertThat(recorded.get("value").decimalValue()).isEqualByComparingTo("3530.15");
        assertThat(recorded.get("source").asText()).isEqualTo("区统计局快报");
        assertThat(recorded.at("/provenance/idempotencyKey").asText()).isEqualTo(recordKey);
        JsonNode revised = json.readTree(published.get(2).getData().toBytes());
        assertThat(revised.get("previousValue").decimalValue()).isEqualByComparingTo("3530.15");
        assertThat(revised.get("value").decimalValue()).isEqualByComparingTo("3541.2");
        assertThat(revised.get("kind").asText()).isEqualTo("FINAL");
    }

    @Test
    void a_record_breaking_a_rule_is_rejected_naming_the_rule_and_stores_nothing_and_blocks_nothing() throws Exception {
        String code = "GL-15.I72";
        defineGdp(port, code, null);
        Map<String, String> rejected = Map.of(
                "beyond-the-plan", record("k-" + UUID.randomUUID(), code,
                        "{\"period\":\"2036\",\"value\":4100,\"kind\":\"PRELIMINARY\"}"),
                "unknown-indicator", record("k-" + UUID.randomUUID(), "GL-15.I99",
                        "{\"period\":\"2026\",\"value\":4100,\"kind\":\"PRELIMINARY\"}"),
                "nothing-to-revise", revise("k-" + UUID.randomUUID(), code, "2027",
                        "{\"value\":3600,\"kind\":\"FINAL\",\"reason\":\"修订\"}"),
                "no-value", record("k-" + UUID.randomUUID(), code, "{\"period\":\"2026\",\"kind\":\"PRELIMINARY\"}"),
                "unknown-field", record("k-" + UUID.randomUUID(), code,
                        "{\"period\":\"2026\",\"value\":3530,\"kind\":\"PRELIMINARY\",\"unit\":\"万元\"}"),
                "value-as-text", record("k-" + UUID.randomUUID(), code,
                        "{\"period\":\"2026\",\"value\":\"3530\",\"kind\":\"PRELIMINARY\"}"));
        for (String value : rejected.values()) {
            inbound.send(value);
        }
        inbound.send("{\"operation\": not json");
        inbound.send("{\"operation\":\"DELETE_INDICATOR\",\"idempotencyKey\":\"k-" + UUID.randomUUID() + "\",\"code\":\"" + code + "\"}");
        String goodKey = "k-" + UUID.randomUUID();
        inbound.send(record(goodKey, code, "{\"period\":\"2026\",\"value\":3530,\"kind\":\"PRELIMINARY\"}"));

        assertProblem(rejected.get("beyond-the-plan"), 422, "period-within-plan", "period");
        assertProblem(rejected.get("unknown-indicator"), 404, "indicator-defined", "code");
        assertProblem(rejected.get("nothing-to-revise"), 409, "revised-period-has-observation", "period");
        assertProblem(rejected.get("no-value"), 400, "invalid-request", "value");
        assertProblem(rejected.get("unknown-field"), 400, "unknown-field", "unit");
        assertProblem(rejected.get("value-as-text"), 400, "invalid-format", "value");
        assertThat(inbound.outcomeFor(goodKey).get("outcome").asText()).isEqualTo("ACCEPTED");
        // the unreadable records were answered too, keyed by where they were (their partitions may lag the good one's)
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(inbound.seen())
                .filteredOn(o -> "malformed-record".equals(o.at("/problem/rule").asText()))
                .hasSize(2).allSatisfy(o -> assertThat(o.get("idempotencyKey")).isNull()));

        assertThat(storedEvents(mongo, code)).as("the definition and the one good observation").isEqualTo(2);
        assertThat(storedEvents(mongo, "GL-15.I99")).isZero();
    }

    private void assertProblem(String record, int status, String rule, String field) throws Exception {
        String key = json.readTree(record).get("idempotencyKey").asText();
        JsonNode outcome = inbound.outcomeFor(key);
        assertThat(outcome.get("outcome").asText()).as(rule).isEqualTo("REJECTED");
        assertThat(outcome.get("status").asInt()).as(rule).isEqualTo(status);
        assertThat(outcome.at("/problem/status").asInt()).as(rule).isEqualTo(status);
        assertThat(outcome.at("/problem/rule").asText()).isEqualTo(rule);
        assertThat(outcome.at("/problem/errors/0/field").asText()).as(rule).isEqualTo(field);
    }

    @Test
    void the_same_record_sent_twice_is_applied_once_and_answered_twice_alike() throws Exception {
        String code = "GL-15.I73";
        defineGdp(port, code, null);
        String key = "gl-stats-retry-" + UUID.randomUUID();
        String observation = record(key, code, "{\"period\":\"2026\",\"value\":3530,\"kind\":\"PRELIMINARY\"}");
        inbound.send(observation);
        JsonNode first = inbound.outcomeFor(key);
        inbound.forget(key);
        inbound.send(observation);
        JsonNode second = inbound.outcomeFor(key);

        assertThat(first.get("status").asInt()).isEqualTo(201);
        assertThat(second.get("status").asInt()).isEqualTo(201);
        assertThat(second.get("result")).isEqualTo(first.get("result"));
        assertThat(second.get("partition").asText() + "@" + second.get("offset").asText()).as("the answer to the second record")
                .isNotEqualTo(first.get("partition").asText() + "@" + first.get("offset").asText());
        // the second answer was published after the second record was handled: anything it stored is there
        assertThat(storedEvents(mongo, code)).as("the definition and one observation").isEqualTo(2);
    }

    @Test
    void the_service_creates_its_inbound_and_outcomes_topics_at_start() throws Exception {
        // the test broker never creates a topic by itself (auto.create.topics.enable=false)
        try (AdminClient admin = AdminClient.create(Map.of("bootstrap.servers", bootstrap))) {
            Map<String, TopicDescription> topics = admin.describeTopics(List.of(INBOUND, OUTCOMES)).allTopicNames().get();
            assertThat(topics.get(INBOUND).partitions()).hasSize(3);
            assertThat(topics.get(OUTCOMES).partitions()).hasSize(3);
            var configs = admin.describeConfigs(List.of(new ConfigResource(ConfigResource.Type.TOPIC, INBOUND),
                    new ConfigResource(ConfigResource.Type.TOPIC, OUTCOMES))).all().get();
            assertThat(configs.get(new ConfigResource(ConfigResource.Type.TOPIC, INBOUND)).get("retention.ms").value())
                    .isEqualTo(String.valueOf(14L * 86_400_000));
            assertThat(configs.get(new ConfigResource(ConfigResource.Type.TOPIC, OUTCOMES)).get("retention.ms").value())
                    .isEqualTo(String.valueOf(90L * 86_400_000));
        }
    }
}
