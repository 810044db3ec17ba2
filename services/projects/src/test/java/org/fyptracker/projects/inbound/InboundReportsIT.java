package org.fyptracker.projects.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.UUID;
import org.fyptracker.testkit.RealInfrastructure;
import org.fyptracker.testkit.TestInbound;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Batch senders over the inbound topic, with outcomes on the outcome topic: real broker, real Mongo wire,
 * token checks off (InboundReportSecurityIT has them on). Topics of its own: application contexts of other
 * test classes stay alive on the same broker, follow the configured topics and would otherwise answer this
 * test's records from their own databases.
 */
@SpringBootTest(properties = {"fyp.inbound.topic=" + InboundReportsIT.INBOUND, "fyp.inbound.outcomes-topic=" + InboundReportsIT.OUTCOMES})
@RealInfrastructure
class InboundReportsIT {

    static final String INBOUND = "it.reports.inbound";
    static final String OUTCOMES = "it.reports.outcomes";

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;
    @Autowired
    MongoTemplate mongo;

    private TestInbound inbound;

    @BeforeEach
    void setUp() {
        inbound = new TestInbound(bootstrap, INBOUND, OUTCOMES);
    }

    @AfterEach
    void tearDown() {
        inbound.close();
    }

    private void send(String value) throws Exception {
        inbound.send(value);
    }

    private JsonNode outcomeFor(String key) {
        return inbound.outcomeFor(key);
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
        assertThat(rejected.at("/problem/rule").asText()).isEqualTo("invalid-format");
        assertThat(rejected.at("/problem/errors/0/field").asText()).isEqualTo("plannedDate");

        String planKey = "batch-" + UUID.randomUUID();
        send("{\"operation\":\"PLAN_MILESTONE\",\"idempotencyKey\":\"" + planKey + "\",\"projectId\":\"" + projectId
                + "\",\"body\":{\"title\":\"码头主体完工\",\"plannedDate\":\"2027-06-30\"}}");
        assertThat(outcomeFor(planKey).get("outcome").asText()).isEqualTo("ACCEPTED");
        // the unreadable record got an outcome too, keyed by where it was (its partition may lag the others)
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(inbound.seen())
                .anyMatch(o -> "malformed-record".equals(o.path("problem").path("rule").asText())));
    }

    @Test
    void the_same_record_sent_twice_is_applied_once_and_answered_twice_alike() throws Exception {
        String key = "batch-" + UUID.randomUUID();
        String record = "{\"operation\":\"REGISTER_PROJECT\",\"idempotencyKey\":\"" + key + "\",\"body\":"
                + "{\"name\":\"重复发送\",\"planRef\":\"FZ-15.C40\",\"leadDepartment\":\"fz-drc\","
                + "\"plannedStart\":\"2026-02-01\",\"plannedEnd\":\"2028-12-31\"}}";
        send(record);
        JsonNode first = outcomeFor(key);
        inbound.forget(key);
        send(record);
        JsonNode second = outcomeFor(key);
        assertThat(second.get("result")).isEqualTo(first.get("result"));
        String projectId = first.get("result").get("id").asText();
        // the second answer was published after the second record was handled: anything it stored is there
        assertThat(mongo.getCollection("domainevents").countDocuments(new Document("aggregateIdentifier", projectId)))
                .as("events stored for the project registered twice with one key").isEqualTo(1);
    }
}
