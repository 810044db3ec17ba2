package org.fyptracker.projects.web;

import java.net.URI;
import java.util.Map;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.platform.http.Caller;
import org.fyptracker.platform.http.CallerResolver;
import org.fyptracker.platform.http.idempotency.IdempotentRequests;
import org.fyptracker.platform.time.BusinessClock;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** What every write endpoint does around its command: who is calling, the Idempotency-Key, the answer. */
@Component
class CommandRequests {

    private static final String ID = "^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$";

    private final CommandGateway commands;
    private final IdempotentRequests idempotent;
    private final CallerResolver callers;
    private final BusinessClock clock;

    CommandRequests(CommandGateway commands, IdempotentRequests idempotent, CallerResolver callers, BusinessClock clock) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.callers = callers;
        this.clock = clock;
    }

    /** One write request: {@code request} identifies it for the Idempotency-Key (operation, ids, body). */
    ResponseEntity<?> execute(String key, Object request, Function<Context, ResponseEntity<?>> action) {
        Caller caller = callers.current();
        return idempotent.execute(caller.idempotencyScope(), key, request,
                () -> action.apply(new Context(caller, key)));
    }

    /** Ids end up in Mongo queries and URLs: only plain characters (no traversal, no operators). */
    static void checkId(String id, String field) {
        if (id == null || !id.matches(ID)) {
            throw RuleViolation.invalid("id-format", field, field + " must be 1–80 letters, digits, '.', '_' or '-'");
        }
    }

    static ResponseEntity<?> created(String projectId, String id) {
        return ResponseEntity.created(URI.create("/api/v1/tracking/projects/" + projectId)).body(Map.of("id", id));
    }

    static ResponseEntity<?> accepted(String projectId) {
        return ResponseEntity.ok().location(URI.create("/api/v1/tracking/projects/" + projectId))
                .body(Map.of("id", projectId));
    }

    /** The request being handled. */
    final class Context {
        final Caller caller;
        final String key;

        private Context(Caller caller, String key) {
            this.caller = caller;
            this.key = key;
        }

        Provenance provenance() {
            return caller.provenance(clock.now(), key);
        }

        String newId(String kind) {
            return RequestIds.newId(kind, caller.idempotencyScope(), key);
        }

        void send(Object command) {
            commands.sendAndWait(command);
        }
    }
}
