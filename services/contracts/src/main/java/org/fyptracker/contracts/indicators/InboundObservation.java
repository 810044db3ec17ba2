package org.fyptracker.contracts.indicators;

import com.fasterxml.jackson.databind.JsonNode;
import org.fyptracker.contracts.inbound.InboundRecord;

/**
 * One record on {@code fyp.observations.inbound.v1}: an observation or a revision as its REST call, with
 * the operation, the ids from the REST path and the Idempotency-Key (docs/indicators.md).
 *
 * @param operation      RECORD_OBSERVATION ({@code POST /api/v1/indicators/{code}/observations}) or
 *                       REVISE_OBSERVATION ({@code POST …/observations/{period}/revisions})
 * @param idempotencyKey required, as on REST; the outcome record is keyed by it
 * @param code           the indicator code, e.g. {@code FZ-15.I04}
 * @param period         for REVISE_OBSERVATION: the period revised ({@code 2026}, {@code 2026Q2})
 * @param body           the REST request body
 */
public record InboundObservation(Operation operation, String idempotencyKey, String code, String period,
                                 JsonNode body) implements InboundRecord {

    /** What the record asks for, named after the REST endpoint it mirrors. */
    public enum Operation { RECORD_OBSERVATION, REVISE_OBSERVATION }
}
