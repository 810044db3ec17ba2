package org.fyptracker.projects.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.ProblemDetail;

/**
 * What became of one inbound record, on {@code fyp.reports.outcomes.v1} keyed by its Idempotency-Key:
 * ACCEPTED with the REST answer's status and body (the created id), or REJECTED with the problem.
 */
public record ReportOutcome(String idempotencyKey, String outcome, int status, JsonNode result, ProblemDetail problem,
                            String topic, int partition, long offset) {

    static ReportOutcome accepted(String key, int status, JsonNode result, Source source) {
        return new ReportOutcome(key, "ACCEPTED", status, result, null, source.topic(), source.partition(), source.offset());
    }

    static ReportOutcome rejected(String key, ProblemDetail problem, Source source) {
        return new ReportOutcome(key, "REJECTED", problem.getStatus(), null, problem, source.topic(), source.partition(), source.offset());
    }

    /** Where the inbound record was, so a sender can match outcomes without a key. */
    record Source(String topic, int partition, long offset) {
    }
}
