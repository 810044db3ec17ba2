package org.fyptracker.tracking.rebuild;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.platform.events.EventStreamProperties;
import org.fyptracker.platform.events.WriteBehind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Drops every read model and replays the event topics from the start: each Kafka-fed processor is
 * stopped, its token removed, its read models dropped, and it is started again. Progress is, per processor, the
 * records it has passed against the records on the topics it reads (their end offsets) when the rebuild began,
 * summed over the processors; each processor reads only its own topic ({@code fyp.events.processor-topics}), so
 * the total is the records on the topics.
 */
@Component
public class ReadModelRebuild {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);
    /** Event logs (one document per distinct event) by the topic they come from. */
    private static final Map<String, String> LOGS = Map.of("fyp.projects.events.v1", "project_events",
            "fyp.indicators.events.v1", "indicator_events", "fyp.plans.events.v1", "plan_structures",
            "fyp.departments.events.v1", "department_events");

    private final EventProcessingConfiguration processing;
    private final EventStreamProperties events;
    private final KafkaAdmin kafkaAdmin;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final TokenStore tokenStore;
    private final List<RebuildableReadModel> readModels;
    private final ReplayedEvents replayed;
    private final List<WriteBehind> writesBehind;

    private volatile Instant startedAt;
    private volatile Instant doneAt;
    private volatile Map<String, Long> topicRecords = Map.of();
    /** Records each processor has to pass: those on the topics it reads. */
    private volatile Map<String, Long> processorRecords = Map.of();
    private volatile long total;
    private volatile boolean done;
    /** Counted once, when the rebuild is done (polls after it do not count the collections again). */
    private volatile Map<String, Long> readModelCounts = Map.of();
    private volatile Map<String, Map<String, Long>> eventStoreCounts = Map.of();

    public ReadModelRebuild(EventProcessingConfiguration processing, EventStreamProperties events, KafkaAdmin kafkaAdmin,
                            MongoTemplate mongo, Clock clock, TokenStore tokenStore,
                            List<RebuildableReadModel> readModels, ReplayedEvents replayed,
                            List<WriteBehind> writesBehind) {
        this.replayed = replayed;
        this.writesBehind = writesBehind;
        this.tokenStore = tokenStore;
        this.readModels = readModels;
        this.processing = processing;
        this.events = events;
        this.kafkaAdmin = kafkaAdmin;
        this.mongo = mongo;
        this.clock = clock;
    }

    public synchronized RebuildProgress start() {
        if (startedAt != null && !done) {
            throw RuleViolation.conflict("rebuild-running", null, "a rebuild is already running");
        }
        topicRecords = endOffsets();
        Map<String, Long> perProcessor = new LinkedHashMap<>();
        events.processors().forEach(p -> perProcessor.put(p,
                events.topicsOf(p).stream().mapToLong(t -> topicRecords.getOrDefault(t, 0L)).sum()));
        processorRecords = perProcessor;
        total = perProcessor.values().stream().mapToLong(Long::longValue).sum();
        Instant now = clock.instant();
        // Not Axon's resetTokens(): its replay status lasts until a newer event arrives, and progress
        // cannot be read from a replay token. An empty Kafka token starts at the beginning of every partition.
        List<TrackingEventProcessor> processors = processors();
        // All at once: each stops when its worker next wakes (up to a second's wait for events), so one after
        // the other the stops alone took up to four seconds of the rebuild.
        CompletableFuture.allOf(processors.stream().map(TrackingEventProcessor::shutdownAsync)
                .toArray(CompletableFuture[]::new)).join();
        for (TrackingEventProcessor processor : processors) {
            for (int segment : tokenStore.fetchSegments(processor.getName())) {
                tokenStore.storeToken(KafkaTrackingToken.emptyToken(), processor.getName(), segment);
                tokenStore.releaseClaim(processor.getName(), segment);
            }
        }
        readModels.forEach(RebuildableReadModel::drop);
        replayed.restart();
        done = false;
        doneAt = null;
        startedAt = now;
        processors.forEach(TrackingEventProcessor::start);
        log.info("rebuild started processors={} records={} topics={}", events.processors(), total, topicRecords);
        return progress();
    }

    public boolean running() {
        return startedAt != null && !done;
    }

    /** Synchronized with start: progress is only measured on processors that were reset. */
    public synchronized RebuildProgress progress() {
        if (startedAt == null) {
            return RebuildProgress.idle();
        }
        long processed = processed();
        if (!done && processed >= total && caughtUp()) {
            done = true;
            doneAt = clock.instant();
            readModelCounts = counts();
            eventStoreCounts = eventStores();
            log.info("rebuild done records={} seconds={} eventsPerSecond={} readModels={} eventStores={}", total,
                    Duration.between(startedAt, doneAt).toMillis() / 1000.0,
                    RebuildProgress.figures(total, total, Duration.between(startedAt, doneAt).toMillis() / 1000.0, true)
                            .eventsPerSecond(), readModelCounts, eventStoreCounts);
        }
        Instant until = done ? doneAt : clock.instant();
        double seconds = Duration.between(startedAt, until).toMillis() / 1000.0;
        long shown = Math.min(processed, total);
        RebuildProgress.Figures f = RebuildProgress.figures(shown, total, seconds, done);
        return new RebuildProgress(done ? "DONE" : "RUNNING", startedAt, shown, total, f.percent(), replayed.handled(),
                f.eventsPerSecond(), f.etaSeconds(), seconds, done ? topicRecords : Map.of(), done ? readModelCounts : Map.of(),
                done ? eventStoreCounts : Map.of());
    }

    /**
     * Notices the end within a tenth of a second, so the time and rate of a short rebuild are not rounded up to
     * the next progress log or poll. Only in-memory counters are read until the end.
     */
    @Scheduled(fixedDelay = 100)
    void checkDone() {
        if (running()) {
            progress();
        }
    }

    @Scheduled(fixedDelay = 2000)
    void reportProgress() {
        if (running()) {
            RebuildProgress p = progress();
            log.info("rebuild progress processed={} total={} percent={} eventsPerSecond={} etaSeconds={}",
                    p.processed(), p.total(), p.percent(), p.eventsPerSecond(), p.etaSeconds());
        }
    }

    private List<TrackingEventProcessor> processors() {
        return events.processors().stream()
                .map(name -> processing.eventProcessor(name, TrackingEventProcessor.class).orElseThrow())
                .toList();
    }

    /**
     * Every processor with records to replay runs again and has reached the head of its topics, and every batch
     * written behind a processor ({@link WriteBehind}) is stored, so its last batch is written. (Axon keeps a
     * processor "replaying" until an event newer than the reset point arrives, so replay status cannot tell the end
     * of a rebuild.) A processor whose topics were empty has nothing to write; it reports
     * itself caught up only after its first wait for events (a second), which is not part of the rebuild.
     */
    private boolean caughtUp() {
        return processors().stream().filter(p -> processorRecords.getOrDefault(p.getName(), 0L) > 0)
                .allMatch(p -> !p.processingStatus().isEmpty()
                        && p.processingStatus().values().stream().allMatch(EventTrackerStatus::isCaughtUp))
                && writesBehind.stream().allMatch(WriteBehind::idle);
    }

    /**
     * Records the processors have passed since the start, handled or ignored (counted by a message monitor:
     * the processors' Kafka tokens were found not to list every partition they had read), each processor's count
     * up to the records on its topics.
     */
    private long processed() {
        return processorRecords.entrySet().stream()
                .mapToLong(p -> Math.min(replayed.passed(p.getKey()), p.getValue())).sum();
    }

    private Map<String, Long> endOffsets() {
        try (AdminClient admin = AdminClient.create(kafkaAdmin.getConfigurationProperties())) {
            Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
            admin.describeTopics(events.consumeTopics()).allTopicNames().get().forEach((topic, description) ->
                    description.partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest())));
            Map<String, Long> byTopic = new LinkedHashMap<>();
            events.consumeTopics().forEach(t -> byTopic.put(t, 0L));
            admin.listOffsets(latest).all().get().forEach((tp, o) -> byTopic.merge(tp.topic(), o.offset(), Long::sum));
            return byTopic;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the topics' end offsets", e);
        }
    }

    /**
     * Whole collections are counted from their metadata ({@code estimatedDocumentCount}): {@code countDocuments}
     * reads every document, seconds over a million on MongoDB, and the local stand-in once ran out of memory doing it
     * (docs/benchmarks.md, finding 24). They are figures for the rebuild's report, not a check.
     */
    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        readModels.stream().flatMap(r -> r.collections().stream()).sorted()
                .forEach(c -> counts.put(c, mongo.getCollection(c).estimatedDocumentCount()));
        return counts;
    }

    /**
     * Per consumed topic: records on it, distinct events logged from it, and the difference (redeliveries; for
     * departments, also the client events, which are not logged).
     */
    private Map<String, Map<String, Long>> eventStores() {
        Map<String, Map<String, Long>> stores = new LinkedHashMap<>();
        topicRecords.forEach((topic, records) -> {
            String logCollection = LOGS.get(topic);
            if (logCollection == null) {
                return;
            }
            long logged = mongo.getCollection(logCollection).estimatedDocumentCount();
            Map<String, Long> figures = new LinkedHashMap<>();
            figures.put("records", records);
            figures.put("logged", logged);
            figures.put("notLogged", records - logged);
            stores.put(topic, figures);
        });
        return stores;
    }
}
