package org.fyptracker.platform.commands;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a command again when it lost a race: another writer (another replica, or this one on a copy it had
 * cached) stored events of the same aggregate first, so its own append was refused by the event store's unique
 * sequence index. The command is decided again on the stored aggregate, at most {@code maxRetries} times, after
 * a short pause. Every other failure is the command's answer and goes back as it is: Axon's own interval
 * scheduler would also retry a lost database connection, which the request's caller should hear about instead.
 */
public class ConflictRetries implements RetryScheduler, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ConflictRetries.class);

    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2, r -> {
        Thread thread = new Thread(r, "command-retries");
        thread.setDaemon(true);
        return thread;
    });
    private final int maxRetries;
    private final long pauseMillis;

    /** @param pauseMillis the pause before the first retry; the n-th waits n times as long */
    public ConflictRetries(int maxRetries, long pauseMillis) {
        this.maxRetries = maxRetries;
        this.pauseMillis = pauseMillis;
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable commandDispatch) {
        if (!(lastFailure instanceof ConcurrencyException) || failures.size() > maxRetries) {
            return false;
        }
        log.info("command lost a race and is sent again command={} attempt={} cause=\"{}\"",
                commandMessage.getPayloadType().getSimpleName(), failures.size() + 1, lastFailure.getMessage());
        try {
            executor.schedule(commandDispatch, pauseMillis * failures.size(), TimeUnit.MILLISECONDS);
            return true;
        } catch (RejectedExecutionException shuttingDown) {
            return false;
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
