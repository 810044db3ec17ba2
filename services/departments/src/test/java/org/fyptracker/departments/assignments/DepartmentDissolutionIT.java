package org.fyptracker.departments.assignments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.bson.Document;
import org.fyptracker.contracts.DomainEvent;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.indicators.IndicatorDefined;
import org.fyptracker.contracts.indicators.ResponsibilityAssigned;
import org.fyptracker.contracts.projects.KeyProjectAmended;
import org.fyptracker.contracts.projects.KeyProjectCompleted;
import org.fyptracker.contracts.projects.KeyProjectRegistered;
import org.fyptracker.contracts.projects.LeadDepartmentReassigned;
import org.fyptracker.contracts.projects.ProjectKind;
import org.fyptracker.departments.LiveDepartmentsService;
import org.fyptracker.departments.DepartmentsApi.Answer;
import org.fyptracker.platform.events.CloudEventKafkaConverter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A department is dissolved only once nothing is left assigned to it, over a real Kafka broker and a real
 * MongoDB-wire server. The projects and indicators services are played by their events, published to their
 * topics as those services publish them (CloudEvents in binary mode, key = aggregate id).
 */
class DepartmentDissolutionIT extends LiveDepartmentsService {

    private static final Provenance BY_ADMIN = new Provenance("fz-drc", "demo-admin", Instant.parse("2026-05-01T02:00:00Z"), null);

    @Autowired
    CloudEventKafkaConverter cloudEvents;

    private KafkaProducer<String, byte[]> producer;

    @BeforeEach
    void setUp() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void tearDown() {
        producer.close();
    }

