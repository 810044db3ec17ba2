package org.fyptracker.platform.events;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A store that holds each write until the test lets it go on: what is queued behind the write stays queued meanwhile. */
final class SlowStore {

    private final CountDownLatch mayGoOn = new CountDownLatch(1);

    /** Runs as (part of) a write on the writer's thread: waits up to ten seconds for {@link #goOn}. */
    void store() {
        try {
            mayGoOn.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void goOn() {
        mayGoOn.countDown();
    }
}
