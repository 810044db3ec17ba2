package org.fyptracker.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** The indicators service over a real Kafka broker and a real MongoDB-wire server, with FZ-15's real rows. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class IndicatorReportingIT {

    private static final String TOPIC = "fyp.indicators.events.v1";

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

    private Answer send(HttpMethod method, String path, String key, String body) {
        return http.method(method).uri(path).contentType(MediaType.APPLICATION_JSON)
                .headers(h -> { if (key != null) h.set("Idempotency-Key", key); })
                .body(body.getBytes(StandardCharsets.UTF_8))
                .exchange((req, res) -> new Answer(res.getStatusCode().value(),
                        json.readTree(res.getBody().readAllBytes()),
                        res.getHeaders().getFirst("Location")));
    }

    private Answer post(String path, String body) {
        return send(HttpMethod.POST, path, "k-" + UUID.randomUUID(), body);
    }

    /** 常住人口城镇化率 74.99 → 76 [1.0], as the catalog types FZ-15's row 4, under a code of the test's choosing. */
    private void defineUrbanisation(String code) {
        Answer defined = post("/api/v1/indicators", """
                {"code":"%s","category":"经济发展","name":"常住人口城镇化率","unit":"%%","attribute":"EXPECTED",
                 "baseline":{"raw":"74.99","value":74.99,"flags":["PRELIMINARY"]},"targetText":"76","growthText":"[1.0]",
                 "target":{"type":"Absolute","value":76,"unit":"%%"},"responsibleDepartments":["fz-stats"]}""".formatted(code));
        assertThat(defined.status()).isEqualTo(201);
        assertThat(defined.location()).isEqualTo("/api/v1/tracking/indicators/" + code);
    }

    private List<CloudEvent> eventsOf(String code, int atLeast) {
        List<CloudEvent> seen = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (ConsumerRecord<String, CloudEvent> record : consumer.poll(Duration.ofMillis(200))) {
                if (code.equals(record.key())) {
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
    void a_preliminary_figure_and_the_final_one_that_revises_it_are_published_as_cloud_events() throws Exception {
        defineUrbanisation("FZ-15.I04");
        Answer recorded = post("/api/v1/indicators/FZ-15.I04/observations", """
                {"period":"2026","value":75.25,"kind":"PRELIMINARY","source":"市统计局快报","laggedYear":false,"note":"年度快报"}""");
        assertThat(recorded.status()).isEqualTo(201);
        assertThat(recorded.location()).isEqualTo("/api/v1/tracking/indicators/FZ-15.I04");
        Answer finalFigure = post("/api/v1/indicators/FZ-15.I04/observations", """
                {"period":"2026","value":75.31,"kind":"FINAL","source":"福州统计年鉴2027"}""");
        assertThat(finalFigure.status()).isEqualTo(201);

        List<CloudEvent> events = eventsOf("FZ-15.I04", 3);
        assertThat(events).extracting(CloudEvent::getType).containsExactly(
                "org.fyptracker.indicators.IndicatorDefined.v1",
                "org.fyptracker.indicators.ObservationRecorded.v1",
                "org.fyptracker.indicators.ObservationRevised.v1");
        CloudEvent revised = events.get(2);
        assertThat(revised.getSubject()).isEqualTo("FZ-15.I04");
        assertThat(revised.getSource().toString()).isEqualTo("/fyp-tracker/indicators");
        assertThat(revised.getExtension("plancode")).isEqualTo("FZ-15");
        assertThat(revised.getExtension("aggregatesequence").toString()).isEqualTo("2");
        JsonNode data = json.readTree(revised.getData().toBytes());
        assertThat(data.get("previousValue").decimalValue()).isEqualByComparingTo("75.25");
        assertThat(data.get("previousKind").asText()).isEqualTo("PRELIMINARY");
        assertThat(data.get("value").decimalValue()).isEqualByComparingTo("75.31");
        JsonNode defined = json.readTree(events.get(0).getData().toBytes());
        assertThat(defined.get("name").asText()).isEqualTo("常住人口城镇化率");
        assertThat(defined.get("target").get("type").asText()).isEqualTo("Absolute");
    }

    @Test
    void the_province_assigns_a_target_and_the_standing_committee_approves_an_adjustment() {
        Answer defined = post("/api/v1/indicators", """
                {"code":"FZ-15.I23","category":"绿色发展","name":"森林覆盖率","unit":"%","attribute":"BINDING",
                 "baseline":{"raw":"","flags":["PENDING"]},"targetText":"完成省下达指标",
                 "target":{"type":"AssignedByHigherLevel","level":"省","text":"完成省下达指标"},"responsibleDepartments":["fz-forestry"]}""");
        assertThat(defined.status()).isEqualTo(201);

        Answer assigned = post("/api/v1/indicators/FZ-15.I23/assigned-target", """
                {"target":{"type":"AtLeast","value":58.1,"inclusive":true},"documentReference":"闽政〔2026〕12号"}""");
        assertThat(assigned.status()).isEqualTo(200);
        Answer noApproval = post("/api/v1/indicators/FZ-15.I23/target-adjustments", """
                {"target":{"type":"AtLeast","value":57.9,"inclusive":true},"reason":"中期评估"}""");
        assertThat(noApproval.status()).isEqualTo(422);
        assertThat(noApproval.body().get("rule").asText()).isEqualTo("approval-reference-required");
        assertThat(noApproval.body().get("errors").get(0).get("field").asText()).isEqualTo("approvalReference");
        Answer adjusted = post("/api/v1/indicators/FZ-15.I23/target-adjustments", """
                {"target":{"type":"AtLeast","value":57.9,"inclusive":true},"approvalReference":"榕人大常〔2028〕3号","reason":"中期评估"}""");
        assertThat(adjusted.status()).isEqualTo(200);
        Answer responsibility = send(HttpMethod.PUT, "/api/v1/indicators/FZ-15.I23/responsibility", "k-" + UUID.randomUUID(),
                "{\"departments\":[\"fz-forestry\",\"fz-nrb\"],\"reason\":\"机构改革\"}");
        assertThat(responsibility.status()).isEqualTo(200);

        assertThat(eventsOf("FZ-15.I23", 4)).extracting(CloudEvent::getType).containsExactly(
                "org.fyptracker.indicators.IndicatorDefined.v1",
                "org.fyptracker.indicators.TargetAssigned.v1",
                "org.fyptracker.indicators.TargetAdjusted.v1",
                "org.fyptracker.indicators.ResponsibilityAssigned.v1");
    }

    @Test
    void the_same_observation_under_one_idempotency_key_makes_one_event_and_the_same_answer() {
        defineUrbanisation("FZ-15.I05");
        String key = "obs-" + UUID.randomUUID();
        String body = "{\"period\":\"2026\",\"value\":75.25,\"kind\":\"PRELIMINARY\"}";
        Answer first = send(HttpMethod.POST, "/api/v1/indicators/FZ-15.I05/observations", key, body);
        long afterFirst = storedEvents();
        Answer second = send(HttpMethod.POST, "/api/v1/indicators/FZ-15.I05/observations", key, body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(storedEvents()).isEqualTo(afterFirst);
    }

    @Test
    void bad_input_gets_a_problem_naming_the_field_and_the_rule_and_stores_nothing() {
        defineUrbanisation("FZ-15.I06");
        long before = storedEvents();

        Answer unknown = post("/api/v1/indicators/FZ-15.I99/observations", "{\"period\":\"2026\",\"value\":1,\"kind\":\"FINAL\"}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("rule").asText()).isEqualTo("indicator-defined");
        assertThat(unknown.body().get("errors").get(0).get("field").asText()).isEqualTo("code");

        Answer outside = post("/api/v1/indicators/FZ-15.I06/observations", "{\"period\":\"2031\",\"value\":76.2,\"kind\":\"FINAL\"}");
        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.body().get("rule").asText()).isEqualTo("period-within-plan");
        assertThat(outside.body().get("type").asText()).endsWith("/period-within-plan");
        assertThat(outside.body().get("errors").get(0).get("field").asText()).isEqualTo("period");

        Answer notAPeriod = post("/api/v1/indicators/FZ-15.I06/observations", "{\"period\":\"2026-06\",\"value\":75,\"kind\":\"FINAL\"}");
        assertThat(notAPeriod.body().get("rule").asText()).isEqualTo("period-format");

        Answer wrongUnit = post("/api/v1/indicators/FZ-15.I06/observations", "{\"period\":\"2026\",\"value\":7525,\"kind\":\"FINAL\"}");
        assertThat(wrongUnit.status()).isEqualTo(422);
        assertThat(wrongUnit.body().get("rule").asText()).isEqualTo("percent-between-0-and-100");
        assertThat(wrongUnit.body().get("errors").get(0).get("field").asText()).isEqualTo("value");

        Answer noSuchFigure = post("/api/v1/indicators/FZ-15.I06/observations/2027/revisions",
                "{\"value\":75.6,\"kind\":\"FINAL\",\"reason\":\"年鉴\"}");
        assertThat(noSuchFigure.status()).isEqualTo(409);
        assertThat(noSuchFigure.body().get("rule").asText()).isEqualTo("revised-period-has-observation");

        Answer badKind = post("/api/v1/indicators/FZ-15.I06/observations", "{\"period\":\"2026\",\"value\":75.2,\"kind\":\"GUESS\"}");
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.body().get("errors").get(0).get("field").asText()).isEqualTo("kind");

        Answer badCode = post("/api/v1/indicators/FZ-15.C04/observations", "{\"period\":\"2026\",\"value\":75.2,\"kind\":\"FINAL\"}");
        assertThat(badCode.status()).isEqualTo(422);
        assertThat(badCode.body().get("rule").asText()).isEqualTo("indicator-code-format");

        Answer twice = post("/api/v1/indicators", """
                {"code":"FZ-15.I06","name":"常住人口城镇化率","unit":"%","attribute":"EXPECTED","target":{"type":"Absolute","value":76,"unit":"%"}}""");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body().get("rule").asText()).isEqualTo("indicator-defined-once");

        assertThat(storedEvents()).isEqualTo(before);
        assertThat(mongo.getCollection("idempotency_keys").countDocuments(new Document("state", "IN_PROGRESS"))).isZero();
    }
}
