package org.fyptracker.projects.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.fyptracker.projects.ProjectsApplication;
import org.fyptracker.testkit.TestKafka;
import org.fyptracker.testkit.TestMongo;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A key project's whole life over REST against real Kafka and MongoDB-wire servers, including a restart of
 * the service between moving the business clock and the overdue scan.
 */
class KeyProjectLifecycleIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String database = "lifecycle_" + UUID.randomUUID().toString().substring(0, 8);

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ProjectsApplication.class).profiles("demo").run(
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + TestKafka.bootstrapServers(),
                "--spring.data.mongodb.uri=" + TestMongo.uri(database),
                "--fyp.projects.snapshot-after=5",
                "--fyp.projects.overdue-scan.initial-delay=1h");
    }

    private record Answer(int status, JsonNode body) {
    }

    private static Answer send(ConfigurableApplicationContext app, String method, String path, String body) throws Exception {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body().isEmpty() ? null : JSON.readTree(response.body()));
    }

    private static long events(ConfigurableApplicationContext app, String type) {
        return app.getBean(MongoTemplate.class).getCollection("domainevents")
                .countDocuments(new Document("payloadType", "org.fyptracker.contracts.projects." + type));
    }

    @Test
    void a_project_lives_from_registration_to_completion() throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            String p = send(app, "POST", "/api/v1/projects", """
                    {"name":"城市品质提升工程","planRef":"FZ-15.B15.1","leadDepartment":"fz-housing",
                     "plannedStart":"2026-01-01","plannedEnd":"2028-12-31","plannedInvestment":35.5}""").body().get("id").asText();
            List<String> milestones = new ArrayList<>();
            for (String date : List.of("2026-06-30", "2027-06-30", "2028-06-30")) {
                Answer m = send(app, "POST", "/api/v1/projects/" + p + "/milestones",
                        "{\"title\":\"节点 " + date + "\",\"plannedDate\":\"" + date + "\"}");
                assertThat(m.status()).isEqualTo(201);
                milestones.add(m.body().get("id").asText());
            }
            String m1 = "/api/v1/projects/" + p + "/milestones/" + milestones.get(0);
            assertThat(send(app, "POST", m1 + "/reports", "{\"type\":\"STARTED\",\"reportedOn\":\"2026-02-01\"}").status()).isEqualTo(201);
            assertThat(send(app, "POST", m1 + "/reports", "{\"type\":\"PROGRESS\",\"percentComplete\":50,\"investmentCompleted\":3.2,\"reportedOn\":\"2026-04-01\"}").status()).isEqualTo(201);
            assertThat(send(app, "POST", m1 + "/reschedule", "{\"newDate\":\"2026-08-31\",\"reason\":\"设计变更\"}").status()).isEqualTo(200);
            Answer risk = send(app, "POST", "/api/v1/projects/" + p + "/risks", "{\"severity\":\"HIGH\",\"description\":\"资金缺口\",\"raisedOn\":\"2026-05-01\"}");
            assertThat(risk.status()).isEqualTo(201);
            assertThat(send(app, "POST", "/api/v1/projects/" + p + "/risks/" + risk.body().get("id").asText() + "/resolve",
                    "{\"resolution\":\"专项债到位\",\"resolvedOn\":\"2026-05-20\"}").status()).isEqualTo(200);
            assertThat(send(app, "POST", m1 + "/reports", "{\"type\":\"ACHIEVED\",\"reportedOn\":\"2026-08-20\"}").status()).isEqualTo(201);

            Answer early = send(app, "POST", "/api/v1/projects/" + p + "/status", "{\"action\":\"COMPLETE\",\"reason\":\"完工\",\"effectiveOn\":\"2026-09-01\"}");
            assertThat(early.status()).isEqualTo(409);
            assertThat(early.body().get("rule").asText()).isEqualTo("milestones-outstanding");

            for (String m : milestones.subList(1, 3)) {
                assertThat(send(app, "POST", "/api/v1/projects/" + p + "/milestones/" + m + "/reports",
                        "{\"type\":\"ACHIEVED\",\"reportedOn\":\"2027-05-01\"}").status()).isEqualTo(201);
            }
            assertThat(send(app, "POST", "/api/v1/projects/" + p + "/status", "{\"action\":\"COMPLETE\",\"reason\":\"完工\",\"effectiveOn\":\"2027-05-02\"}").status()).isEqualTo(200);
            Answer after = send(app, "POST", m1 + "/reports", "{\"type\":\"PROGRESS\",\"percentComplete\":100,\"reportedOn\":\"2027-05-03\"}");
            assertThat(after.status()).isEqualTo(409);
            assertThat(after.body().get("rule").asText()).isIn("project-not-active", "milestone-already-achieved");
            assertThat(events(app, "KeyProjectCompleted")).isEqualTo(1);
            // more than the snapshot threshold of 5 events: the project was loaded from a snapshot along the way
            assertThat(app.getBean(MongoTemplate.class).getCollection("snapshotevents").countDocuments()).isPositive();
        }
    }

    /** The changes the happy path above does not make, so that each of their events is published (and checked). */
    @Test
    void a_project_is_amended_handed_over_suspended_resumed_and_cancelled_with_a_dropped_milestone() throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            String p = send(app, "POST", "/api/v1/projects", """
                    {"name":"老旧小区改造工程","planRef":"FZ-15.B15.1","leadDepartment":"fz-housing",
                     "plannedStart":"2026-01-01","plannedEnd":"2028-12-31"}""").body().get("id").asText();
            String m = send(app, "POST", "/api/v1/projects/" + p + "/milestones",
                    "{\"title\":\"一期\",\"plannedDate\":\"2027-06-30\"}").body().get("id").asText();
            String project = "/api/v1/projects/" + p;
            assertThat(send(app, "PATCH", project, "{\"location\":\"鼓楼区\",\"plannedInvestment\":12.5,\"reason\":\"可研批复\"}").status()).isEqualTo(200);
            assertThat(send(app, "PUT", project + "/lead", "{\"lead\":\"fz-drc\",\"reason\":\"职能调整\"}").status()).isEqualTo(200);
            assertThat(send(app, "POST", project + "/milestones/" + m + "/drop", "{\"reason\":\"方案取消\"}").status()).isEqualTo(200);
            for (String action : List.of("SUSPEND", "RESUME", "CANCEL")) {
                assertThat(send(app, "POST", project + "/status",
                        "{\"action\":\"" + action + "\",\"reason\":\"资金调整\",\"effectiveOn\":\"2026-06-01\"}").status())
                        .as(action).isEqualTo(200);
            }
            for (String type : List.of("KeyProjectAmended", "LeadDepartmentReassigned", "MilestoneDropped",
                    "KeyProjectSuspended", "KeyProjectResumed", "KeyProjectCancelled")) {
                assertThat(events(app, type)).as(type).isEqualTo(1);
            }
        }
    }

    @Test
    void fifty_concurrent_reports_on_one_project_all_land_or_are_cleanly_rejected() throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            String p = send(app, "POST", "/api/v1/projects", """
                    {"name":"并发测试项目","planRef":"FZ-15.C22","leadDepartment":"fz-drc",
                     "plannedStart":"2026-01-01","plannedEnd":"2027-12-31"}""").body().get("id").asText();
            String m = send(app, "POST", "/api/v1/projects/" + p + "/milestones",
                    "{\"title\":\"节点\",\"plannedDate\":\"2027-06-30\"}").body().get("id").asText();
            ExecutorService pool = Executors.newFixedThreadPool(16);
            List<Future<Answer>> answers = new ArrayList<>();
            for (int i = 1; i <= 50; i++) {
                int percent = i;
                answers.add(pool.submit(() -> send(app, "POST", "/api/v1/projects/" + p + "/milestones/" + m + "/reports",
                        "{\"type\":\"PROGRESS\",\"percentComplete\":" + percent + ",\"reportedOn\":\"2026-05-10\"}")));
            }
            int accepted = 0;
            for (Future<Answer> answer : answers) {
                Answer a = answer.get();
                if (a.status() == 201) {
                    accepted++;
                } else {
                    assertThat(a.status()).isIn(409, 422);
                    assertThat(a.body().get("rule").asText()).isIn("progress-not-backwards", "concurrent-change");
                }
            }
            pool.shutdown();
            assertThat(accepted).isPositive();
            assertThat(events(app, "MilestoneProgressReported")).isEqualTo(accepted);
        }
    }

    @Test
    void moving_the_clock_past_a_planned_date_gives_exactly_one_overdue_also_across_a_restart() throws Exception {
        String p;
        try (ConfigurableApplicationContext app = start()) {
            p = send(app, "POST", "/api/v1/projects", """
                    {"name":"逾期测试","planRef":"FZ-15.C30","leadDepartment":"fz-commerce",
                     "plannedStart":"2026-01-01","plannedEnd":"2027-12-31"}""").body().get("id").asText();
            send(app, "POST", "/api/v1/projects/" + p + "/milestones", "{\"title\":\"节点\",\"plannedDate\":\"2026-06-30\"}");
            // wait until the deadline projection has seen the milestone, then stop before any scan ran
            await().atMost(Duration.ofSeconds(20)).until(() -> app.getBean(MongoTemplate.class)
                    .getCollection("milestone_deadlines").countDocuments() == 1);
        }
        try (ConfigurableApplicationContext app = start()) {
            // the scan's query (open, due before today) is served by an index on a real MongoDB too
            assertThat(app.getBean(MongoTemplate.class).getCollection("milestone_deadlines").listIndexes()
                    .map(i -> i.getString("name")).into(new ArrayList<>())).contains("open_plannedDate", "projectId");
            Answer moved = send(app, "PUT", "/api/v1/admin/clock", "{\"date\":\"2026-07-15\"}");
            assertThat(moved.status()).isEqualTo(200);
            assertThat(events(app, "MilestoneOverdue")).isEqualTo(1);
            send(app, "PUT", "/api/v1/admin/clock", "{\"date\":\"2026-07-20\"}");
        }
        try (ConfigurableApplicationContext app = start()) {
            send(app, "PUT", "/api/v1/admin/clock", "{\"date\":\"2026-08-01\"}");
            assertThat(events(app, "MilestoneOverdue")).isEqualTo(1);
        }
    }
}
