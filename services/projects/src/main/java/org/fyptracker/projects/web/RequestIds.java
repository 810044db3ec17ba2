package org.fyptracker.projects.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Ids for what a request creates. Under an Idempotency-Key the id is derived from the key, so a retry of
 * a request whose first attempt crashed half-way lands on the same project or milestone, not a new one.
 */
final class RequestIds {

    private RequestIds() {
    }

    static String newId(String kind, String scope, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return UUID.randomUUID().toString();
        }
        return UUID.nameUUIDFromBytes((kind + "|" + scope + "|" + idempotencyKey).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
