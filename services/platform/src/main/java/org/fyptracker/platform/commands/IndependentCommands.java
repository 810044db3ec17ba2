package org.fyptracker.platform.commands;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Sends commands from an event handler each in a unit of work of its own. Sent directly, a command
 * would join the event processor's unit of work: its events are stored only when the whole batch
 * commits, a duplicate creation surfaces at that commit rather than at the send, and one refused
 * command rolls back every other command of the batch (which then replays forever). On its own
 * thread each command commits, or fails, by itself before the next one is sent.
 */
public class IndependentCommands implements AutoCloseable {

    private final CommandGateway commands;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "independent-commands");
        thread.setDaemon(true);
        return thread;
    });

    public IndependentCommands(CommandGateway commands) {
        this.commands = commands;
    }

    /** Sends the command, waits for its own unit of work to commit, and rethrows what it was refused with. */
    public <R> R sendAndWait(Object command) {
        Future<R> result = sender.submit(() -> commands.sendAndWait(command));
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException refused) {
                throw refused;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending " + command.getClass().getSimpleName(), e);
        }
    }

    @Override
    public void close() {
        sender.shutdownNow();
    }
}
