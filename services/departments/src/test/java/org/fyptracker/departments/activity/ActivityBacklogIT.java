package org.fyptracker.departments.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.bson.Document;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.cloudevents.CloudEventTypes;
import org.fyptracker.contracts.projects.MilestoneProgressReported;
import org.fyptracker.departments.LiveDepartmentsService;
import org.fyptracker.platform.events.CloudEventKafkaConverter;
import org.fyptracker.testkit.MongoCommandCount;
import org.fyptracker.testkit.TopicWriter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A backlog of project events (five years of reports, a replay) is listed as the departments' activity in a few
 * inserts, not a write per event, and an event delivered twice is listed once (docs/benchmarks.md, finding 29).
 */
class ActivityBacklogIT extends LiveDepartmentsService {

    private static final String TOPIC = "fyp.projects.events.v1";
    private static final String PROCESSOR = "background EventProcessor[" + ActivityProjection.GROUP + "] ";
    private static final int REPORTS = 600;

    @Autowired
    CloudEventKafkaConverter cloudEvents;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    MongoCommandCount commands;

    @Test
    void a_backlog_of_reports_is_listed_in_a_few_inserts_and_a_redelivered_report_once() throws Exception {
        String client = "backlog-" + UUID.randomUUID().toString().substring(0, 8);
        Provenance who = new Provenance("gl-gov", client, Instant.parse("2026-06-01T02:00:00Z"), null);
        TrackingEventProcessor activity = processing.eventProcessor(ActivityProjection.GROUP, TrackingEventProcessor.class)
                .orElseThrow();
        activity.shutDown(); // the reports wait on the topic, as after an outage or in five years of history
        try (TopicWriter topic = new TopicWriter(bootstrap, cloudEvents)) {
            for (int i = 0; i < REPORTS; i++) {
                topic.publish(TOPIC, "KeyProject", report(client, i, who), 10 + i, client + "-" + i);
            }
            topic.publish(TOPIC, "KeyProject", report(client, 7, who), 17, client + "-7"); // delivered again
        }
        commands.clear();
        activity.start();

        Document mine = new Document("client", client);
        await().atMost(Duration.ofSeconds(60)).until(() -> mongo.getCollection("department_activity").countDocuments(mine) >= REPORTS);
        await().atMost(Duration.ofSeconds(10)).until(() -> activity.processingStatus().values().stream()
                .allMatch(status -> status.isCaughtUp()));
        assertThat(mongo.getCollection("department_activity").countDocuments(mine)).isEqualTo(REPORTS);
        assertThat(mongo.getCollection("department_activity").countDocuments(mine.append("department", "gl-gov")
                .append("type", CloudEventTypes.typeOf(MilestoneProgressReported.class)))).isEqualTo(REPORTS);
        int inserts = commands.sum(PROCESSOR + "insert department_activity");
        assertThat(inserts).as("activity inserts for %d reports: %s", REPORTS, commands.seen()).isBetween(1, 10);
        assertThat(commands.sum(PROCESSOR + "update department_activity")).as("no write per event").isZero();
    }

    private static MilestoneProgressReported report(String client, int i, Provenance who) {
        return new MilestoneProgressReported("kp-" + client, "m1", "r" + i, i % 100, null, "进展" + i, null,
                java.util.List.of(), LocalDate.of(2026, 5, 1 + i % 28), "GL-15", who);
    }
}
