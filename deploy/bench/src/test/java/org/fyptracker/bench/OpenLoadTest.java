package org.fyptracker.bench;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenLoadTest {

    @Test
    void requestsAreDueOnAFixedScheduleWhateverTheAnswersDo() {
        assertEquals(0, OpenLoad.dueOffsetNanos(0, 100));
        assertEquals(10_000_000, OpenLoad.dueOffsetNanos(1, 100));
        assertEquals(1_000_000_000, OpenLoad.dueOffsetNanos(100, 100));
    }

    @Test
    void aStallShowsInTheLatencyOfEveryRequestDueDuringIt() {
        // One server thread that stalls 300 ms on the first measured request: a closed loop would record one slow
        // request; the open model records the queue that built up behind it.
        ScheduledExecutorService server = Executors.newSingleThreadScheduledExecutor();
        long[] busyUntil = {0};
        OpenLoad.Op op = seq -> {
            CompletableFuture<Integer> f = new CompletableFuture<>();
            synchronized (busyUntil) {
                long now = System.nanoTime();
                long start = Math.max(now, busyUntil[0]);
                long service = seq == 20 ? 300_000_000L : 1_000_000L;
                busyUntil[0] = start + service;
                server.schedule(() -> f.complete(200), busyUntil[0] - now, TimeUnit.NANOSECONDS);
            }
            return f;
        };
        OpenLoad.Result r = OpenLoad.fixedRate("stall", op, 100, 0.1, 1.0, 1000);
        server.shutdown();
        assertEquals(0, r.failed());
        assertTrue(r.ok() >= 95, "answers " + r.ok());
        // about 30 requests were due during the stall: well over 1% of 100, so p99 shows it
        assertTrue(r.percentileMillis(99) > 200, "p99 " + r.percentileMillis(99));
        assertTrue(r.percentileMillis(50) < 100, "p50 " + r.percentileMillis(50));
        assertTrue(r.sustained());
    }

    @Test
    void tooManyOutstandingIsReportedAsNotSustained() {
        ScheduledExecutorService server = Executors.newSingleThreadScheduledExecutor();
        OpenLoad.Result r = OpenLoad.fixedRate("slow", seq -> {
            CompletableFuture<Integer> f = new CompletableFuture<>();
            server.schedule(() -> f.complete(200), 500, TimeUnit.MILLISECONDS);
            return f;
        }, 200, 0, 0.2, 5);
        server.shutdown();
        assertFalse(r.sustained());
        assertTrue(r.dropped() > 0);
    }
}
