package org.fyptracker.tracking.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.bson.Document;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.projects.KeyProjectRegistered;
import org.fyptracker.contracts.projects.MilestonePlanned;
import org.fyptracker.contracts.projects.MilestoneProgressReported;
import org.fyptracker.contracts.projects.ProjectEvent;
import org.fyptracker.contracts.projects.ProjectKind;
import org.fyptracker.platform.events.CloudEventKafkaConverter;
import org.fyptracker.platform.events.EventStreamProperties;
import org.fyptracker.testkit.MongoCommandCount;
import org.fyptracker.testkit.RealInfrastructure;
import org.fyptracker.testkit.TopicWriter;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

/**
 * What projecting the projects topic asks MongoDB, live and in a rebuild, counted per batch of the
 * {@code project-views} processor (docs/benchmarks.md, findings 16 and 36): at most one read of the batch's views
 * (none for views held from the batch before), and behind the processor one insert of its event-log entries, one
 * bulk write of the changed views and one raise of the read-model version, whatever the number of events and
 * projects in the batch. And a rebuild gives back every read-model collection exactly
 * as the live projection left it, a redelivered event included.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
@Import({MongoCommandCount.Counting.class, ProjectionRoundTripsIT.Batches.class})
class ProjectionRoundTripsIT {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRoundTripsIT.class);
    private static final String TOPIC = "fyp.projects.events.v1";
    private static final String PROCESSOR = "background EventProcessor[" + ProjectViewProjection.GROUP + "] ";
    private static final String WRITER = "background write-behind-" + ProjectViewProjection.GROUP + " ";
    private static final int PROJECTS = 40;
    private static final int EVENTS_PER_PROJECT = 6;
    private static final List<String> PER_BATCH = List.of("find project_views [_id $in]", "insert project_events",
            "update project_views [_id]", "update read_model_versions [_id]");
    private static final List<String> READ_MODELS = List.of("project_views", "project_events", "indicator_views",
            "indicator_events", "plan_structures", "department_events");

    /** Counts the batches of the project views' processor (not an interceptor bean: that would go on every processor). */
    @TestConfiguration(proxyBeanMethods = false)
    static class Batches {
        final AtomicInteger count = new AtomicInteger();

        @Bean
        Batches batches() {
            return this;
        }

        @Bean
        HandlerCallStack handlerCallStack() {
            return new HandlerCallStack();
        }

        @Bean
        ConfigurerModule countProjectViewBatches() {
            return configurer -> configurer.eventProcessing().registerHandlerInterceptor(ProjectViewProjection.GROUP,
                    c -> (unitOfWork, chain) -> {
                        if (unitOfWork instanceof BatchingUnitOfWork<?> batch && batch.isFirstMessage()) {
                            count.incrementAndGet();
                        }
                        return chain.proceed();
                    });
        }
    }

    /** The stack of an event handler call in the project views' group: no time limit is wrapped around it. */
    @ProcessingGroup(ProjectViewProjection.GROUP)
    static class HandlerCallStack {
        static final AtomicReference<List<String>> seen = new AtomicReference<>();

        @EventHandler
        void on(KeyProjectRegistered event) {
            seen.compareAndSet(null, Arrays.stream(Thread.currentThread().getStackTrace())
                    .map(StackTraceElement::getClassName).toList());
        }
    }

    private final RestClient http;
    private final String bootstrap;
    private final CloudEventKafkaConverter converter;
    private final ObjectMapper json;
    private final MongoTemplate mongo;
    private final MongoCommandCount commands;
    private final Batches batches;
    private final EventProcessingConfiguration processing;
    private final EventStreamProperties events;

    @Autowired
    ProjectionRoundTripsIT(@LocalServerPort int port, @Value("${spring.kafka.bootstrap-servers}") String bootstrap,
                           CloudEventKafkaConverter converter, ObjectMapper json, MongoTemplate mongo,
                           MongoCommandCount commands, Batches batches, EventProcessingConfiguration processing,
                           EventStreamProperties events) {
        this.http = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (req, res) -> { }).build();
        this.bootstrap = bootstrap;
        this.converter = converter;
        this.json = json;
        this.mongo = mongo;
        this.commands = commands;
        this.batches = batches;
        this.processing = processing;
        this.events = events;
    }

    @Test
    void projecting_costs_at_most_four_commands_per_batch_live_and_in_a_rebuild_which_gives_the_same_read_models() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Provenance who = new Provenance("fz-bigdata", "client-1", Instant.parse("2026-05-10T02:00:00Z"), "k");
        try (TopicWriter topic = new TopicWriter(bootstrap, converter)) {
            // as the bench's simulated history: event k of every project, then event k + 1 of every project
            for (int k = 0; k < EVENTS_PER_PROJECT; k++) {
                for (int j = 0; j < PROJECTS; j++) {
                    String id = "round-trips-" + run + "-" + j;
                    topic.publish(TOPIC, "KeyProject", event(id, k, who), k, "e" + k + "-" + id);
                }
            }
            String first = "round-trips-" + run + "-0";
            int last = EVENTS_PER_PROJECT - 1;
            topic.publish(TOPIC, "KeyProject", event(first, last, who), last, "e" + last + "-" + first); // redelivered
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> mongo.getCollection("project_views").countDocuments(
                new Document("_id", new Document("$regex", "^round-trips-" + run)).append("lastSequence", 5L)) == PROJECTS);
        await().atMost(Duration.ofSeconds(30)).until(this::caughtUp);
        // Axon's limit per handler call walks the whole stack at every call (finding 36); each batch keeps its limit
        assertThat(HandlerCallStack.seen.get()).isNotEmpty()
                .noneMatch(frame -> frame.startsWith("org.axonframework.messaging.timeout.TimeoutWrapped"))
                .anyMatch(frame -> frame.startsWith("org.axonframework.messaging.timeout.UnitOfWorkTimeoutInterceptor"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> fourCommandsPerBatch("live"));
        Map<String, List<Document>> live = readModels();

        commands.clear();
        batches.count.set(0);
        int accepted = http.post().uri("/api/v1/admin/tracking/rebuild").exchange((req, res) -> res.getStatusCode().value());
        assertThat(accepted).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> "DONE".equals(progress().get("state").asText()));
        JsonNode done = progress();
        long onTopics = 0;
        for (JsonNode records : done.get("topics")) {
            onTopics += records.asLong();
        }
        // each record is replayed once, by the one processor that reads its topic
        assertThat(done.get("total").asLong()).isEqualTo(onTopics);
        assertThat(done.get("processed").asLong()).isEqualTo(onTopics);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> fourCommandsPerBatch("rebuild"));

        Map<String, List<Document>> rebuilt = readModels();
        for (String readModel : READ_MODELS) {
            assertThat(rebuilt.get(readModel)).as(readModel).hasSameSizeAs(live.get(readModel)).isEqualTo(live.get(readModel));
        }
        assertThat(rebuilt.get("project_views")).hasSizeGreaterThanOrEqualTo(PROJECTS);
        // the rebuild dropped the event log; "as of" questions still find a project's events by index
        assertThat(mongo.indexOps(ProjectEventLog.COLLECTION).getIndexInfo())
                .extracting(IndexInfo::getName).contains(ProjectEventLog.BY_PROJECT);
    }

    private JsonNode progress() {
        return http.get().uri("/api/v1/admin/tracking/rebuild").exchange((req, res) -> json.readTree(res.getBody().readAllBytes()));
    }

    private static ProjectEvent event(String id, int k, Provenance who) {
        if (k == 0) {
            return new KeyProjectRegistered(id, "往返计数" + id, "FZ-15.C14", "FZ-15", ProjectKind.PROGRAMME, "fz-transport",
                    List.of(), "福州市", LocalDate.of(2026, 3, 1), LocalDate.of(2028, 12, 31), null, who);
        }
        if (k <= 2) {
            return new MilestonePlanned(id, "m" + k, "节点" + k, LocalDate.of(2027, 6, 30), 1, "FZ-15", who);
        }
        return new MilestoneProgressReported(id, "m" + (1 + k % 2), "r" + k, 10 * k, null, "进展" + k, null, List.of(),
                LocalDate.of(2026, 5, k), "FZ-15", who);
    }

    /** Every Kafka-fed processor has read its topics to the end (no event is published after ours). */
    private boolean caughtUp() {
        return events.processors().stream()
                .map(name -> processing.eventProcessor(name, TrackingEventProcessor.class).orElseThrow())
                .allMatch(p -> !p.processingStatus().isEmpty()
                        && p.processingStatus().values().stream().allMatch(EventTrackerStatus::isCaughtUp));
    }

    private void fourCommandsPerBatch(String phase) {
        int n = batches.count.get();
        log.info("{}: {} batches of the project views; MongoDB commands per batch:{}", phase, n, commands.table(n));
        assertThat(n).isPositive();
        // the views of the batch's projects not held from the batches before, read at once by id
        assertThat(commands.sum(PROCESSOR + "find project_views [_id $in]")).isBetween(1, n);
        assertThat(commands.sum(PROCESSOR + "find project_views")).isEqualTo(commands.sum(PROCESSOR + "find project_views [_id $in]"));
        // stored behind the processor: the batch's event-log entries, inserted at once
        assertThat(commands.sum(WRITER + "insert project_events")).isEqualTo(n);
        // the changed views written at once (none in a batch of redelivered events only), then the version raised
        assertThat(commands.sum(WRITER + "update project_views")).isLessThanOrEqualTo(n);
        assertThat(commands.sum(WRITER + "update read_model_versions")).isEqualTo(commands.sum(WRITER + "update project_views"));
        // the processor's token, stored after its batch
        assertThat(commands.sum(WRITER + "update trackingtokens")).isPositive();
        // and nothing else but the processor's own token and dead-letter bookkeeping
        assertThat(commands.seen().keySet()).filteredOn(key -> key.startsWith(PROCESSOR) || key.startsWith(WRITER))
                .allMatch(key -> key.contains(" trackingtokens") || key.contains(" deadletters")
                        || PER_BATCH.stream().anyMatch(key::endsWith), "a command of a batch or of the processor's bookkeeping");
    }

    private Map<String, List<Document>> readModels() {
        Map<String, List<Document>> models = new LinkedHashMap<>();
        for (String readModel : READ_MODELS) {
            models.put(readModel, mongo.findAll(Document.class, readModel).stream()
                    .sorted(Comparator.comparing(d -> String.valueOf(d.get("_id")))).toList());
        }
        return models;
    }
}
