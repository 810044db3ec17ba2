package org.fyptracker.departments.client;

import java.time.Instant;
import java.util.List;

/** What the admin API shows of a client: everything but the secret's hash. */
public record ClientSummary(
        String clientId,
        String department,
        List<String> scopes,
        String status,
        Instant registeredAt,
        Instant secretRotatedAt,
        Instant revokedAt) {
}
