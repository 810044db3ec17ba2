package org.fyptracker.departments.web;

import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.platform.http.Caller;
import org.fyptracker.platform.http.CallerResolver;
import org.fyptracker.platform.http.idempotency.IdempotentRequests;
import org.fyptracker.platform.time.BusinessClock;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** What every write endpoint does around its command: who is calling, the Idempotency-Key, the command. */
@Component
class Writes {

    private final CommandGateway commands;
    private final IdempotentRequests idempotent;
    private final CallerResolver callers;
    private final BusinessClock clock;

    Writes(CommandGateway commands, IdempotentRequests idempotent, CallerResolver callers, BusinessClock clock) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.callers = callers;
        this.clock = clock;
    }

    /** A write whose answer may be replayed: {@code request} identifies it (operation, ids, body). */
    ResponseEntity<?> idempotent(String key, Object request, Function<Context, ResponseEntity<?>> action) {
        Caller caller = callers.current();
        return idempotent.execute(caller.idempotencyScope(), key, request, () -> action.apply(new Context(caller, key)));
    }

    /**
     * A write whose answer holds a client secret: never stored for replay (the idempotency store would keep
     * it in clear). Such writes are safe to repeat or refuse a repeat by themselves (see the callers).
     */
    <T> T once(Function<Context, T> action) {
        return action.apply(new Context(callers.current(), null));
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

        void send(Object command) {
            commands.sendAndWait(command);
        }
    }
}
