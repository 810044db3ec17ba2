package org.fyptracker.bench;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The two load models of the bench.
 *
 * <p>{@link #fixedRate}: an open model. Request {@code i} is due at {@code start + i / rate}, whatever happened
 * to the ones before it, and its latency is measured from when it was <em>due</em>, not from when it was sent,
 * so a stall of the system (or of this generator on a busy machine) shows up in the percentiles instead of
 * silently lowering the offered rate (no coordinated omission). Requests due during the warm-up are sent but not
 * recorded. If more than {@code maxInFlight} are outstanding the next due request is not sent and is counted as
 * {@code dropped}: the rate is then not sustained, and the result says so.
 *
 * <p>{@link #saturate}: a closed model with a fixed number of requests in flight, to find the maximum rate
 * (throughput only; its latencies are not reported as the system's latency).
 */
public final class OpenLoad {

    /** One operation: completes with the answer's status (2xx = accepted); an exception counts as status -1. */
    @FunctionalInterface
    public interface Op {
        CompletableFuture<Integer> run(long sequence);
    }

    private OpenLoad() {
    }

    /** What one run measured. Latencies in microseconds, rates per second. */
    public record Result(String name, double offeredRate, double seconds, long sent, long ok, long failed, long dropped,
                         double acceptedPerSecond, Histogram latencyMicros, Map<Integer, Long> statuses) {

        public boolean sustained() {
            long measured = ok + failed + dropped;
            return measured > 0 && dropped == 0 && failed <= measured / 100
                    && (offeredRate <= 0 || acceptedPerSecond >= 0.9 * offeredRate);
        }

        public double percentileMillis(double p) {
            return latencyMicros.getTotalCount() == 0 ? Double.NaN : latencyMicros.getValueAtPercentile(p) / 1000.0;
        }

        public Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", name);
            if (offeredRate > 0) {
                m.put("offeredPerSecond", round(offeredRate));
            }
            m.put("seconds", round(seconds));
            m.put("sent", sent);
            m.put("ok", ok);
            m.put("failed", failed);
            m.put("dropped", dropped);
            m.put("statuses", new java.util.TreeMap<>(statuses));
            m.put("acceptedPerSecond", round(acceptedPerSecond));
            m.put("sustained", sustained());
            m.put("p50Ms", round(percentileMillis(50)));
            m.put("p99Ms", round(percentileMillis(99)));
            m.put("p999Ms", round(percentileMillis(99.9)));
            m.put("maxMs", round(latencyMicros.getTotalCount() == 0 ? Double.NaN : latencyMicros.getMaxValue() / 1000.0));
            return m;
        }
    }

    static double round(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? -1 : Math.round(v * 100) / 100.0;
    }

    /** The time request {@code i} is due, in nanoseconds after the start, at {@code rate} per second. */
    static long dueOffsetNanos(long i, double rate) {
        return (long) (i * (1_000_000_000.0 / rate));
    }

    public static Result fixedRate(String name, Op op, double rate, double warmupSeconds, double measureSeconds,
                                   int maxInFlight) {
        Recorder recorder = new Recorder(3_600_000_000L, 3);
        Map<Integer, Long> statuses = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long dropped = 0;
        long sent = 0;
        AtomicInteger inFlight = new AtomicInteger();
        long start = System.nanoTime();
        long measureFrom = start + (long) (warmupSeconds * 1e9);
        long end = measureFrom + (long) (measureSeconds * 1e9);
        for (long i = 0; ; i++) {
            long due = start + dueOffsetNanos(i, rate);
            if (due >= end) {
                break;
            }
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            boolean measured = due >= measureFrom;
            if (inFlight.get() >= maxInFlight) {
                if (measured) {
                    dropped++;
                }
                continue;
            }
            inFlight.incrementAndGet();
            sent++;
            CompletableFuture<Integer> f;
            try {
                f = op.run(i);
            } catch (RuntimeException e) {
                f = CompletableFuture.failedFuture(e);
            }
            f.whenComplete((accepted, error) -> {
                long latency = System.nanoTime() - due;
                inFlight.decrementAndGet();
                if (measured) {
                    recorder.recordValue(Math.min(latency / 1000, 3_600_000_000L));
                    int status = error != null || accepted == null ? -1 : accepted;
                    statuses.merge(status, 1L, Long::sum);
                    if (status / 100 == 2) {
                        ok.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                    }
                }
            });
        }
        drain(inFlight, 60);
        long unanswered = inFlight.get();
        Histogram h = recorder.getIntervalHistogram();
        return new Result(name, rate, measureSeconds, sent, ok.get(), failed.get() + unanswered, dropped,
                ok.get() / measureSeconds, h, statuses);
    }

    /** Keeps {@code concurrency} requests in flight; counts what completes after the warm-up. */
    public static Result saturate(String name, Op op, int concurrency, double warmupSeconds, double measureSeconds) {
        Recorder recorder = new Recorder(3_600_000_000L, 3);
        Map<Integer, Long> statuses = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicInteger inFlight = new AtomicInteger();
        Semaphore slots = new Semaphore(concurrency);
        long start = System.nanoTime();
        long measureFrom = start + (long) (warmupSeconds * 1e9);
        long end = measureFrom + (long) (measureSeconds * 1e9);
        long sent = 0;
        for (long i = 0; System.nanoTime() < end; i++) {
            try {
                if (!slots.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                    i--;
                    continue;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            long sentAt = System.nanoTime();
            sent++;
            inFlight.incrementAndGet();
            CompletableFuture<Integer> f;
            try {
                f = op.run(i);
            } catch (RuntimeException e) {
                f = CompletableFuture.failedFuture(e);
            }
            f.whenComplete((accepted, error) -> {
                long now = System.nanoTime();
                inFlight.decrementAndGet();
                slots.release();
                if (now >= measureFrom && now < end) {
                    recorder.recordValue(Math.min((now - sentAt) / 1000, 3_600_000_000L));
                    int status = error != null || accepted == null ? -1 : accepted;
                    statuses.merge(status, 1L, Long::sum);
                    if (status / 100 == 2) {
                        ok.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                    }
                }
            });
        }
        drain(inFlight, 60);
        return new Result(name, 0, measureSeconds, sent, ok.get(), failed.get(), 0, ok.get() / measureSeconds,
                recorder.getIntervalHistogram(), statuses);
    }

    private static void drain(AtomicInteger inFlight, int seconds) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(5_000_000);
        }
    }
}
