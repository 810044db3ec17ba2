package org.fyptracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.LongStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.fyptracker.contracts.cloudevents.ContractViolation;
import org.fyptracker.contracts.cloudevents.PublishedEventCheck;
import org.fyptracker.contracts.cloudevents.PublishedSchemas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole local stack — real Kafka broker, MongoDB-wire server, every service, the gateway — started
 * with the run command, and the walking-skeleton slice checked through the gateway.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WalkingSkeletonIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static LocalStack stack;
    private static String projectId;
    private static String milestoneId;
    private static String lifecycleProjectId;

    @BeforeAll
    static void startStack() throws Exception {
        stack = new LocalStack("skeleton");
        long millis = stack.up();
        System.out.printf("e2e: stack healthy after %d ms%n", millis);
    }

    @AfterAll
    static void stopStack() throws Exception {
        if (stack != null) {
            stack.down();
        }
    }

    record Answer(int status, JsonNode body, String location, String contentType) {
    }

    static Answer send(String method, String path, String idempotencyKey, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.gateway() + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        // The transport bureau's system: fz-transport leads the project this test registers (docs/security.md).
        request.header("Authorization", "Bearer " + stack.token("demo-report-fz-transport"));
        HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        JsonNode json = response.body().length == 0 ? null : JSON.readTree(response.body());
        return new Answer(response.statusCode(), json, response.headers().firstValue("Location").orElse(null),
                response.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    @Order(1)
    void a_project_is_registered_planned_and_reported_through_the_gateway_and_tracked_within_two_seconds() throws Exception {
        Answer created = send("POST", "/api/v1/projects", "e2e-" + UUID.randomUUID(), """
                {"name":"福州都市圈轨道交通工程","planRef":"FZ-15.C14","leadDepartment":"fz-transport",
                 "plannedStart":"2026-03-01","plannedEnd":"2027-12-31"}""");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).startsWith("/api/v1/tracking/projects/");
        projectId = created.body().get("id").asText();

        Answer milestone = send("POST", "/api/v1/projects/" + projectId + "/milestones", "e2e-" + UUID.randomUUID(),
                // Not yet due by the wall clock: the overdue scan at the restart below must add nothing.
                "{\"title\":\"一期开工\",\"plannedDate\":\"2027-06-30\"}");
        assertThat(milestone.status()).isEqualTo(201);
        milestoneId = milestone.body().get("id").asText();

        Answer report = send("POST", "/api/v1/projects/" + projectId + "/milestones/" + milestoneId + "/reports",
                "e2e-" + UUID.randomUUID(),
                "{\"type\":\"PROGRESS\",\"percentComplete\":40,\"narrative\":\"完成招标\",\"reportedOn\":\"2026-05-10\"}");
        assertThat(report.status()).isEqualTo(201);
        long reportedAt = System.nanoTime();

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            Answer view = send("GET", "/api/v1/tracking/projects/" + projectId, null, null);
            assertThat(view.status()).isEqualTo(200);
            assertThat(view.body().path("milestones").path(0).path("percentComplete").asInt()).isEqualTo(40);
        });
        long lagMillis = (System.nanoTime() - reportedAt) / 1_000_000;
        System.out.printf("e2e: report visible in the tracking read model after %d ms%n", lagMillis);
        Answer view = send("GET", "/api/v1/tracking/projects/" + projectId, null, null);
        assertThat(view.body().get("name").asText()).isEqualTo("福州都市圈轨道交通工程");
        assertThat(view.body().get("milestones").get(0).get("lastNarrative").asText()).isEqualTo("完成招标");
    }

    @Test
    @Order(2)
    void every_event_is_on_the_topic_as_a_cloud_event() {
        List<CloudEvent> events = projectEventsOnTopic(3);
        assertThat(events).extracting(CloudEvent::getType).containsExactly(
                "org.fyptracker.projects.KeyProjectRegistered.v1",
                "org.fyptracker.projects.MilestonePlanned.v1",
                "org.fyptracker.projects.MilestoneProgressReported.v1");
        for (CloudEvent event : events) {
            assertThat(event.getId()).isNotBlank();
            assertThat(event.getSubject()).isEqualTo(projectId);
            assertThat(event.getSource()).hasToString("/fyp-tracker/projects");
            assertThat(event.getTime()).isNotNull();
            assertThat(event.getDataContentType()).isEqualTo("application/json");
        }
    }

    @Test
    @Order(3)
    void bad_input_gets_a_problem_naming_the_field_and_stores_nothing() throws Exception {
        Answer badDate = send("POST", "/api/v1/projects/" + projectId + "/milestones", "e2e-" + UUID.randomUUID(),
                "{\"title\":\"节点\",\"plannedDate\":\"2026-13-45\"}");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.contentType()).startsWith("application/problem+json");
        assertThat(badDate.body().get("errors").get(0).get("field").asText()).isEqualTo("plannedDate");

        Answer unknown = send("POST", "/api/v1/projects/no-such-project/milestones/m/reports", "e2e-" + UUID.randomUUID(),
                "{\"type\":\"ACHIEVED\",\"reportedOn\":\"2026-05-10\"}");
        assertThat(unknown.status()).isEqualTo(404);

        Answer malformed = send("POST", "/api/v1/projects", "e2e-" + UUID.randomUUID(), "{\"name\":");
        assertThat(malformed.status()).isEqualTo(400);

        assertThat(projectEventsOnTopic(3)).hasSize(3);
    }

    @Test
    @Order(4)
    void after_a_restart_everything_is_still_there_and_nothing_was_published_twice() throws Exception {
        stack.down();
        stack.up();
        Answer view = send("GET", "/api/v1/tracking/projects/" + projectId, null, null);
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.body().get("timeline")).hasSize(3);

        Answer report = send("POST", "/api/v1/projects/" + projectId + "/milestones/" + milestoneId + "/reports",
                "e2e-" + UUID.randomUUID(), "{\"type\":\"ACHIEVED\",\"reportedOn\":\"2026-06-20\"}");
        assertThat(report.status()).isEqualTo(201);
        List<CloudEvent> events = projectEventsOnTopic(4);
        assertThat(events).hasSize(4);
        assertThat(events).extracting(CloudEvent::getId).doesNotHaveDuplicates();
    }

    @Test
    @Order(5)
    void a_project_lives_its_whole_lifecycle_through_the_gateway_and_each_step_shows_in_tracking() throws Exception {
        String p = send("POST", "/api/v1/projects", "e2e-" + UUID.randomUUID(), """
                {"name":"综合交通枢纽系统功能提升工程：空港","planRef":"FZ-15.B16.2","leadDepartment":"fz-transport",
                 "plannedStart":"2026-01-01","plannedEnd":"2028-12-31"}""").body().get("id").asText();
        lifecycleProjectId = p;
        int steps = 1;
        assertTimeline(p, steps);
        List<String> milestones = new ArrayList<>();
        for (String date : List.of("2027-03-31", "2027-09-30", "2028-06-30")) {
            Answer m = send("POST", "/api/v1/projects/" + p + "/milestones", "e2e-" + UUID.randomUUID(),
                    "{\"title\":\"节点 " + date + "\",\"plannedDate\":\"" + date + "\"}");
            assertThat(m.status()).isEqualTo(201);
            milestones.add(m.body().get("id").asText());
            assertTimeline(p, ++steps);
        }
        String m1 = "/api/v1/projects/" + p + "/milestones/" + milestones.get(0);
        assertThat(send("POST", m1 + "/reports", "e2e-" + UUID.randomUUID(), "{\"type\":\"STARTED\",\"reportedOn\":\"2026-02-01\"}").status()).isEqualTo(201);
        assertTimeline(p, ++steps);
        assertThat(send("POST", m1 + "/reports", "e2e-" + UUID.randomUUID(),
                "{\"type\":\"PROGRESS\",\"percentComplete\":50,\"narrative\":\"航站楼主体施工\",\"reportedOn\":\"2026-04-01\"}").status()).isEqualTo(201);
        assertTimeline(p, ++steps);
        assertThat(send("POST", m1 + "/reschedule", "e2e-" + UUID.randomUUID(),
                "{\"newDate\":\"2027-05-31\",\"reason\":\"设计变更\"}").status()).isEqualTo(200);
        assertTimeline(p, ++steps);
        Answer risk = send("POST", "/api/v1/projects/" + p + "/risks", "e2e-" + UUID.randomUUID(),
                "{\"severity\":\"HIGH\",\"description\":\"资金缺口\",\"raisedOn\":\"2026-05-01\"}");
        assertThat(risk.status()).isEqualTo(201);
        assertTimeline(p, ++steps);
        assertThat(send("POST", "/api/v1/projects/" + p + "/risks/" + risk.body().get("id").asText() + "/resolve",
                "e2e-" + UUID.randomUUID(), "{\"resolution\":\"专项债到位\",\"resolvedOn\":\"2026-05-20\"}").status()).isEqualTo(200);
        assertTimeline(p, ++steps);
        for (String m : milestones) {
            assertThat(send("POST", "/api/v1/projects/" + p + "/milestones/" + m + "/reports", "e2e-" + UUID.randomUUID(),
                    "{\"type\":\"ACHIEVED\",\"reportedOn\":\"2026-10-01\"}").status()).isEqualTo(201);
            assertTimeline(p, ++steps);
        }
        assertThat(send("POST", "/api/v1/projects/" + p + "/status", "e2e-" + UUID.randomUUID(),
                "{\"action\":\"COMPLETE\",\"reason\":\"完工\",\"effectiveOn\":\"2026-10-02\"}").status()).isEqualTo(200);
        assertTimeline(p, ++steps);
        JsonNode view = send("GET", "/api/v1/tracking/projects/" + p, null, null).body();
        assertThat(view.get("lifecycle").asText()).isEqualTo("COMPLETED");
        assertThat(view.get("milestones")).allSatisfy(m -> assertThat(m.path("stage").asText()).isEqualTo("ACHIEVED"));
    }

    @Test
    @Order(6)
    void kcat_as_documented_prints_every_event_of_every_topic_as_a_cloud_event_that_keeps_the_contract() throws Exception {
        DocumentedKcat kcat = DocumentedKcat.fromDocs(stack.repo);
        Map<String, Map<String, Long>> typesByTopic = new TreeMap<>();
        List<DocumentedKcat.Printed> projects = List.of();
        for (String topic : List.of("fyp.plans.events.v1", "fyp.projects.events.v1", "fyp.indicators.events.v1",
                "fyp.departments.events.v1")) {
            long onTopic = recordsOn(topic);
            List<DocumentedKcat.Printed> printed = kcat.read(stack.kafka(), topic, Path.of("target", "kcat"));
            assertThat(printed).as("kcat printed every record of " + topic).hasSizeGreaterThanOrEqualTo((int) onTopic);
            assertThat(onTopic).as("records on " + topic).isPositive();

            List<ContractViolation> violations = new ArrayList<>();
            Map<String, SortedSet<Long>> sequences = new TreeMap<>();
            Map<String, Long> types = new TreeMap<>();
            for (DocumentedKcat.Printed record : printed) {
                violations.addAll(PublishedEventCheck.check(record.key(), record.headers(), record.data().getBytes(StandardCharsets.UTF_8)));
                String type = record.headers().get("ce_type");
                types.merge(type, 1L, Long::sum);
                sequences.computeIfAbsent(record.headers().get("ce_subject"), s -> new TreeSet<>())
                        .add(Long.parseLong(record.headers().getOrDefault("ce_aggregatesequence", "-1")));
            }
            assertThat(violations).as("contract violations in what kcat printed from " + topic).isEmpty();
            assertThat(types.keySet()).as("published schemas (docs/schemas) of the types on " + topic).allSatisfy(type ->
                    assertThat(JSON.readTree(stack.repo.resolve("docs/schemas/" + type + ".json").toFile()))
                            .isEqualTo(PublishedSchemas.schemaOf(type).orElseThrow()));
            sequences.forEach((subject, seen) -> assertThat(seen).as("aggregatesequence of " + subject + " on " + topic
                    + ": from 0, no gaps").hasSize((int) (seen.last() + 1)).first().isEqualTo(0L));
            typesByTopic.put(topic, types);
            projects = topic.equals("fyp.projects.events.v1") ? printed : projects;
            System.out.printf("e2e: kcat printed %d records of %d types from %s, all keep the contract: %s%n",
                    printed.size(), types.size(), topic, types);
        }
        assertThat(typesByTopic.get("fyp.projects.events.v1")).as("this test's events on the projects topic").containsKeys(
                "org.fyptracker.projects.KeyProjectRegistered.v1", "org.fyptracker.projects.MilestonePlanned.v1",
                "org.fyptracker.projects.MilestoneStarted.v1", "org.fyptracker.projects.MilestoneProgressReported.v1",
                "org.fyptracker.projects.MilestoneRescheduled.v1", "org.fyptracker.projects.RiskRaised.v1",
                "org.fyptracker.projects.RiskResolved.v1", "org.fyptracker.projects.MilestoneAchieved.v1",
                "org.fyptracker.projects.KeyProjectCompleted.v1");
        List<DocumentedKcat.Printed> lifecycle = projects.stream().filter(r -> lifecycleProjectId.equals(r.key())).toList();
        assertThat(lifecycle).as("the lifecycle project's events, in the order kcat printed them")
                .extracting(r -> Long.parseLong(r.headers().get("ce_aggregatesequence")))
                .containsExactly(LongStream.range(0, 13).boxed().toArray(Long[]::new));
        assertThat(lifecycle.get(0).headers().get("ce_type")).isEqualTo("org.fyptracker.projects.KeyProjectRegistered.v1");
        assertThat(lifecycle.get(12).headers().get("ce_type")).isEqualTo("org.fyptracker.projects.KeyProjectCompleted.v1");
    }

    /** How many records a topic holds (every partition, beginning to end), by the Kafka Java client. */
    private static long recordsOn(String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, Duration.ofSeconds(10));
            return consumer.endOffsets(partitions, Duration.ofSeconds(10)).entrySet().stream()
                    .mapToLong(e -> e.getValue() - begin.get(e.getKey())).sum();
        }
    }

    /** The tracking read model shows the project's history up to the step just taken (within 10 s). */
    private static void assertTimeline(String projectId, int events) {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(send("GET", "/api/v1/tracking/projects/" + projectId, null, null).body().path("timeline"))
                        .hasSize(events));
    }

    /** Every record for the project on the topic, read from the beginning like an integrator would. */
    private static List<CloudEvent> projectEventsOnTopic(int expected) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<CloudEvent> events = new ArrayList<>();
        try (KafkaConsumer<String, CloudEvent> consumer =
                     new KafkaConsumer<>(props, new StringDeserializer(), new CloudEventDeserializer())) {
            consumer.subscribe(List.of("fyp.projects.events.v1"));
            long quietSince = System.nanoTime();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            // Read until the expected count is there and the topic has then been quiet for 2 s.
            while (System.nanoTime() < deadline) {
                boolean got = false;
                for (ConsumerRecord<String, CloudEvent> record : consumer.poll(Duration.ofMillis(300))) {
                    if (projectId.equals(record.key())) {
                        events.add(record.value());
                        got = true;
                    }
                }
                if (got) {
                    quietSince = System.nanoTime();
                }
                if (events.size() >= expected && System.nanoTime() - quietSince > Duration.ofSeconds(2).toNanos()) {
                    break;
                }
            }
        }
        return events;
    }
}
