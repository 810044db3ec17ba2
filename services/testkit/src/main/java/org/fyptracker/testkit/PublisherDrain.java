package org.fyptracker.testkit;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.kafka.eventhandling.producer.KafkaEventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;

/**
 * Waits until a context's Kafka publisher has sent every event stored so far, so the events a test class
 * caused are checked and counted in that class, not in the next one (or never, after the last).
 */
final class PublisherDrain {

    private static final Logger log = LoggerFactory.getLogger(PublisherDrain.class);

    private PublisherDrain() {
    }

    static void await(ApplicationContext context, Duration atMost) {
        Optional<StreamingEventProcessor> publisher = Optional
                .ofNullable(context.getBeanProvider(EventProcessingConfiguration.class).getIfAvailable())
                .flatMap(c -> c.eventProcessor(KafkaEventPublisher.DEFAULT_PROCESSING_GROUP, StreamingEventProcessor.class));
        EventStorageEngine store = context.getBeanProvider(EventStorageEngine.class).getIfAvailable();
        if (publisher.isEmpty() || store == null || !publisher.get().isRunning()) {
            return;
        }
        long deadline = System.nanoTime() + atMost.toNanos();
        try {
            while (!sentEverything(publisher.get(), store)) {
                if (System.nanoTime() > deadline) {
                    log.warn("publisher still behind after {}: its remaining events are checked with the next test class", atMost);
                    return;
                }
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // The store may already be going away (a context closing): nothing more will be published then.
            log.warn("could not wait for the publisher: {}", e.toString());
        }
    }

    private static boolean sentEverything(StreamingEventProcessor publisher, EventStorageEngine store) {
        Map<Integer, EventTrackerStatus> segments = publisher.processingStatus();
        if (segments.isEmpty()) {
            return false;
        }
        for (EventTrackerStatus segment : segments.values()) {
            if (segment.isErrorState()) {
                return true; // a failing publisher sends nothing more; the test that caused it fails on its own
            }
            try (Stream<? extends TrackedEventMessage<?>> unsent = store.readEvents(segment.getTrackingToken(), false)) {
                if (unsent.findAny().isPresent()) {
                    return false;
                }
            }
        }
        return true;
    }
}
