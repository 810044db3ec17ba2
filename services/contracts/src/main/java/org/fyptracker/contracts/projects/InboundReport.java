package org.fyptracker.contracts.projects;

import com.fasterxml.jackson.databind.JsonNode;
import org.fyptracker.contracts.inbound.InboundRecord;

/**
 * One record on {@code fyp.reports.inbound.v1}: the same JSON body as the REST call it stands for, with
 * the operation, the ids from the REST path, and the Idempotency-Key (docs/projects.md).
 *
 * @param operation      REGISTER_PROJECT, PLAN_MILESTONE or REPORT_MILESTONE
 * @param idempotencyKey required, as on REST; the outcome record is keyed by it
 * @param projectId      for PLAN_MILESTONE and REPORT_MILESTONE
 * @param milestoneId    for REPORT_MILESTONE
 * @param body           the REST request body
 */
public record InboundReport(Operation operation, String idempotencyKey, String projectId, String milestoneId,
                            JsonNode body) implements InboundRecord {

    /** What the record asks for, named after the REST endpoint it mirrors. */
    public enum Operation { REGISTER_PROJECT, PLAN_MILESTONE, REPORT_MILESTONE }
}
