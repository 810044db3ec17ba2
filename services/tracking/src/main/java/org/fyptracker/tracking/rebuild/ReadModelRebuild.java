package org.fyptracker.tracking.rebuild;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Drops every read model and replays the event topics from the start: each Kafka-fed processor is
 * stopped, its token removed, its read models dropped, and it is started again. Progress is the
 * replayed offsets against the topics' end offsets when the rebuild began.
 */
@Component
public class ReadModelRebuild {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);
    private static final List<String> READ_MODELS = List.of("project_views", "project_events");

    private final EventProcessingConfiguration processing;
    private final EventStreamProperties events;
    private final KafkaAdmin kafkaAdmin;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final TokenStore tokenStore;
    private final List<RebuildableReadModel> readModels;
    private final ReplayedEvents replayed;

    private volatile Instant startedAt;
    private volatile long total;
    private volatile boolean done;

    public ReadModelRebuild(EventProcessingConfiguration processing, EventStreamProperties events, KafkaAdmin kafkaAdmin,
                            MongoTemplate mongo, Clock clock, TokenStore tokenStore,
                            List<RebuildableReadModel> readModels, ReplayedEvents replayed) {
        this.replayed = replayed;
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
        total = endOffsets();
        Instant now = clock.instant();
        // Not Axon's resetTokens(): its replay status lasts until a newer event arrives, and progress
        // cannot be read from a replay token. An empty Kafka token starts at the beginning of every partition.
        List<TrackingEventProcessor> processors = processors();
        processors.forEach(TrackingEventProcessor::shutDown);
        for (TrackingEventProcessor processor : processors) {
            for (int segment : tokenStore.fetchSegments(processor.getName())) {
                tokenStore.storeToken(KafkaTrackingToken.emptyToken(), processor.getName(), segment);
                tokenStore.releaseClaim(processor.getName(), segment);
            }
        }
        readModels.forEach(RebuildableReadModel::drop);
        replayed.restart();
        processors.forEach(TrackingEventProcessor::start);
        done = false;
        startedAt = now;
        log.info("rebuild started processors={} records={}", events.processors(), total);
        return progress();
    }

    /** Synchronized with start: progress is only measured on processors that were reset. */
    public synchronized RebuildProgress progress() {
        if (startedAt == null) {
            return RebuildProgress.idle();
        }
        long processed = processed();
        if (!done && processed >= total && caughtUp()) {
            done = true;
            log.info("rebuild done records={} seconds={} readModels={}", total,
                    Duration.between(startedAt, clock.instant()).toSeconds(), counts());
        }
        double seconds = Math.max(0.001, Duration.between(startedAt, clock.instant()).toMillis() / 1000.0);
        double rate = processed / seconds;
        Long eta = done ? Long.valueOf(0) : rate <= 0 ? null : Long.valueOf(Math.round((total - processed) / rate));
        double percent = total == 0 ? 100.0 : Math.min(100.0, processed * 100.0 / total);
        return new RebuildProgress(done ? "DONE" : "RUNNING", startedAt, Math.min(processed, total), total,
                Math.round(percent * 10) / 10.0, Math.round(rate), eta, done ? counts() : Map.of());
    }

    @Scheduled(fixedDelay = 2000)
    void reportProgress() {
        if (startedAt != null && !done) {
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
     * Every processor runs again and has reached the head of its topics. (Axon keeps a processor "replaying"
     * until an event newer than the reset point arrives, so replay status cannot tell the end of a rebuild.)
     */
    private boolean caughtUp() {
        return processors().stream().allMatch(p -> !p.processingStatus().isEmpty()
                && p.processingStatus().values().stream().allMatch(EventTrackerStatus::isCaughtUp));
    }

    /** Records replayed so far, as counted by the processors' interceptor. */
    private long processed() {
        return replayed.handled() / Math.max(1, processors().size());
    }

    private long endOffsets() {
        try (AdminClient admin = AdminClient.create(kafkaAdmin.getConfigurationProperties())) {
            Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
            admin.describeTopics(events.consumeTopics()).allTopicNames().get().forEach((topic, description) ->
                    description.partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest())));
            return admin.listOffsets(latest).all().get().values().stream().mapToLong(o -> o.offset()).sum();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the topics' end offsets", e);
        }
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        READ_MODELS.forEach(c -> counts.put(c, mongo.getCollection(c).countDocuments()));
        return counts;
    }
}
