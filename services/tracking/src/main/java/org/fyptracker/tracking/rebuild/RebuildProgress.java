package org.fyptracker.tracking.rebuild;

import java.time.Instant;
import java.util.Map;

/**
 * Where a rebuild stands: records replayed of the records on the topics when it started.
 *
 * @param state         IDLE, RUNNING or DONE
 * @param readModels    at the end: documents per read-model collection
 */
public record RebuildProgress(String state, Instant startedAt, long processed, long total, double percent,
                              double eventsPerSecond, Long etaSeconds, Map<String, Long> readModels) {

    static RebuildProgress idle() {
        return new RebuildProgress("IDLE", null, 0, 0, 0, 0, null, Map.of());
    }
}
