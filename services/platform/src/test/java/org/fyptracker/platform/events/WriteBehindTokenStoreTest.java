package org.fyptracker.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The stored token of a group that writes behind never passes what is stored: it is stored after the writes
 * queued before it, and after a failed write the processor starts again from the token stored before it.
 */
class WriteBehindTokenStoreTest {

    private static final String GROUP = "project-views";
    private final InMemoryTokenStore stored = new InMemoryTokenStore();
    private final WriteBehind writes = new WriteBehind(GROUP, 2);
    private final WriteBehindTokenStore tokens = new WriteBehindTokenStore(stored, List.of(writes));
    private final SlowStore slow = new SlowStore();

    @BeforeEach
    void segments() {
        stored.initializeTokenSegments(GROUP, 1);
        stored.initializeTokenSegments("indicator-views", 1);
    }

    @AfterEach
    void close() {
        slow.goOn();
        writes.close();
    }


    private static GlobalSequenceTrackingToken at(long position) {
        return new GlobalSequenceTrackingToken(position);
    }

    @Test
    void a_token_is_stored_only_after_the_batch_writes_queued_before_it() {
        writes.write(slow::store);
        tokens.storeToken(at(5), GROUP, 0);

        assertThat(stored.fetchToken(GROUP, 0)).as("the batch is still being stored").isNull();
        slow.goOn();
        writes.drain();
        assertThat(stored.fetchToken(GROUP, 0)).isEqualTo(at(5));
    }

    @Test
    void after_a_failed_write_the_claim_fails_and_the_processor_starts_again_from_the_token_stored_before_it() {
        AtomicInteger forgotten = new AtomicInteger();
        writes.onForget(forgotten::incrementAndGet);
        tokens.storeToken(at(5), GROUP, 0);
        writes.write(() -> {
            slow.store();
            throw new IllegalStateException("store unavailable");
        });
        tokens.storeToken(at(9), GROUP, 0);
        slow.goOn();

        assertThatThrownBy(writes::drain).hasMessageContaining("store unavailable");
        assertThatThrownBy(() -> tokens.extendClaim(GROUP, 0)).hasMessageContaining("store unavailable");
        assertThatThrownBy(() -> tokens.storeToken(at(10), GROUP, 0)).hasMessageContaining("store unavailable");
        tokens.releaseClaim(GROUP, 0);

        assertThat(forgotten).as("told at the release").hasValue(1);
        assertThat(tokens.fetchToken(GROUP, 0)).isEqualTo(at(5));
        tokens.storeToken(at(9), GROUP, 0);
        tokens.releaseClaim(GROUP, 0);
        assertThat(stored.fetchToken(GROUP, 0)).isEqualTo(at(9));
    }

    @Test
    void the_tokens_of_other_groups_are_stored_at_once() {
        writes.write(slow::store);

        tokens.storeToken(at(3), "indicator-views", 0);

        assertThat(stored.fetchToken("indicator-views", 0)).isEqualTo(at(3));
        assertThat(stored.fetchToken(GROUP, 0)).isNull();
    }

    @Test
    void a_failure_stays_until_every_segment_claimed_here_has_rolled_back_so_none_stores_a_token_past_a_skipped_write() {
        stored.initializeTokenSegments("two-segments", 2);
        WriteBehind shared = new WriteBehind("two-segments", 2);
        WriteBehindTokenStore twoSegments = new WriteBehindTokenStore(stored, List.of(shared));
        try {
            twoSegments.fetchToken("two-segments", 0);
            twoSegments.fetchToken("two-segments", 1);
            shared.write(() -> {
                throw new IllegalStateException("store unavailable");
            });
            assertThatThrownBy(shared::drain).hasMessageContaining("store unavailable");

            twoSegments.releaseClaim("two-segments", 0); // segment 0 rolls back; segment 1 has not noticed yet
            assertThatThrownBy(() -> twoSegments.storeToken(at(7), "two-segments", 1)).hasMessageContaining("store unavailable");
            twoSegments.releaseClaim("two-segments", 1);

            twoSegments.fetchToken("two-segments", 1);
            twoSegments.storeToken(at(7), "two-segments", 1);
            shared.drain();
            assertThat(stored.fetchToken("two-segments", 1)).isEqualTo(at(7));
        } finally {
            shared.close();
        }
    }
}
