package org.fyptracker.tracking.rebuild;

import java.time.Instant;
import java.util.Map;

/**
 * Where a rebuild stands: topic records replayed (each by the processor that reads its topic) of the records on
 * the topics when it started.
 *
 * @param state           IDLE, RUNNING or DONE
 * @param processed       records the processors have passed on their topics (handled or, for an event no handler
 *                        takes, skipped)
 * @param handled         events handed to a read model's handler, summed over processors
 * @param eventsPerSecond records replayed per second since the start (to the end, once done)
 * @param etaSeconds      remaining records at the current rate; 0 when done, null before any progress
 * @param seconds         time since the start (to the end, once done)
 * @param topics          at the end: records per topic when the rebuild began
 * @param readModels      at the end: documents per read-model collection
 * @param eventStores     at the end: per context, the records on its topic, the distinct events logged, and the
 *                        difference (records delivered more than once); {@code project_views}-style counts are in
 *                        {@code readModels}
 */
public record RebuildProgress(String state, Instant startedAt, long processed, long total, double percent,
                              long handled, double eventsPerSecond, Long etaSeconds, double seconds,
                              Map<String, Long> topics, Map<String, Long> readModels,
                              Map<String, Map<String, Long>> eventStores) {

    static RebuildProgress idle() {
        return new RebuildProgress("IDLE", null, 0, 0, 0, 0, 0, null, 0, Map.of(), Map.of(), Map.of());
    }

    /** The figures of progress, a pure function of the counts and the time elapsed. */
    static Figures figures(long processed, long total, double seconds, boolean done) {
        double s = Math.max(0.001, seconds);
        double rate = processed / s;
        Long eta = done ? Long.valueOf(0) : processed <= 0 ? null : Long.valueOf(Math.round((total - processed) / rate));
        double percent = total == 0 ? 100.0 : Math.min(100.0, processed * 100.0 / total);
        return new Figures(Math.round(percent * 10) / 10.0, Math.round(rate * 10) / 10.0, eta);
    }

    record Figures(double percent, double eventsPerSecond, Long etaSeconds) {
    }
}
