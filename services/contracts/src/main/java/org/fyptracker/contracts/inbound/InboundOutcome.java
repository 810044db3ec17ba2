package org.fyptracker.contracts.inbound;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What became of one inbound record, on the service's outcomes topic keyed by the record's Idempotency-Key
 * (or {@code topic-partition-offset} when it had none): ACCEPTED with the status and body the REST call would
 * have answered, or REJECTED with the RFC 9457 problem it would have answered. Where the inbound record was
 * lets a sender match outcomes without a key.
 */
public record InboundOutcome(String idempotencyKey, Outcome outcome, int status, JsonNode result, JsonNode problem,
                             String topic, int partition, long offset) {

    public enum Outcome { ACCEPTED, REJECTED }

    /** Where an inbound record was read. */
    public record Source(String topic, int partition, long offset) {

        /** The outcome's key for a record that named no Idempotency-Key. */
        public String key() {
            return topic + "-" + partition + "-" + offset;
        }
    }

    public static InboundOutcome accepted(String key, int status, JsonNode result, Source source) {
        return new InboundOutcome(key, Outcome.ACCEPTED, status, result, null, source.topic(), source.partition(), source.offset());
    }

    public static InboundOutcome rejected(String key, int status, JsonNode problem, Source source) {
        return new InboundOutcome(key, Outcome.REJECTED, status, null, problem, source.topic(), source.partition(), source.offset());
    }
}
