package org.fyptracker.tracking.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.projects.KeyProjectRegistered;
import org.fyptracker.contracts.projects.MilestoneAchieved;
import org.fyptracker.contracts.projects.MilestonePlanned;
import org.fyptracker.contracts.projects.MilestoneProgressReported;
import org.fyptracker.contracts.projects.ProjectEvent;
import org.fyptracker.contracts.projects.ProjectKind;
import org.fyptracker.platform.events.CloudEventKafkaConverter;
import org.fyptracker.testkit.TopicWriter;
import org.fyptracker.testkit.RealInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

/** The tracking service fed by CloudEvents on a real Kafka topic, read model in a real MongoDB-wire server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class ProjectViewProjectionIT {

    private static final String TOPIC = "fyp.projects.events.v1";
    private static final Provenance WHO = new Provenance("fz-bigdata", "client-1", Instant.parse("2026-05-10T02:00:00Z"), "k");

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

    private JsonNode project(String id) {
        return http.get().uri("/api/v1/tracking/projects/{id}", id)
                .exchange((req, res) -> res.getStatusCode().value() == 200 ? json.readTree(res.getBody().readAllBytes()) : null);
    }

    @Test
    void the_project_view_follows_the_topic_and_ignores_a_redelivered_event() throws Exception {
        String id = UUID.randomUUID().toString();
        publish(new KeyProjectRegistered(id, "鼓楼区数字经济产业园", "GL-15.B02.1", "GL-15", ProjectKind.CONSTRUCTION,
                "gl-gov", List.of("gl-dev"), "鼓楼区", LocalDate.of(2026, 3, 1), LocalDate.of(2028, 12, 31),
                null, WHO), 0, "e0-" + id);
        publish(new MilestonePlanned(id, "m1", "主体封顶", LocalDate.of(2027, 6, 30), 2, "GL-15", WHO), 1, "e1-" + id);
        MilestoneProgressReported progress = new MilestoneProgressReported(id, "m1", "r1", 40, null, "桩基完成", null, List.of(),
                LocalDate.of(2026, 9, 1), "GL-15", WHO);
        publish(progress, 2, "e2-" + id);
        publish(progress, 2, "e2-" + id); // at-least-once delivery: the same event again
        publish(new MilestoneAchieved(id, "m1", "r2", LocalDate.of(2027, 6, 20), null, "GL-15", WHO), 3, "e3-" + id);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode view = project(id);
            assertThat(view).isNotNull();
            assertThat(view.get("lastSequence").asLong()).isEqualTo(3);
        });
        JsonNode view = project(id);
        assertThat(view.get("name").asText()).isEqualTo("鼓楼区数字经济产业园");
        assertThat(view.get("planCode").asText()).isEqualTo("GL-15");
        JsonNode milestone = view.get("milestones").get(0);
        assertThat(milestone.get("stage").asText()).isEqualTo("ACHIEVED");
        assertThat(milestone.get("percentComplete").asInt()).isEqualTo(100);
        assertThat(milestone.get("lastNarrative").asText()).isEqualTo("桩基完成");
        assertThat(view.get("timeline")).hasSize(4);
        assertThat(view.get("timeline").get(2).get("department").asText()).isEqualTo("fz-bigdata");
    }

    private static Provenance at(String instant) {
        return new Provenance("fz-bigdata", "client-1", Instant.parse(instant), null);
    }

    private JsonNode project(String id, String asOf) {
        return http.get().uri("/api/v1/tracking/projects/{id}?asOf={asOf}", id, asOf)
                .exchange((req, res) -> res.getStatusCode().value() == 200 ? json.readTree(res.getBody().readAllBytes()) : null);
    }

    @Test
    void as_of_a_date_the_project_is_what_was_recorded_by_the_end_of_that_day() throws Exception {
        String id = UUID.randomUUID().toString();
        publish(new KeyProjectRegistered(id, "闽江口新区基础设施", "FZ-15.B17.3", "FZ-15", ProjectKind.CONSTRUCTION,
                "fz-drc", List.of(), null, LocalDate.of(2026, 3, 1), LocalDate.of(2028, 12, 31), null,
                at("2026-03-01T02:00:00Z")), 0, "a0-" + id);
        publish(new MilestonePlanned(id, "m1", "开工", LocalDate.of(2026, 9, 30), 1, "FZ-15", at("2026-03-02T02:00:00Z")), 1, "a1-" + id);
        publish(new MilestoneProgressReported(id, "m1", "r1", 40, null, null, null, List.of(), LocalDate.of(2026, 5, 10),
                "FZ-15", at("2026-05-10T02:00:00Z")), 2, "a2-" + id);
        publish(new MilestoneAchieved(id, "m1", "r2", LocalDate.of(2026, 7, 1), null, "FZ-15", at("2026-07-01T02:00:00Z")), 3, "a3-" + id);
        await().atMost(Duration.ofSeconds(30)).until(() -> project(id) != null && project(id).get("lastSequence").asLong() == 3);

        assertThat(project(id, "2026-02-28")).isNull();
        JsonNode april = project(id, "2026-04-01");
        assertThat(april.get("milestones").get(0).get("stage").asText()).isEqualTo("PLANNED");
        assertThat(april.get("milestones").get(0).get("status").get("status").asText()).isEqualTo("NOT_STARTED");
        JsonNode june = project(id, "2026-06-01");
        assertThat(june.get("milestones").get(0).get("percentComplete").asInt()).isEqualTo(40);
        JsonNode october = project(id, "2026-10-15");
        assertThat(october.get("milestones").get(0).get("status").get("status").asText()).isEqualTo("ACHIEVED");
        assertThat(october.get("timeline")).hasSize(4);
    }

    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    @Test
    void a_rebuild_from_the_start_of_the_topic_gives_the_same_read_models_document_by_document() throws Exception {
        for (int i = 0; i < 5; i++) {
            String id = "rebuild-" + i + "-" + UUID.randomUUID();
            publish(new KeyProjectRegistered(id, "重建测试" + i, "FZ-15.C" + (20 + i), "FZ-15", ProjectKind.PROGRAMME,
                    "fz-drc", List.of("fz-finance"), null, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), null,
                    at("2026-01-02T02:00:00Z")), 0, "b0-" + id);
            publish(new MilestonePlanned(id, "m1", "节点", LocalDate.of(2026, 6, 30), 1, "FZ-15", at("2026-01-03T02:00:00Z")), 1, "b1-" + id);
            publish(new MilestoneProgressReported(id, "m1", "r1", 10 * i, null, "进展", null, List.of(),
                    LocalDate.of(2026, 3, 1), "FZ-15", at("2026-03-01T02:00:00Z")), 2, "b2-" + id);
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                mongo.getCollection("project_views").countDocuments(new org.bson.Document("_id",
                        new org.bson.Document("$regex", "^rebuild-")).append("lastSequence", 2L)) == 5);
        List<org.bson.Document> live = mongo.findAll(org.bson.Document.class, "project_views").stream()
                .sorted(java.util.Comparator.comparing(d -> d.getString("_id"))).toList();

        int accepted = http.post().uri("/api/v1/admin/tracking/rebuild").exchange((req, res) -> res.getStatusCode().value());
        assertThat(accepted).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> "DONE".equals(http.get().uri("/api/v1/admin/tracking/rebuild")
                .exchange((req, res) -> json.readTree(res.getBody().readAllBytes()).get("state").asText())));

        List<org.bson.Document> rebuilt = mongo.findAll(org.bson.Document.class, "project_views").stream()
                .sorted(java.util.Comparator.comparing(d -> d.getString("_id"))).toList();
        assertThat(rebuilt).hasSameSizeAs(live);
        assertThat(rebuilt).isEqualTo(live);
    }

    @Test
    void an_unknown_project_is_a_404_problem() {
        int status = http.get().uri("/api/v1/tracking/projects/{id}", "nope")
                .exchange((req, res) -> res.getStatusCode().value());
        assertThat(status).isEqualTo(404);
    }
}
