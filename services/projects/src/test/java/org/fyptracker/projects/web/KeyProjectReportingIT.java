package org.fyptracker.projects.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.fyptracker.testkit.RealInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** The projects service over a real Kafka broker and a real MongoDB-wire server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class KeyProjectReportingIT {

    private static final String TOPIC = "fyp.projects.events.v1";

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ObjectMapper json;

    private RestClient http;
    private KafkaConsumer<String, CloudEvent> consumer;

    @BeforeEach
    void setUp() {
        http = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (req, res) -> { })
                .build();
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new CloudEventDeserializer());
        consumer.subscribe(List.of(TOPIC));
    }

    @AfterEach
    void tearDown() {
        consumer.close();
    }

    private record Answer(int status, JsonNode body, String location) {
    }

    private Answer post(String path, String key, String body) {
        return http.post().uri(path).contentType(MediaType.APPLICATION_JSON)
                .headers(h -> { if (key != null) h.set("Idempotency-Key", key); })
                .body(body.getBytes(StandardCharsets.UTF_8))
                .exchange((req, res) -> new Answer(res.getStatusCode().value(),
                        json.readTree(res.getBody().readAllBytes()),
                        res.getHeaders().getFirst("Location")));
    }

    private String registerProject(String key) {
        Answer created = post("/api/v1/projects", key, """
                {"name":"城市全域数字化提升行动","planRef":"FZ-15.C15","leadDepartment":"fz-bigdata",
                 "plannedStart":"2026-03-01","plannedEnd":"2027-12-31"}""");
        assertThat(created.status()).isEqualTo(201);
        return created.body().get("id").asText();
    }

    private List<CloudEvent> eventsOf(String projectId, int atLeast) {
        List<CloudEvent> seen = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (ConsumerRecord<String, CloudEvent> record : consumer.poll(Duration.ofMillis(200))) {
                if (projectId.equals(record.key())) {
                    seen.add(record.value());
                }
            }
            assertThat(seen).hasSizeGreaterThanOrEqualTo(atLeast);
        });
        return seen;
    }

    private long storedEvents() {
        return mongo.getCollection("domainevents").countDocuments();
    }

    @Test
    void registering_planning_and_reporting_stores_events_and_publishes_them_as_cloud_events() throws Exception {
        String projectId = registerProject("reg-" + UUID.randomUUID());
        Answer milestone = post("/api/v1/projects/" + projectId + "/milestones", "ms-" + UUID.randomUUID(),
                "{\"title\":\"一期平台上线\",\"plannedDate\":\"2026-06-30\"}");
        assertThat(milestone.status()).isEqualTo(201);
        assertThat(milestone.location()).isEqualTo("/api/v1/tracking/projects/" + projectId);
        String milestoneId = milestone.body().get("id").asText();
        Answer report = post("/api/v1/projects/" + projectId + "/milestones/" + milestoneId + "/reports",
                "rep-" + UUID.randomUUID(), """
                {"type":"PROGRESS","percentComplete":40,"narrative":"完成招标","reportedOn":"2026-05-10"}""");
        assertThat(report.status()).isEqualTo(201);

        List<CloudEvent> events = eventsOf(projectId, 3);
        assertThat(events).extracting(CloudEvent::getType).containsExactly(
                "org.fyptracker.projects.KeyProjectRegistered.v1",
                "org.fyptracker.projects.MilestonePlanned.v1",
                "org.fyptracker.projects.MilestoneProgressReported.v1");
        CloudEvent progress = events.get(2);
        assertThat(progress.getSubject()).isEqualTo(projectId);
        assertThat(progress.getSource().toString()).isEqualTo("/fyp-tracker/projects");
        assertThat(progress.getDataContentType()).isEqualTo("application/json");
        assertThat(progress.getTime()).isNotNull();
        assertThat(progress.getExtension("plancode")).isEqualTo("FZ-15");
        assertThat(progress.getExtension("aggregatesequence").toString()).isEqualTo("2");
        JsonNode data = json.readTree(progress.getData().toBytes());
        assertThat(data.get("percentComplete").asInt()).isEqualTo(40);
        assertThat(data.get("narrative").asText()).isEqualTo("完成招标");
        assertThat(data.get("milestoneId").asText()).isEqualTo(milestoneId);
    }

    @Test
    void the_same_request_under_one_idempotency_key_makes_one_event_and_the_same_answer() {
        String projectId = registerProject("reg-" + UUID.randomUUID());
        String key = "ms-" + UUID.randomUUID();
        String body = "{\"title\":\"节点\",\"plannedDate\":\"2026-09-30\"}";
        Answer first = post("/api/v1/projects/" + projectId + "/milestones", key, body);
        long afterFirst = storedEvents();
        Answer second = post("/api/v1/projects/" + projectId + "/milestones", key, body);

        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(storedEvents()).isEqualTo(afterFirst);

        Answer otherBody = post("/api/v1/projects/" + projectId + "/milestones", key,
                "{\"title\":\"另一个节点\",\"plannedDate\":\"2026-09-30\"}");
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(otherBody.body().get("rule").asText()).isEqualTo("idempotency-key-reused");
    }

    @Test
    void bad_input_gets_a_problem_naming_the_field_and_stores_nothing() {
        String projectId = registerProject("reg-" + UUID.randomUUID());
        long before = storedEvents();

        Answer badDate = post("/api/v1/projects/" + projectId + "/milestones", "k-" + UUID.randomUUID(),
                "{\"title\":\"节点\",\"plannedDate\":\"2030-02-30\"}");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body().get("errors").get(0).get("field").asText()).isEqualTo("plannedDate");

        Answer malformed = post("/api/v1/projects", "k-" + UUID.randomUUID(), "{\"name\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().get("rule").asText()).isEqualTo("malformed-json");

        Answer missing = post("/api/v1/projects", "k-" + UUID.randomUUID(),
                "{\"planRef\":\"FZ-15.C14\",\"leadDepartment\":\"fz-bigdata\",\"plannedStart\":\"2026-03-01\",\"plannedEnd\":\"2027-12-31\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().get("errors").get(0).get("field").asText()).isEqualTo("name");
        assertThat(missing.body().get("errors").get(0).get("rule").asText()).isEqualTo("not-blank");

        Answer unknownProject = post("/api/v1/projects/no-such-project/milestones", "k-" + UUID.randomUUID(),
                "{\"title\":\"节点\",\"plannedDate\":\"2026-09-30\"}");
        assertThat(unknownProject.status()).isEqualTo(404);

        Answer outsidePeriod = post("/api/v1/projects/" + projectId + "/milestones", "k-" + UUID.randomUUID(),
                "{\"title\":\"节点\",\"plannedDate\":\"2031-01-01\"}");
        assertThat(outsidePeriod.status()).isEqualTo(422);
        assertThat(outsidePeriod.body().get("rule").asText()).isEqualTo("date-within-plan-period");
        assertThat(outsidePeriod.body().get("type").asText()).endsWith("/date-within-plan-period");

        assertThat(storedEvents()).isEqualTo(before);
        assertThat(mongo.getCollection("idempotency_keys").countDocuments(new Document("state", "IN_PROGRESS"))).isZero();
    }

    @Test
    void a_write_without_idempotency_key_is_refused() {
        Answer answer = post("/api/v1/projects", null, """
                {"name":"x","planRef":"FZ-15.C15","leadDepartment":"fz-bigdata","plannedStart":"2026-03-01","plannedEnd":"2027-12-31"}""");
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().get("rule").asText()).isEqualTo("idempotency-key-required");
        assertThat(answer.body().get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
    }

    @Test
    void a_header_with_a_control_character_is_refused_by_the_firewall_and_nothing_is_stored() throws Exception {
        long before = storedEvents();
        byte[] body = """
                {"name":"x","planRef":"FZ-15.C15","leadDepartment":"fz-bigdata","plannedStart":"2026-03-01","plannedEnd":"2027-12-31"}"""
                .getBytes(StandardCharsets.UTF_8);
        String answer = rawAnswer("POST /api/v1/projects HTTP/1.1\r\nHost: projects\r\nContent-Type: application/json\r\n"
                + "Idempotency-Key: key\u0085next\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n", body);
        assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json")
                .contains("\"rule\":\"header-characters\"").contains("\"field\":\"Idempotency-Key\"");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void a_path_the_firewall_refuses_is_a_400_problem_not_an_empty_answer() throws Exception {
        String answer = rawAnswer("GET /api/v1/projects;jsessionid=x HTTP/1.1\r\nHost: projects\r\nConnection: close\r\n\r\n",
                new byte[0]);
        assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json")
                .contains("\"rule\":\"path-not-allowed\"");
    }

    /** The whole answer to a request written byte for byte (ISO-8859-1: the byte 0x85 stays one byte on the wire). */
    private String rawAnswer(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(body);
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
