package org.fyptracker.contracts.inbound;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One record on a service's inbound topic (not a CloudEvent): a department system's write, as the REST call
 * it stands for. The record value carries the operation, the ids of the REST path, the Idempotency-Key and
 * the REST body; the sender's access token travels in the record header {@link #AUTHORIZATION}.
 */
public interface InboundRecord {

    /** Record header with {@code Bearer <access token>}, as the HTTP header of the same name. */
    String AUTHORIZATION = "authorization";

    /** What the record asks for, named after the REST endpoint it mirrors; null when the sender left it out. */
    Enum<?> operation();

    /** Required, as on REST; the outcome record is keyed by it. */
    String idempotencyKey();

    /** The REST request body. */
    JsonNode body();
}
