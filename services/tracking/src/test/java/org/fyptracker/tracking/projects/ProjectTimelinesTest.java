package org.fyptracker.tracking.projects;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.projects.KeyProjectRegistered;
import org.fyptracker.contracts.projects.MilestonePlanned;
import org.fyptracker.contracts.projects.MilestoneProgressReported;
import org.fyptracker.contracts.projects.ProjectEvent;
import org.fyptracker.contracts.projects.ProjectKind;
import org.fyptracker.contracts.projects.RiskRaised;
import org.fyptracker.contracts.projects.RiskResolved;
import org.fyptracker.contracts.projects.RiskSeverity;
import org.fyptracker.testkit.TestMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A project's timeline asked for again folds only what was logged since, and says the same as a fold of the whole
 * log (on the MongoDB-wire server).
 */
class ProjectTimelinesTest {

    private static final Instant AT = Instant.parse("2026-03-01T02:00:00Z");
    private static final Provenance WHO = new Provenance("fz-transport", "client-1", AT, null);

    private final String database = "timelines_" + UUID.randomUUID().toString().substring(0, 8);
    private final MongoClient client = MongoClients.create(TestMongo.uri(database));
    private final MongoTemplate mongo = new MongoTemplate(client, database);
    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    /** The log, noting from which sequence on each read asked and how many events it got. */
    private final List<long[]> reads = new ArrayList<>();
    private final ProjectEventLog log = new ProjectEventLog(mongo, json) {
        @Override
        public List<Logged> after(String projectId, long sequence) {
            List<Logged> newer = super.after(projectId, sequence);
            reads.add(new long[] {sequence, newer.size()});
            return newer;
        }
    };
    private final ProjectTimelines timelines = new ProjectTimelines(log);

    @AfterEach
    void close() {
        client.close();
    }

    private void logged(String projectId, long sequence, ProjectEvent event) {
        log.append(log.entry(event, projectId + "-e" + sequence, sequence, AT.plusSeconds(sequence)));
    }

    private void registered(String projectId) {
        logged(projectId, 0, new KeyProjectRegistered(projectId, "福州地铁6号线" + projectId, "FZ-15.C14", "FZ-15",
                ProjectKind.PROGRAMME, "fz-transport", List.of(), "福州市", LocalDate.of(2026, 3, 1),
                LocalDate.of(2028, 12, 31), null, WHO));
        logged(projectId, 1, new MilestonePlanned(projectId, "m1", "主体完工", LocalDate.of(2027, 6, 30), 1, "FZ-15", WHO));
    }

    private MilestoneProgressReported report(String projectId, int percent) {
        return new MilestoneProgressReported(projectId, "m1", "r" + percent, percent, null, "进度" + percent + "%", null,
                List.of(), LocalDate.of(2026, 4, 1), "FZ-15", WHO);
    }

    private List<ProjectView.TimelineEntry> wholeFold(String projectId) {
        ProjectView view = new ProjectView();
        log.of(projectId).forEach(e -> ProjectHistory.apply(view, e.event(), e.eventId(), e.sequence(), e.recordedAt()));
        return view.timeline;
    }

    @Test
    void a_project_asked_for_again_reads_only_the_events_logged_since() {
        registered("KP-1");
        logged("KP-1", 2, report("KP-1", 10));
        assertThat(timelines.of("KP-1")).extracting(ProjectView.TimelineEntry::sequence).containsExactly(0L, 1L, 2L);

        logged("KP-1", 3, report("KP-1", 20));
        logged("KP-1", 4, new RiskRaised("KP-1", "risk-1", RiskSeverity.HIGH, "征迁滞后", LocalDate.of(2026, 4, 2), "FZ-15", WHO));
        List<ProjectView.TimelineEntry> second = timelines.of("KP-1");
        List<ProjectView.TimelineEntry> third = timelines.of("KP-1");

        assertThat(reads).extracting(r -> r[0]).containsExactly(-1L, 2L, 4L);
        assertThat(reads).extracting(r -> r[1]).containsExactly(3L, 2L, 0L);
        assertThat(second).isEqualTo(wholeFold("KP-1")).hasSize(5);
        assertThat(third).isEqualTo(second);
    }

    @Test
    void a_timeline_handed_out_does_not_change_when_the_project_moves_on() {
        registered("KP-2");
        logged("KP-2", 2, new RiskRaised("KP-2", "risk-1", RiskSeverity.HIGH, "征迁滞后", LocalDate.of(2026, 4, 2), "FZ-15", WHO));
        List<ProjectView.TimelineEntry> first = timelines.of("KP-2");

        logged("KP-2", 3, new RiskResolved("KP-2", "risk-1", "已完成征迁", LocalDate.of(2026, 5, 2), "FZ-15", WHO));
        logged("KP-2", 4, report("KP-2", 30));

        assertThat(timelines.of("KP-2")).isEqualTo(wholeFold("KP-2")).hasSize(5);
        assertThat(first).hasSize(3);
    }

    @Test
    void the_least_recently_asked_projects_are_let_go_beyond_the_bound_and_folded_whole_when_asked_again() {
        ProjectTimelines small = new ProjectTimelines(log, 5);
        registered("KP-3");
        logged("KP-3", 2, report("KP-3", 10));
        registered("KP-4");
        logged("KP-4", 2, report("KP-4", 10));

        small.of("KP-3");
        small.of("KP-4");
        assertThat(small.projectsHeld()).isEqualTo(1);
        reads.clear();
        assertThat(small.of("KP-3")).isEqualTo(wholeFold("KP-3"));
        assertThat(reads).extracting(r -> r[0]).containsExactly(-1L);
    }

    @Test
    void after_the_log_is_dropped_nothing_folded_before_is_answered() {
        registered("KP-5");
        timelines.of("KP-5");
        log.drop();
        timelines.forget();

        assertThat(timelines.of("KP-5")).isEmpty();
    }
}
