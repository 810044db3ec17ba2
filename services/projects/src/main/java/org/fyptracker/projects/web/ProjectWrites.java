package org.fyptracker.projects.web;

import java.net.URI;
import java.util.Map;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.platform.http.writes.WriteRequest;
import org.springframework.http.ResponseEntity;

/** What the projects' write endpoints add to the platform's {@link WriteRequest}: ids and answers. */
final class ProjectWrites {

    private static final String ID = "^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$";

    private ProjectWrites() {
    }

    /** Ids end up in Mongo queries and URLs: only plain characters (no traversal, no operators). */
    static void checkId(String id, String field) {
        if (id == null || !id.matches(ID)) {
            throw RuleViolation.invalid("id-format", field, field + " must be 1–80 letters, digits, '.', '_' or '-'");
        }
    }

    /** The id of what {@code request} creates: the same for every retry under its Idempotency-Key. */
    static String newId(WriteRequest request, String kind) {
        return RequestIds.newId(kind, request.caller().idempotencyScope(), request.key());
    }

    static ResponseEntity<?> created(String projectId, String id) {
        return ResponseEntity.created(URI.create("/api/v1/tracking/projects/" + projectId)).body(Map.of("id", id));
    }

    static ResponseEntity<?> accepted(String projectId) {
        return ResponseEntity.ok().location(URI.create("/api/v1/tracking/projects/" + projectId))
                .body(Map.of("id", projectId));
    }
}
