package org.fyptracker.tracking.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A held read model is read again exactly when its version moved, and only then. */
class HeldPerVersionTest {

    /** The counter as MongoDB would answer it, without MongoDB: only the version matters here. */
    static final class Counter extends ReadModelVersions {
        long version;

        Counter() {
            super(null);
        }

        @Override
        public long current(String readModel) {
            return version;
        }
    }

    @Test
    void the_read_model_is_read_once_while_its_version_stays_and_again_after_every_change() {
        Counter versions = new Counter();
        AtomicInteger reads = new AtomicInteger();
        HeldPerVersion<String> held = new HeldPerVersion<>(versions, "project_views", () -> "read " + reads.incrementAndGet());

        assertThat(held.get()).isEqualTo("read 1");
        assertThat(held.get()).isEqualTo("read 1");
        versions.version = 1;
        assertThat(held.get()).isEqualTo("read 2");
        assertThat(held.get()).isEqualTo("read 2");
        versions.version = 2;
        assertThat(held.get()).isEqualTo("read 3");
        assertThat(reads).hasValue(3);
    }

    @Test
    void an_empty_database_whose_counter_was_never_raised_is_still_read_once() {
        HeldPerVersion<String> held = new HeldPerVersion<>(new Counter(), "indicator_views", () -> "empty");
        assertThat(held.get()).isEqualTo("empty");
    }
}
