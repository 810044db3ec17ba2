package org.fyptracker.platform.http;

import java.time.Instant;
import java.util.Set;
import org.fyptracker.contracts.Provenance;

/**
 * Who is calling: the department a client acts for, the client's id and the token's scopes. Taken from the
 * verified access token, never from a header a caller could set.
 */
public record Caller(String department, String client, Set<String> scopes) {

    public static final Caller ANONYMOUS = new Caller(null, "anonymous", Set.of());

    public Caller {
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
    }

    public Caller(String department, String client) {
        this(department, client, Set.of());
    }

    public boolean has(String scope) {
        return scopes.contains(scope);
    }

    public Provenance provenance(Instant recordedAt, String idempotencyKey) {
        return new Provenance(department, client, recordedAt, idempotencyKey);
    }

    /** The key space of this caller's Idempotency-Keys. */
    public String idempotencyScope() {
        return client;
    }
}
