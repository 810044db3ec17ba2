package org.fyptracker.tracking.deadletters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.platform.events.EventStreamProperties;
import org.fyptracker.tracking.rebuild.RebuildableReadModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The parked events of every processing group: list, retry (the failed event and the ones parked behind it,
 * through the same handlers, in order) and drop. A rebuild empties the queues: it replays every event anyway.
 */
@Component
public class DeadLetters implements RebuildableReadModel {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final EventProcessingConfiguration processing;
    private final EventStreamProperties events;

    public DeadLetters(EventProcessingConfiguration processing, EventStreamProperties events) {
        this.processing = processing;
        this.events = events;
    }

    public List<DeadLetterView> list(String group) {
        List<DeadLetterView> letters = new ArrayList<>();
        for (String name : groups(group)) {
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue(name).deadLetters()) {
                int position = 0;
                for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                    letters.add(view(name, letter, position++));
                }
            }
        }
        return letters;
    }

    /** Sizes per processing group. */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String name : events.processors()) {
            counts.put(name, queue(name).size());
        }
        return counts;
    }

    /**
     * Retries the sequence that holds {@code eventId}, from its head: each event is handled again in order; the
     * first that fails again stays parked (with the new error), and so does everything behind it.
     *
     * @return the letters still parked for that aggregate afterwards
     */
    public RetryOutcome retry(String eventId) {
        Found found = find(eventId);
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processor(found.group());
        boolean succeeded = processor.process(letter -> letter.message().getIdentifier().equals(found.headId()));
        long left = list(found.group()).stream()
                .filter(letter -> java.util.Objects.equals(letter.aggregateId(), found.aggregateId())).count();
        log.info("dead letters retried group={} aggregate={} head={} succeeded={} stillParked={}", found.group(),
                found.aggregateId(), found.headId(), succeeded, left);
        return new RetryOutcome(found.group(), found.aggregateId(), succeeded && left == 0, left);
    }

    /** Retries every parked sequence of every group once; returns how many sequences were cleared. */
    public int retryAll() {
        int cleared = 0;
        for (String name : events.processors()) {
            long sequences = queue(name).amountOfSequences();
            for (long i = 0; i < sequences; i++) {
                if (processor(name).processAny()) {
                    cleared++;
                }
            }
        }
        log.info("dead letters retried all cleared={}", cleared);
        return cleared;
    }

    /** Drops one parked event for good: the read model will never apply it (the next one behind it moves up). */
    public DeadLetterView drop(String eventId) {
        Found found = find(eventId);
        queue(found.group()).evict(found.letter());
        log.warn("dead letter dropped group={} aggregate={} event={} type={}", found.group(), found.aggregateId(), eventId,
                found.view().type());
        return found.view();
    }

    @Override
    public void drop() {
        for (String name : events.processors()) {
            queue(name).clear();
        }
    }

    @Override
    public List<String> collections() {
        return List.of("deadletters");
    }

    public record RetryOutcome(String processingGroup, String aggregateId, boolean cleared, long stillParked) {
    }

    private record Found(String group, String headId, String aggregateId,
                         DeadLetter<? extends EventMessage<?>> letter, DeadLetterView view) {
    }

    private Found find(String eventId) {
        for (String name : events.processors()) {
            SequencedDeadLetterQueue<EventMessage<?>> queue = queue(name);
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
                int position = 0;
                String head = null;
                for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                    if (head == null) {
                        head = letter.message().getIdentifier();
                    }
                    if (letter.message().getIdentifier().equals(eventId)) {
                        DeadLetterView view = view(name, letter, position);
                        return new Found(name, head, view.aggregateId(), letter, view);
                    }
                    position++;
                }
            }
        }
        throw RuleViolation.notFound("unknown-dead-letter", "eventId", "no parked event " + eventId);
    }

    private static DeadLetterView view(String group, DeadLetter<? extends EventMessage<?>> letter, int position) {
        EventMessage<?> message = letter.message();
        String aggregateId = null;
        Long sequence = null;
        if (message instanceof DomainEventMessage<?> domain) {
            aggregateId = domain.getAggregateIdentifier();
            sequence = domain.getSequenceNumber();
        }
        String type = message instanceof DomainEventMessage<?> domain && domain.getType() != null
                ? domain.getType() : message.getPayloadType().getSimpleName();
        return new DeadLetterView(message.getIdentifier(), group, aggregateId, sequence, position, type,
                letter.cause().map(c -> c.type()).orElse(null), letter.cause().map(c -> c.message()).orElse(null),
                letter.enqueuedAt(), letter.lastTouched());
    }

    private List<String> groups(String group) {
        if (group == null || group.isBlank()) {
            return events.processors();
        }
        if (!events.processors().contains(group)) {
            throw RuleViolation.notFound("unknown-processing-group", "group", "no processing group " + group
                    + "; there are " + events.processors());
        }
        return List.of(group);
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String group) {
        Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue = processing.deadLetterQueue(group);
        return queue.orElseThrow(() -> new IllegalStateException("no dead-letter queue for " + group));
    }

    private SequencedDeadLetterProcessor<EventMessage<?>> processor(String group) {
        return processing.sequencedDeadLetterProcessor(group)
                .orElseThrow(() -> new IllegalStateException("no dead-letter processor for " + group));
    }
}
