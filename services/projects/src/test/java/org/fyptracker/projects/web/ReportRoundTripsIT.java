package org.fyptracker.projects.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.fyptracker.testkit.MongoCommandCount;
import org.fyptracker.testkit.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * How many times one accepted progress report asks MongoDB, on the request's own thread (the latency a
 * caller waits for; the background processors batch and are counted in docs/benchmarks.md separately).
 * Every MongoDB command the service sends is counted by name, collection and filter shape (logged as a table);
 * the test fails if a report costs more round trips than the write path needs (docs/benchmarks.md, finding 10).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
@Import(MongoCommandCount.Counting.class)
class ReportRoundTripsIT {

    private static final Logger log = LoggerFactory.getLogger(ReportRoundTripsIT.class);
    private static final int REPORTS = 20;

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    MongoCommandCount commands;

    private RestClient http;

    @BeforeEach
    void setUp() {
        http = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (req, res) -> { })
                .build();
    }

    private JsonNode post(String path, String body, int expected) {
        return http.post().uri(path).contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body.getBytes(StandardCharsets.UTF_8))
                .exchange((req, res) -> {
                    assertThat(res.getStatusCode().value()).isEqualTo(expected);
                    return json.readTree(res.getBody().readAllBytes());
                });
    }

    @Test
    void a_report_asks_mongodb_only_what_its_guarantees_need() {
        String projectId = post("/api/v1/projects", """
                {"name":"城市全域数字化提升行动","planRef":"FZ-15.C15","leadDepartment":"fz-bigdata",
                 "plannedStart":"2026-03-01","plannedEnd":"2027-12-31"}""", 201).get("id").asText();
        String milestoneId = post("/api/v1/projects/" + projectId + "/milestones",
                "{\"title\":\"一期平台上线\",\"plannedDate\":\"2026-06-30\"}", 201).get("id").asText();
        // One report first so every lazy first-time query (indexes, caches) is behind us.
        String reports = "/api/v1/projects/" + projectId + "/milestones/" + milestoneId + "/reports";
        String report = """
                {"type":"PROGRESS","percentComplete":%d,"narrative":"完成招标","reportedOn":"2026-05-10"}""";
        post(reports, report.formatted(1), 201);

        commands.clear();
        for (int i = 0; i < REPORTS; i++) {
            post(reports, report.formatted(2 + i), 201);
        }
        Map<String, Integer> seen = commands.seen();
        int onRequest = commands.sum("request ");
        log.info("MongoDB commands per report ({} reports): {} on the request thread{}", REPORTS,
                onRequest / (double) REPORTS, commands.table(REPORTS));

        // Idempotency-Key claim and answer, the append (which checks that the cached project was current).
        assertThat(onRequest).isEqualTo(REPORTS * 3);
        // A hot project is not read back from the store: no snapshot lookup, no range read of its events.
        assertThat(seen).doesNotContainKeys("request find snapshotevents [aggregateIdentifier]",
                "request find domainevents [$and]");
    }
}
