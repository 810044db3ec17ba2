package org.fyptracker.projects.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.bson.Document;
import org.fyptracker.testkit.RealInfrastructure;
import org.fyptracker.testkit.TestInbound;
import org.fyptracker.testkit.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Inbound reports carry the sender's access token and are decided as REST requests are: a department
 * registers projects it leads and reports on projects it leads or co-operates on; without a valid token
 * nothing happens. Topics of its own, so the other contexts of the JVM (security off) do not answer its records.
 */
@SpringBootTest(properties = {
        "fyp.security.enabled=true",
        "fyp.inbound.topic=" + InboundReportSecurityIT.INBOUND,
        "fyp.inbound.outcomes-topic=" + InboundReportSecurityIT.OUTCOMES})
@RealInfrastructure
class InboundReportSecurityIT {

    static final String INBOUND = "it.reports.inbound.secured";
    static final String OUTCOMES = "it.reports.outcomes.secured";
    static final TestTokens TOKENS = TestTokens.shared();

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        registry.add("fyp.security.jwk-set-uri", TOKENS::jwkSetUri);
    }

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

    private JsonNode send(String operation, String ids, String body, String token) throws Exception {
        String key = "k-" + UUID.randomUUID();
        inbound.send("{\"operation\":\"" + operation + "\",\"idempotencyKey\":\"" + key + "\"" + ids + ",\"body\":" + body + "}", token);
        return inbound.outcomeFor(key);
    }

    private JsonNode register(String lead, String token) throws Exception {
        return send("REGISTER_PROJECT", "", "{\"name\":\"马尾港区建设\",\"planRef\":\"FZ-15.B11.2\",\"leadDepartment\":\"" + lead
                + "\",\"plannedStart\":\"2026-02-01\",\"plannedEnd\":\"2028-12-31\"}", token);
    }

    private JsonNode planMilestone(String projectId, String token) throws Exception {
        return send("PLAN_MILESTONE", ",\"projectId\":\"" + projectId + "\"",
                "{\"title\":\"码头主体完工\",\"plannedDate\":\"2027-06-30\"}", token);
    }

    private static void assertRefused(JsonNode outcome, int status, String rule) {
        assertThat(outcome.get("outcome").asText()).as(rule).isEqualTo("REJECTED");
        assertThat(outcome.get("status").asInt()).as(rule).isEqualTo(status);
        assertThat(outcome.at("/problem/rule").asText()).isEqualTo(rule);
    }

    private long storedEvents() {
        return mongo.getCollection("domainevents").countDocuments(new Document("payloadType",
                new Document("$regex", "^org\\.fyptracker\\.contracts\\.projects\\.")));
    }

    @Test
    void a_department_writes_over_kafka_only_what_it_may_write_over_rest() throws Exception {
        String mawei = TOKENS.token("mawei-system", "mawei-district", "report");
        assertRefused(register("mawei-district", null), 401, "authentication-required");
        assertRefused(register("mawei-district", TOKENS.expired("mawei-system", "mawei-district", "report")), 401, "invalid-token");
        assertRefused(register("fz-transport", mawei), 403, "register-own-department-as-lead");
        assertRefused(register("mawei-district", TOKENS.token("rd-supervision", "fz-rd", "supervise")), 403, "scope-insufficient");
        assertThat(storedEvents()).isZero();

        JsonNode registered = register("mawei-district", mawei);
        assertThat(registered.get("status").asInt()).isEqualTo(201);
        String projectId = registered.at("/result/id").asText();

        assertRefused(planMilestone(projectId, TOKENS.token("gl-system", "gl-gov", "report")), 403, "lead-or-co-department-only");
        assertThat(planMilestone(projectId, mawei).get("status").asInt()).isEqualTo(201);
        assertThat(planMilestone(projectId, TOKENS.token("platform-admin", "fz-drc", "admin")).get("status").asInt()).isEqualTo(201);
        assertThat(storedEvents()).as("the registration and two milestones").isEqualTo(3);
    }
}
