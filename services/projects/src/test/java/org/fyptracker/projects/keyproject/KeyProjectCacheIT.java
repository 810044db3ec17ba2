package org.fyptracker.projects.keyproject;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fyptracker.contracts.projects.MilestonePlanned;
import org.fyptracker.testkit.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Key projects are cached between commands; another replica writing the same project must not be missed.
 * The other replica is played by appending an event straight to the shared event store, as its append would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class KeyProjectCacheIT {

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    EventStore eventStore;

    private record Answer(int status, JsonNode body) {
    }

    private Answer post(String path, String body) {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (req, res) -> { }).build()
                .post().uri(path).contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body.getBytes(StandardCharsets.UTF_8))
                .exchange((req, res) -> new Answer(res.getStatusCode().value(), json.readTree(res.getBody().readAllBytes())));
    }

    private Answer report(String projectId, String milestoneId) {
        return post("/api/v1/projects/" + projectId + "/milestones/" + milestoneId + "/reports", """
                {"type":"PROGRESS","percentComplete":30,"narrative":"进展顺利","reportedOn":"2026-05-10"}""");
    }

    @Test
    void a_milestone_planned_by_another_replica_is_seen_by_the_next_command_here() {
        String projectId = post("/api/v1/projects", """
                {"name":"智慧港口建设","planRef":"FZ-15.C15","leadDepartment":"fz-bigdata",
                 "plannedStart":"2026-03-01","plannedEnd":"2027-12-31"}""").body().get("id").asText();
        String milestoneId = post("/api/v1/projects/" + projectId + "/milestones",
                "{\"title\":\"一期码头\",\"plannedDate\":\"2026-06-30\"}").body().get("id").asText();
        assertThat(report(projectId, milestoneId).status()).isEqualTo(201); // the project is now cached here

        DomainEventMessage<?> planned = eventStore.readEvents(projectId).asStream()
                .filter(e -> e.getPayload() instanceof MilestonePlanned).findFirst().orElseThrow();
        MilestonePlanned there = (MilestonePlanned) planned.getPayload();
        String elsewhere = "ms-other-replica";
        long next = eventStore.lastSequenceNumberFor(projectId).orElseThrow() + 1;
        eventStore.publish(new GenericDomainEventMessage<>(planned.getType(), projectId, next,
                new MilestonePlanned(projectId, elsewhere, "二期码头", there.plannedDate(), there.weight(),
                        there.planCode(), there.provenance()), planned.getMetaData()));

        // A stale cached project would not know the milestone (404 milestone-not-planned).
        assertThat(report(projectId, elsewhere).status()).isEqualTo(201);
        assertThat(eventStore.lastSequenceNumberFor(projectId)).contains(next + 1);
    }
}
