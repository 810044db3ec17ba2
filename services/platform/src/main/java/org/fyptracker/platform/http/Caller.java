package org.fyptracker.platform.http;

import java.time.Instant;
import org.fyptracker.contracts.Provenance;

/**
 * Who is calling: the department a client acts for and the client's id. Taken from the verified access
 * token, never from a header a caller could set.
 */
public record Caller(String department, String client) {

    public static final Caller ANONYMOUS = new Caller(null, "anonymous");

    public Provenance provenance(Instant recordedAt, String idempotencyKey) {
        return new Provenance(department, client, recordedAt, idempotencyKey);
    }

    /** The key space of this caller's Idempotency-Keys. */
    public String idempotencyScope() {
        return client;
    }
}
