package org.fyptracker.tracking.deadletters;

import java.time.Instant;

/**
 * One parked event as the admin endpoint shows it.
 *
 * @param eventId           the event's id (the CloudEvent id): what retry and drop name
 * @param processingGroup   the read model that could not apply it
 * @param aggregateId       whose events are parked behind it (the CloudEvent subject)
 * @param aggregateSequence the event's sequence number within its aggregate
 * @param positionInQueue   0 for the event that failed; later events of the same aggregate wait behind it
 * @param type              the event type
 * @param errorType         the exception's class, null for an event parked only because an earlier one failed
 * @param errorMessage      its message
 * @param enqueuedAt        when it was parked
 * @param lastTouched       when it was last tried
 */
public record DeadLetterView(String eventId, String processingGroup, String aggregateId, Long aggregateSequence,
                             int positionInQueue, String type, String errorType, String errorMessage,
                             Instant enqueuedAt, Instant lastTouched) {
}
