package org.fyptracker.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A group's batch writes are stored in order behind its processor, which never runs more than a few ahead. */
class WriteBehindTest {

    private final WriteBehind writes = new WriteBehind("project-views", 1);
    private final List<String> stored = new CopyOnWriteArrayList<>();
    private final SlowStore slow = new SlowStore();

    @AfterEach
    void close() {
        slow.goOn();
        writes.close();
    }


    @Test
    void writes_and_what_follows_them_are_stored_in_the_order_queued_on_a_thread_of_their_own() {
        String processor = Thread.currentThread().getName();
        writes.write(() -> stored.add("batch 1 on " + (Thread.currentThread().getName().equals(processor) ? "processor" : "writer")));
        writes.afterWrites(() -> stored.add("token 1"));
        writes.write(() -> stored.add("batch 2"));
        writes.afterWrites(() -> stored.add("token 2"));

        writes.drain();

        assertThat(stored).containsExactly("batch 1 on writer", "token 1", "batch 2", "token 2");
        assertThat(writes.idle()).isTrue();
    }

    @Test
    void the_processor_waits_while_as_many_writes_as_allowed_are_queued() throws Exception {
        writes.write(() -> {
            slow.store();
            stored.add("batch 1");
        });
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> writes.write(() -> stored.add("batch 2")));

        Thread.sleep(300);
        assertThat(second).as("queued while batch 1 is being stored").isNotDone();
        assertThat(writes.idle()).isFalse();
        slow.goOn();
        second.get(10, TimeUnit.SECONDS);
        writes.drain();
        assertThat(stored).containsExactly("batch 1", "batch 2");
    }

    @Test
    void a_failed_write_fails_what_comes_next_and_what_was_queued_behind_it_is_not_stored() {
        writes.write(() -> {
            slow.store();
            throw new IllegalStateException("store unavailable");
        });
        writes.afterWrites(() -> stored.add("token 1"));
        slow.goOn();

        assertThatThrownBy(writes::drain).hasMessageContaining("store unavailable");
        assertThatThrownBy(() -> writes.write(() -> stored.add("batch 2"))).hasMessageContaining("store unavailable");
        assertThatThrownBy(() -> writes.afterWrites(() -> stored.add("token 2"))).hasMessageContaining("store unavailable");
        assertThatThrownBy(writes::throwIfFailed).isInstanceOf(IllegalStateException.class);
        assertThat(stored).isEmpty();
    }

    @Test
    void once_its_failure_is_cleared_the_writer_stores_again_and_holders_are_told_to_forget() {
        AtomicInteger forgotten = new AtomicInteger();
        writes.onForget(forgotten::incrementAndGet);
        writes.write(() -> {
            throw new IllegalStateException("store unavailable");
        });
        assertThatThrownBy(writes::drain).hasMessageContaining("store unavailable");

        writes.forgetHeld();
        writes.clearFailure();
        writes.write(() -> stored.add("batch 1 again"));
        writes.drain();

        assertThat(forgotten).hasValue(1);
        assertThat(stored).containsExactly("batch 1 again");
    }
}
