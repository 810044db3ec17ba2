package org.fyptracker.indicators.web;

import java.net.URI;
import java.util.Map;
import java.util.function.Function;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.indicators.indicator.IndicatorCodes;
import org.fyptracker.platform.http.Caller;
import org.fyptracker.platform.http.CallerResolver;
import org.fyptracker.platform.http.idempotency.IdempotentRequests;
import org.fyptracker.platform.time.BusinessClock;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** What every write endpoint does around its command: who is calling, the Idempotency-Key, the answer. */
@Component
class CommandRequests {

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

    /** One write request: {@code request} identifies it for the Idempotency-Key (operation, code, body). */
    ResponseEntity<?> execute(String key, Object request, Function<Context, ResponseEntity<?>> action) {
        Caller caller = callers.current();
        return idempotent.execute(caller.idempotencyScope(), key, request,
                () -> action.apply(new Context(caller, key)));
    }

    /** Codes end up in Mongo queries and URLs: only the catalog's indicator codes. */
    static void checkCode(String code) {
        if (!IndicatorCodes.isIndicatorCode(code)) {
            throw RuleViolation.invalid("indicator-code-format", "code",
                    "'" + code + "' is not an indicator code such as FZ-15.I04 or FZ-15.I14.1");
        }
    }

    /** The evaluation and history of the indicator are read from the tracking service. */
    static URI trackingOf(String code) {
        return URI.create("/api/v1/tracking/indicators/" + code);
    }

    static ResponseEntity<?> created(String code, Map<String, Object> body) {
        return ResponseEntity.created(trackingOf(code)).body(body);
    }

    static ResponseEntity<?> accepted(String code) {
        return ResponseEntity.ok().location(trackingOf(code)).body(Map.of("code", code));
    }

    /** The request being handled. */
    final class Context {
        private final Caller caller;
        private final String key;

        private Context(Caller caller, String key) {
            this.caller = caller;
            this.key = key;
        }

        Provenance provenance() {
            return caller.provenance(clock.now(), key);
        }

        /** Sends to an existing indicator: an unknown code is a problem naming the indicator, not a bare 404. */
        void send(String code, Object command) {
            try {
                commands.sendAndWait(command);
            } catch (AggregateNotFoundException missing) {
                throw unknown(code);
            } catch (CommandExecutionException failed) {
                if (failed.getCause() instanceof AggregateNotFoundException) {
                    throw unknown(code);
                }
                throw failed;
            }
        }

        void create(Object command) {
            commands.sendAndWait(command);
        }

        private RuleViolation unknown(String code) {
            return RuleViolation.notFound("indicator-defined", "code", "no indicator " + code
                    + " is defined; the plan catalog defines indicators before they are reported");
        }
    }
}