    @Test
    void a_department_still_leading_a_project_or_reporting_an_indicator_is_not_dissolved_until_both_moved_away()
            throws Exception {
        String admin = api.demoToken("demo-admin");
        String supervise = api.demoToken("demo-supervise");
        String leaving = register("gl-old-" + shortId());
        String successor = register("gl-new-" + shortId());
        String helper = register("gl-co-" + shortId());
        String project = "kp-" + shortId();
        String indicator = "GL-15.I" + shortId();
        String client = leaving + "-sys";
        assertThat(api.call("POST", "/api/v1/admin/departments/clients", admin,
                "{\"clientId\":\"" + client + "\",\"department\":\"" + leaving + "\",\"scopes\":[\"report\"]}").status())
                .isEqualTo(201);

        long published = System.nanoTime();
        publish("fyp.projects.events.v1", "KeyProject", 0, new KeyProjectRegistered(project, "鼓楼区老旧小区改造", "GL-15.P01",
                "GL-15", ProjectKind.PROGRAMME, leaving, List.of(), "鼓楼区", LocalDate.of(2026, 1, 1),
                LocalDate.of(2028, 12, 31), null, BY_ADMIN));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).untilAsserted(() ->
                assertThat(ids(assignments(leaving, supervise), "projectsLed")).containsExactly(project));
        System.out.println("MEASURED assignments projection: a published project shown as assigned after "
                + (System.nanoTime() - published) / 1_000_000 + " ms");
        publish("fyp.indicators.events.v1", "Indicator", 0, new IndicatorDefined(indicator, "GL-15", "民生福祉",
                "城镇新增就业人数", null, "万人", null, null, "2", null, null, List.of(leaving), false, 2030, BY_ADMIN));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(assignments(leaving, supervise).get("indicatorsResponsible").get("count").asInt()).isEqualTo(1));

        JsonNode assigned = assignments(leaving, supervise);
        assertThat(ids(assigned, "projectsLed")).containsExactly(project);
        assertThat(ids(assigned, "indicatorsResponsible")).containsExactly(indicator);
        assertThat(ids(assigned, "activeClients")).containsExactly(client);
        assertThat(api.call("GET", "/api/v1/departments/" + leaving + "/assignments", api.demoToken("demo-report-gl-gov"), null)
                .status()).as("report scope does not read assignments").isEqualTo(403);

        Answer refused = dissolve(leaving, admin);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.headers().getContentType()).hasToString("application/problem+json");
        assertThat(refused.body().get("rule").asText()).isEqualTo("department-has-assignments");
        assertThat(refused.body().get("type").asText()).endsWith("/department-has-assignments");
        assertThat(refused.body().get("errors").get(0).get("field").asText()).isEqualTo("code");
        assertThat(ids(refused.body().get("assignments"), "projectsLed")).containsExactly(project);
        assertThat(refused.body().get("assignments").get("projectsLed").get("count").asInt()).isEqualTo(1);
        assertThat(ids(refused.body().get("assignments"), "indicatorsResponsible")).containsExactly(indicator);
        assertThat(ids(refused.body().get("assignments"), "activeClients")).containsExactly(client);
        assertThat(status(leaving)).isEqualTo("ACTIVE");
        assertThat(storedEventsOf(leaving)).as("nothing stored for the refused dissolution").hasSize(1);

        // The projects and indicators services move what it had; the client is revoked.
        publish("fyp.projects.events.v1", "KeyProject", 1,
                new LeadDepartmentReassigned(project, leaving, successor, "机构调整", "GL-15", BY_ADMIN));
        publish("fyp.projects.events.v1", "KeyProject", 0, new KeyProjectRegistered(project, "鼓楼区老旧小区改造", "GL-15.P01",
                "GL-15", ProjectKind.PROGRAMME, leaving, List.of(), "鼓楼区", LocalDate.of(2026, 1, 1),
                LocalDate.of(2028, 12, 31), null, BY_ADMIN)); // delivered again: must not give the lead back
        publish("fyp.projects.events.v1", "KeyProject", 2, new KeyProjectAmended(project, null, null, List.of(helper),
                null, null, null, "增加配合单位", "GL-15", BY_ADMIN));
        publish("fyp.indicators.events.v1", "Indicator", 1,
                new ResponsibilityAssigned(indicator, List.of(successor), "机构调整", "GL-15", BY_ADMIN));
        assertThat(api.call("POST", "/api/v1/admin/departments/clients/" + client + "/revoke", admin,
                "{\"reason\":\"部门撤销\"}").status()).isEqualTo(200);
        // The amendment is the project's last event: once it shows, the two before it have been applied.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(ids(assignments(helper, supervise), "projectsCoOperated")).containsExactly(project);
            assertThat(ids(assignments(successor, supervise), "indicatorsResponsible")).containsExactly(indicator);
        });
        assertThat(ids(assignments(successor, supervise), "projectsLed")).containsExactly(project);
        assertThat(assignments(leaving, supervise).toString())
                .isEqualTo(json.readTree(("{\"department\":\"" + leaving + "\",\"projectsLed\":{\"count\":0,\"ids\":[]},"
                        + "\"projectsCoOperated\":{\"count\":0,\"ids\":[]},\"indicatorsResponsible\":{\"count\":0,\"ids\":[]},"
                        + "\"activeClients\":{\"count\":0,\"ids\":[]}}")).toString());

        assertThat(dissolve(leaving, admin).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(status(leaving)).isEqualTo("DISSOLVED"));
    }

    @Test
    void a_completed_or_cancelled_project_no_longer_holds_its_departments() throws Exception {
        String admin = api.demoToken("demo-admin");
        String lead = register("gl-done-" + shortId());
        String project = "kp-" + shortId();
        publish("fyp.projects.events.v1", "KeyProject", 0, new KeyProjectRegistered(project, "鼓楼区体育公园", "GL-15.P02",
                "GL-15", ProjectKind.PROGRAMME, lead, List.of(), "鼓楼区", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), null, BY_ADMIN));
        String supervise = api.demoToken("demo-supervise");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(ids(assignments(lead, supervise), "projectsLed")).containsExactly(project));
        assertThat(dissolve(lead, admin).body().get("rule").asText()).isEqualTo("department-has-assignments");

        publish("fyp.projects.events.v1", "KeyProject", 1, new KeyProjectCompleted(
                project, "全部节点完成", LocalDate.of(2026, 11, 30), "GL-15", BY_ADMIN));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(dissolve(lead, admin).status()).isEqualTo(200));
    }

    @Test
    void an_unknown_department_has_no_assignments_to_show() throws Exception {
        Answer unknown = api.call("GET", "/api/v1/departments/no-such-dept/assignments", api.demoToken("demo-supervise"), null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("rule").asText()).isEqualTo("department-unknown");
        assertThat(api.call("GET", "/api/v1/departments/gl-gov/assignments", null, null).status()).isEqualTo(401);
    }

    private String register(String code) throws Exception {
        Answer registered = api.call("POST", "/api/v1/departments", api.demoToken("demo-admin"),
                "{\"code\":\"" + code + "\",\"name\":\"鼓楼区某局\",\"kind\":\"OTHER\",\"parent\":\"gl-gov\"}");
        assertThat(registered.status()).isEqualTo(201);
        return code;
    }

    private Answer dissolve(String code, String admin) {
        return api.call("POST", "/api/v1/departments/" + code + "/dissolve", admin, "{\"reason\":\"撤销建制\"}");
    }

    private JsonNode assignments(String code, String token) {
        Answer answer = api.call("GET", "/api/v1/departments/" + code + "/assignments", token, null);
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }

    private String status(String code) {
        return api.call("GET", "/api/v1/departments/" + code, null, null).body().get("status").asText();
    }

    private List<Document> storedEventsOf(String code) {
        return mongo.getCollection("domainevents").find(new Document("aggregateIdentifier", code)).into(new ArrayList<>());
    }

    private static List<String> ids(JsonNode assignments, String kind) {
        List<String> ids = new ArrayList<>();
        assignments.get(kind).get("ids").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    /** As the owning service publishes it: its event, with its aggregate sequence, as a CloudEvent. */
    private void publish(String topic, String aggregateType, long sequence, DomainEvent event) throws Exception {
        producer.send(cloudEvents.createKafkaMessage(
                new GenericDomainEventMessage<>(aggregateType, event.aggregateId(), sequence, event), topic)).get();
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
