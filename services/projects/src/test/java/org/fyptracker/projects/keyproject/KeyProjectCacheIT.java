package org.fyptracker.projects.keyproject;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fyptracker.contracts.projects.MilestonePlanned;
import org.fyptracker.contracts.projects.MilestoneProgressReported;
import org.fyptracker.contracts.projects.MilestoneRescheduled;
import org.fyptracker.testkit.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Key projects are cached between commands and handed to a command without asking the store; another replica
 * writing the same project must still not be missed, whichever way the command decides on the stale copy:
 * refusing it, recording an event (the append is refused and the command sent again), or finding it already so.
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

    private record Cached(String projectId, String milestoneId, DomainEventMessage<?> planned) {
    }

    /** A project with one milestone, reported on once here, so this replica now holds it in its cache. */
    private Cached cachedProject() {
        String projectId = post("/api/v1/projects", """
                {"name":"智慧港口建设","planRef":"FZ-15.C15","leadDepartment":"fz-bigdata",
                 "plannedStart":"2026-03-01","plannedEnd":"2027-12-31"}""").body().get("id").asText();
        String milestoneId = post("/api/v1/projects/" + projectId + "/milestones",
                "{\"title\":\"一期码头\",\"plannedDate\":\"2026-06-30\"}").body().get("id").asText();
        assertThat(report(projectId, milestoneId).status()).isEqualTo(201);
        DomainEventMessage<?> planned = eventStore.readEvents(projectId).asStream()
                .filter(e -> e.getPayload() instanceof MilestonePlanned).findFirst().orElseThrow();
        return new Cached(projectId, milestoneId, planned);
    }

    /** Appends an event of the project as another replica would, at the next sequence; returns that sequence. */
    private long writtenElsewhere(Cached project, Object payload) {
        long next = eventStore.lastSequenceNumberFor(project.projectId()).orElseThrow() + 1;
        eventStore.publish(new GenericDomainEventMessage<>(project.planned().getType(), project.projectId(), next,
                payload, project.planned().getMetaData()));
        return next;
    }

    /** The other replica moves the cached project's milestone from its planned date to 2026-09-30. */
    private long rescheduledElsewhere(Cached project) {
        MilestonePlanned there = (MilestonePlanned) project.planned().getPayload();
        return writtenElsewhere(project, new MilestoneRescheduled(project.projectId(), project.milestoneId(),
                there.plannedDate(), LocalDate.parse("2026-09-30"), "另一副本改期", there.planCode(), there.provenance()));
    }

    private Object lastEvent(String projectId) {
        return eventStore.readEvents(projectId).asStream().reduce((a, b) -> b).orElseThrow().getPayload();
    }

    @Test
    void a_command_refused_on_a_stale_copy_is_decided_again_on_the_stored_project() {
        Cached project = cachedProject();
        MilestonePlanned there = (MilestonePlanned) project.planned().getPayload();
        String elsewhere = "ms-other-replica";
        long next = writtenElsewhere(project, new MilestonePlanned(project.projectId(), elsewhere, "二期码头",
                there.plannedDate(), there.weight(), there.planCode(), there.provenance()));

        // The stale cached project does not know the milestone (404 milestone-not-planned on it).
        assertThat(report(project.projectId(), elsewhere).status()).isEqualTo(201);
        assertThat(eventStore.lastSequenceNumberFor(project.projectId())).contains(next + 1);
    }

    @Test
    void a_command_recorded_on_a_stale_copy_is_refused_by_the_store_and_sent_again() {
        Cached project = cachedProject();
        long next = rescheduledElsewhere(project);

        // On the stale copy the report's event goes to the sequence the other replica took.
        assertThat(report(project.projectId(), project.milestoneId()).status()).isEqualTo(201);
        assertThat(eventStore.lastSequenceNumberFor(project.projectId())).contains(next + 1);
        assertThat(lastEvent(project.projectId())).isInstanceOf(MilestoneProgressReported.class);
    }

    @Test
    void a_command_found_already_so_on_a_stale_copy_is_checked_against_the_stored_project() {
        Cached project = cachedProject();
        MilestonePlanned there = (MilestonePlanned) project.planned().getPayload();
        long next = rescheduledElsewhere(project);

        // Back to the first date: nothing to move on the stale copy, a move back on the stored project.
        assertThat(post("/api/v1/projects/" + project.projectId() + "/milestones/" + project.milestoneId() + "/reschedule",
                "{\"newDate\":\"" + there.plannedDate() + "\",\"reason\":\"恢复原计划\"}").status()).isEqualTo(200);
        assertThat(eventStore.lastSequenceNumberFor(project.projectId())).contains(next + 1);
        assertThat(lastEvent(project.projectId())).isInstanceOfSatisfying(MilestoneRescheduled.class,
                moved -> assertThat(moved.newDate()).isEqualTo(there.plannedDate()));
    }

    @Test
    void a_command_on_a_current_copy_asks_nothing_more_when_refused() {
        Cached project = cachedProject();
        // Refused on the cached copy, which is current: the refusal stands, nothing is stored.
        long before = eventStore.lastSequenceNumberFor(project.projectId()).orElseThrow();
        assertThat(report(project.projectId(), "ms-nowhere").status()).isEqualTo(404);
        assertThat(eventStore.lastSequenceNumberFor(project.projectId())).contains(before);
    }
}
