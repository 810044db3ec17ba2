package org.fyptracker.platform.security;

import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.fyptracker.platform.http.Caller;
import org.fyptracker.platform.http.CallerResolver;

/**
 * Puts the verified caller on every command sent while handling an authenticated request, so the
 * aggregate can check the caller's authority against its own state. Runs on the sending thread, where the
 * security context of the request is.
 */
public class CallerMetaData implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final CallerResolver callers;

    public CallerMetaData(CallerResolver callers) {
        this.callers = callers;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Caller caller = callers.current();
            if (caller == null || caller == Caller.ANONYMOUS || caller.scopes().isEmpty()) {
                return command;
            }
            return command.andMetaData(CallerAuthority.of(caller).toMetaData());
        };
    }
}
