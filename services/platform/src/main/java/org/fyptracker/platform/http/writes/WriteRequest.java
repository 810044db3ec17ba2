package org.fyptracker.platform.http.writes;

import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.platform.http.Caller;
import org.fyptracker.platform.time.BusinessClock;

/** The write request being handled: who sent it, under which Idempotency-Key, and how its commands go out. */
public final class WriteRequest {

    private final Caller caller;
    private final String key;
    private final BusinessClock clock;
    private final CommandGateway commands;

    WriteRequest(Caller caller, String key, BusinessClock clock, CommandGateway commands) {
        this.caller = caller;
        this.key = key;
        this.clock = clock;
        this.commands = commands;
    }

    public Caller caller() {
        return caller;
    }

    /** The Idempotency-Key, or null when the request has none. */
    public String key() {
        return key;
    }

    /** Who caused the events of this request, recorded now (business clock), with its Idempotency-Key. */
    public Provenance provenance() {
        return caller.provenance(clock.now(), key);
    }

    /** Sends a command and waits until its events are stored, or rethrows what it was refused with. */
    public void send(Object command) {
        commands.sendAndWait(command);
    }

    /**
     * Sends a command to an aggregate that must already exist: when it does not, {@code whenUnknown} is thrown
     * instead (a problem naming the thing, rather than a bare unknown id).
     */
    public void send(Object command, Supplier<? extends RuntimeException> whenUnknown) {
        try {
            commands.sendAndWait(command);
        } catch (AggregateNotFoundException missing) {
            throw whenUnknown.get();
        } catch (CommandExecutionException failed) {
            if (failed.getCause() instanceof AggregateNotFoundException) {
                throw whenUnknown.get();
            }
            throw failed;
        }
    }
}
