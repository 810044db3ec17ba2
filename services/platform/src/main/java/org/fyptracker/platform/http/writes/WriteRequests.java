package org.fyptracker.platform.http.writes;

import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.fyptracker.platform.http.Caller;
import org.fyptracker.platform.http.CallerResolver;
import org.fyptracker.platform.http.idempotency.IdempotentRequests;
import org.fyptracker.platform.time.BusinessClock;
import org.springframework.http.ResponseEntity;

/**
 * What every write endpoint does around its commands: find who is calling (from the verified token), hold
 * the request's Idempotency-Key, and hand the action a {@link WriteRequest} that stamps each command with
 * the caller's provenance and sends it.
 */
public class WriteRequests {

    private final CommandGateway commands;
    private final IdempotentRequests idempotent;
    private final CallerResolver callers;
    private final BusinessClock clock;

    public WriteRequests(CommandGateway commands, IdempotentRequests idempotent, CallerResolver callers, BusinessClock clock) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.callers = callers;
        this.clock = clock;
    }

    /**
     * A write whose answer is replayed for a repeated Idempotency-Key.
     *
     * @param key     the Idempotency-Key header, or null
     * @param request what identifies the request for that key: operation, ids, body
     */
    public ResponseEntity<?> execute(String key, Object request, Function<WriteRequest, ResponseEntity<?>> action) {
        Caller caller = callers.current();
        return idempotent.execute(caller.idempotencyScope(), key, request,
                () -> action.apply(new WriteRequest(caller, key, clock, commands)));
    }

    /**
     * A write whose answer must never be stored for replay (it holds a secret): run as it comes, without an
     * Idempotency-Key. Only for writes that are safe to repeat, or refuse a repeat, by themselves.
     */
    public <T> T once(Function<WriteRequest, T> action) {
        return action.apply(new WriteRequest(callers.current(), null, clock, commands));
    }
}
