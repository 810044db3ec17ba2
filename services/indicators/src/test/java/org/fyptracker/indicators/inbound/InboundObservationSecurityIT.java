package org.fyptracker.indicators.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fyptracker.indicators.inbound.InboundRecords.defineGdp;
import static org.fyptracker.indicators.inbound.InboundRecords.record;
import static org.fyptracker.indicators.inbound.InboundRecords.storedEvents;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.fyptracker.platform.security.RevokedClients;
import org.fyptracker.testkit.RealInfrastructure;
import org.fyptracker.testkit.TestInbound;
import org.fyptracker.testkit.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Inbound records carry the sender's access token (header {@code authorization: Bearer …}), checked like a
 * REST request's: only the department responsible for the indicator (or an admin) records; no token, a bad
 * token, a revoked client, another department or a supervisor are refused with the problem REST would give,
 * and nothing is stored. Tokens from a stand-in authorization server ({@link TestTokens}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "fyp.security.enabled=true",
        "fyp.inbound.topic=" + InboundObservationSecurityIT.INBOUND,
        "fyp.inbound.outcomes-topic=" + InboundObservationSecurityIT.OUTCOMES})
@RealInfrastructure
class InboundObservationSecurityIT {

    static final String INBOUND = "it.observations.inbound.secured";
    static final String OUTCOMES = "it.observations.outcomes.secured";
    static final TestTokens TOKENS = TestTokens.shared();
    private static final AtomicInteger INDICATORS = new AtomicInteger(80);

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        registry.add("fyp.security.jwk-set-uri", TOKENS::jwkSetUri);
    }

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    RevokedClients revoked;

    private TestInbound inbound;
    private String code;

    @BeforeEach
    void setUp() {
        inbound = new TestInbound(bootstrap, INBOUND, OUTCOMES);
        code = "GL-15.I" + INDICATORS.incrementAndGet(); // one of its own per test, in this context's one database
        defineGdp(port, code, TOKENS.token("platform-admin", "fz-drc", "admin"));
    }

    @AfterEach
    void tearDown() {
        inbound.close();
    }

    /** Sends one 2026 figure for the test's indicator with {@code token} (none when null) and returns its outcome. */
    private JsonNode report(String token) throws Exception {
        String key = "k-" + UUID.randomUUID();
        inbound.send(record(key, code, "{\"period\":\"2026\",\"value\":3530,\"kind\":\"PRELIMINARY\"}"), token);
        return inbound.outcomeFor(key);
    }

    private static void assertRefused(JsonNode outcome, int status, String rule) {
        assertThat(outcome.get("outcome").asText()).as(rule).isEqualTo("REJECTED");
        assertThat(outcome.get("status").asInt()).as(rule).isEqualTo(status);
        assertThat(outcome.at("/problem/rule").asText()).isEqualTo(rule);
    }

    @Test
    void only_a_valid_token_of_the_responsible_department_or_an_admin_records() throws Exception {
        assertRefused(report(null), 401, "authentication-required");
        assertRefused(report(TOKENS.expired("gl-stats-system", "gl-stats", "report")), 401, "invalid-token");
        assertRefused(report("not-a-jwt"), 401, "invalid-token");
        assertRefused(report(TOKENS.token("fz-stats-system", "fz-stats", "report")), 403, "responsible-department-only");
        assertRefused(report(TOKENS.token("rd-supervision", "fz-rd", "supervise")), 403, "scope-insufficient");
        assertThat(storedEvents(mongo, code)).as("only the definition").isEqualTo(1);

        JsonNode accepted = report(TOKENS.token("gl-stats-system", "gl-stats", "report"));
        assertThat(accepted.get("outcome").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("status").asInt()).isEqualTo(201);
        Document stored = mongo.getCollection("domainevents").find(new Document("aggregateIdentifier", code)
                .append("payloadType", "org.fyptracker.contracts.indicators.ObservationRecorded")).first();
        assertThat(stored).isNotNull();
        assertThat(stored.toJson()).as("the provenance is the token's department and client")
                .contains("gl-stats").contains("gl-stats-system");
        assertThat(storedEvents(mongo, code)).isEqualTo(2);
    }

    @Test
    void an_admin_records_for_any_department() throws Exception {
        JsonNode accepted = report(TOKENS.token("platform-admin", "fz-drc", "admin"));
        assertThat(accepted.get("outcome").asText()).isEqualTo("ACCEPTED");
        assertThat(storedEvents(mongo, code)).isEqualTo(2);
    }

    @Test
    void a_revoked_clients_token_is_refused() throws Exception {
        String client = "gl-stats-retired-" + UUID.randomUUID();
        String token = TOKENS.token(client, "gl-stats", "report");
        // ClientRevoked as the departments service publishes it (CloudEvents binary mode)
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap),
                new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> revocation = new ProducerRecord<>("fyp.departments.events.v1", client,
                    "{\"clientId\":\"" + client + "\",\"reason\":\"系统下线\"}");
            revocation.headers().add("ce_type", "org.fyptracker.departments.ClientRevoked.v1".getBytes(StandardCharsets.UTF_8));
            producer.send(revocation).get();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> revoked.isRevoked(client));

        JsonNode refused = report(token);
        assertRefused(refused, 401, "invalid-token");
        assertThat(refused.at("/problem/detail").asText()).contains("revoked");
        assertThat(storedEvents(mongo, code)).isEqualTo(1);
    }
}
