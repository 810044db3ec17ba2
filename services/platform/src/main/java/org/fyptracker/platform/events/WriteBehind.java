package org.fyptracker.platform.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One processing group's batch writes, stored in order on a thread of their own while the processor goes on
 * with its next batch, and the group's tokens stored after the writes they follow ({@link WriteBehindTokenStore}),
 * so the stored token never passes what is stored. Without it a batch is read and folded by the processor and then
 * stored by MongoDB, one after the other, each waiting for the other (docs/benchmarks.md, finding 36).
 * <p>
 * At most {@code maxQueued} batch writes wait at a time; the processor waits for room beyond that, so it is never
 * more than that many batches ahead of the store. A write that fails fails the group's next batch and its next token
 * operation, and everything queued after it is skipped: the processor rolls back, releases its claim, and handles
 * the events again from the last token stored. Whoever holds state that may not be stored registers to forget it
 * ({@link #onForget}); that happens whenever a claim of the group is released or taken again.
 */
public final class WriteBehind implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WriteBehind.class);

    private final String group;
    private final Semaphore room;
    private final ExecutorService writer;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final List<Runnable> forgets = new CopyOnWriteArrayList<>();

    public WriteBehind(String group, int maxQueued) {
        this.group = group;
        this.room = new Semaphore(maxQueued);
        this.writer = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "write-behind-" + group);
            thread.setDaemon(true);
            return thread;
        });
    }

    public String group() {
        return group;
    }

    /** Runs when a claim of the group is released or taken again: state held for writes not stored is forgotten. */
    public void onForget(Runnable forget) {
        forgets.add(forget);
    }

    /** Queues one batch's write, waiting while {@code maxQueued} are queued; fails if an earlier write failed. */
    public void write(Runnable batchWrite) {
        throwIfFailed();
        try {
            room.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting to queue a write of group " + group, e);
        }
        queue(batchWrite, room::release);
    }

    /** Queues what must be stored only after every write queued before it (the processor's token). */
    public void afterWrites(Runnable write) {
        throwIfFailed();
        queue(write, () -> { });
    }

    private void queue(Runnable write, Runnable finished) {
        queued.incrementAndGet();
        writer.execute(() -> {
            try {
                if (failure.get() == null) {
                    write.run();
                }
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
                log.warn("write-behind failed group={}: its next batch fails and is handled again from the last token stored",
                        group, e);
            } finally {
                queued.decrementAndGet();
                finished.run();
            }
        });
    }

    /** Throws the failure of an earlier write, if one failed and was not cleared since. */
    public void throwIfFailed() {
        Throwable failed = failure.get();
        if (failed != null) {
            throw new IllegalStateException("an earlier write of group " + group + " failed: " + failed.getMessage(), failed);
        }
    }

    /** Waits until everything queued so far has been stored (or skipped after a failure); then throws a failure. */
    public void drain() {
        Future<?> marker = writer.submit(() -> { });
        try {
            marker.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for the writes of group " + group, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        throwIfFailed();
    }

    /** Nothing queued and nothing being stored. */
    public boolean idle() {
        return queued.get() == 0;
    }

    /** Tells those holding state that may not be stored to forget it. */
    public void forgetHeld() {
        forgets.forEach(Runnable::run);
    }

    /** Lets writes run again after a failure, once every processor that queued behind it has rolled back. */
    public void clearFailure() {
        failure.set(null);
    }

    /** Stores what is queued (the processors have stopped by now), for up to ten seconds, then stops the writer. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("write-behind stopped group={} with writes still queued: they are handled again at the next start", group);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
