package org.fyptracker.tracking.deadletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.projects.KeyProjectRegistered;
import org.fyptracker.contracts.projects.MilestonePlanned;
import org.fyptracker.contracts.projects.ProjectEvent;
import org.fyptracker.contracts.projects.ProjectKind;
import org.fyptracker.platform.events.CloudEventKafkaConverter;
import org.fyptracker.testkit.TopicWriter;
import org.fyptracker.testkit.RealInfrastructure;
import org.fyptracker.tracking.projects.ProjectViewProjection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

/**
 * Poison events over a real Kafka topic and a real MongoDB-wire server: an event the project views cannot
 * handle is parked with its error (and so are the later events of its project), every other project goes on
 * being tracked, and the admin endpoint lists, retries and drops the parked events.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
@Import(DeadLetterIT.Poison.class)
class DeadLetterIT {

    private static final String TOPIC = "fyp.projects.events.v1";
    private static final Provenance WHO = new Provenance("fz-bigdata", "client-1", Instant.parse("2026-05-10T02:00:00Z"), "k");

    /** A handler in the project views' group that cannot handle projects named "毒…" while poisoned. */
    @TestConfiguration
    static class Poison {
        static volatile boolean poisoned = true;

        @Bean
        PoisonHandler poisonHandler() {
            return new PoisonHandler();
        }
    }

    @ProcessingGroup(ProjectViewProjection.GROUP)
    static class PoisonHandler {
        @EventHandler
        void on(KeyProjectRegistered event) {
            if (Poison.poisoned && event.name().startsWith("毒")) {
                throw new IllegalStateException("cannot handle project " + event.projectId());
            }
        }
    }

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;
    @Autowired
    CloudEventKafkaConverter converter;
    @Autowired
    ObjectMapper json;

    private TopicWriter topic;
    private RestClient http;

    @BeforeEach
    void setUp() {
        Poison.poisoned = true;
        topic = new TopicWriter(bootstrap, converter);
        http = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (req, res) -> { }).build();
    }

    @AfterEach
    void tearDown() {
        topic.close();
    }

    private void publish(ProjectEvent event, long sequence, String eventId) throws Exception {
        topic.publish(TOPIC, "KeyProject", event, sequence, eventId);
    }

    private void register(String id, String name) throws Exception {
        publish(new KeyProjectRegistered(id, name, "FZ-15.C14", "FZ-15", ProjectKind.PROGRAMME, "fz-transport", List.of(),
                "福州市", LocalDate.of(2026, 3, 1), LocalDate.of(2028, 12, 31), null, WHO), 0, "r-" + id);
    }

    private void milestone(String id, long sequence) throws Exception {
        publish(new MilestonePlanned(id, "m" + sequence, "节点" + sequence, LocalDate.of(2027, 6, 30), 1, "FZ-15", WHO),
                sequence, "m" + sequence + "-" + id);
    }

    private record Answer(int status, String contentType, JsonNode body) {
    }

    private Answer call(String method, String path) {
        return http.method(org.springframework.http.HttpMethod.valueOf(method)).uri(path)
                .exchange((req, res) -> {
                    byte[] bytes = res.getBody().readAllBytes();
                    return new Answer(res.getStatusCode().value(),
                            String.valueOf(res.getHeaders().getContentType()), bytes.length == 0 ? null : json.readTree(bytes));
                });
    }

    private JsonNode project(String id) {
        Answer answer = call("GET", "/api/v1/tracking/projects/" + id);
        return answer.status() == 200 ? answer.body() : null;
    }

    private List<JsonNode> parked(String aggregateId) {
        List<JsonNode> items = new ArrayList<>();
        call("GET", "/api/v1/admin/tracking/dead-letters?group=project-views").body().get("items").forEach(item -> {
            if (aggregateId.equals(item.path("aggregateId").asText())) {
                items.add(item);
            }
        });
        return items;
    }

    @Test
    void a_poison_event_is_parked_with_its_error_other_projects_go_on_and_a_retry_applies_it_in_order() throws Exception {
        String poisoned = "poison-" + UUID.randomUUID();
        String healthy = "healthy-" + UUID.randomUUID();
        register(poisoned, "毒项目");
        milestone(poisoned, 1);
        milestone(poisoned, 2);
        register(healthy, "健康项目");
        milestone(healthy, 1);

        // The healthy project is tracked completely although an earlier event in the same topic failed.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode view = project(healthy);
            assertThat(view).isNotNull();
            assertThat(view.get("lastSequence").asLong()).isEqualTo(1);
        });
        // The failed event is parked with its error; the poisoned project's later events wait behind it, in order.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(parked(poisoned)).hasSize(3));
        List<JsonNode> letters = parked(poisoned);
        assertThat(letters.get(0).get("eventId").asText()).isEqualTo("r-" + poisoned);
        assertThat(letters.get(0).get("positionInQueue").asInt()).isZero();
        assertThat(letters.get(0).get("errorType").asText()).isEqualTo(IllegalStateException.class.getName());
        assertThat(letters.get(0).get("errorMessage").asText()).contains("cannot handle project " + poisoned);
        assertThat(letters.get(0).get("aggregateSequence").asLong()).isZero();
        assertThat(letters).extracting(l -> l.get("eventId").asText())
                .containsExactly("r-" + poisoned, "m1-" + poisoned, "m2-" + poisoned);
        assertThat(parked(healthy)).isEmpty();
        JsonNode partial = project(poisoned);
        assertThat(partial == null ? 0 : partial.get("milestones").size()).as("no later event overtook the parked one").isZero();

        // Retried while still poisoned: stays parked, with the error again.
        Answer stillFailing = call("POST", "/api/v1/admin/tracking/dead-letters/r-" + poisoned + "/retry");
        assertThat(stillFailing.status()).isEqualTo(200);
        assertThat(stillFailing.body().get("cleared").asBoolean()).isFalse();
        assertThat(parked(poisoned)).hasSize(3);

        // The handler is fixed: a retry applies the parked events in order and empties the queue.
        Poison.poisoned = false;
        Answer retried = call("POST", "/api/v1/admin/tracking/dead-letters/m2-" + poisoned + "/retry");
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.body().get("cleared").asBoolean()).isTrue();
        assertThat(parked(poisoned)).isEmpty();
        JsonNode view = project(poisoned);
        assertThat(view.get("lastSequence").asLong()).isEqualTo(2);
        assertThat(view.get("milestones")).hasSize(2);

        // New events of the project are applied directly again.
        milestone(poisoned, 3);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(project(poisoned).get("lastSequence").asLong()).isEqualTo(3));
    }

    @Test
    void a_parked_event_can_be_dropped_and_unknown_ones_are_problems() throws Exception {
        String poisoned = "drop-" + UUID.randomUUID();
        register(poisoned, "毒项目二");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(parked(poisoned)).hasSize(1));

        Answer dropped = call("DELETE", "/api/v1/admin/tracking/dead-letters/r-" + poisoned);
        assertThat(dropped.status()).isEqualTo(200);
        assertThat(dropped.body().get("eventId").asText()).isEqualTo("r-" + poisoned);
        assertThat(parked(poisoned)).isEmpty();

        Answer unknown = call("POST", "/api/v1/admin/tracking/dead-letters/no-such-event/retry");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.body().get("rule").asText()).isEqualTo("unknown-dead-letter");
        assertThat(call("GET", "/api/v1/admin/tracking/dead-letters?group=nothing").status()).isEqualTo(404);
    }
}
