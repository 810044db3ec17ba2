package org.fyptracker.departments.client;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A machine client as the authorization server needs it. {@code secretHash} is BCrypt; the secret itself
 * is stored nowhere. Never returned by the API as such (see {@link ClientSummary}).
 */
@Document("machine_clients")
public record ClientView(
        @Id String clientId,
        String department,
        List<String> scopes,
        String secretHash,
        boolean revoked,
        Instant registeredAt,
        Instant secretRotatedAt,
        Instant revokedAt) {

    public ClientSummary summary() {
        return new ClientSummary(clientId, department, scopes, revoked ? "REVOKED" : "ACTIVE", registeredAt,
                secretRotatedAt, revokedAt);
    }
}
